package org.qaworkbench.audits.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.audits.AnswersCsv;
import org.qaworkbench.audits.ComplianceCsv;
import org.qaworkbench.core.export.SpreadsheetCells;
import org.qaworkbench.core.supervision.SupervisionCompliance.CaseRow;
import org.qaworkbench.core.supervision.SupervisionCompliance.Report;
import org.qaworkbench.core.supervision.SupervisionCompliance.SuperviseeRow;
import org.qaworkbench.model.Answer;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.Item;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.Section;
import org.qaworkbench.model.StaffMember;

/**
 * Every CSV export over texts that start like a spreadsheet formula (OWASP, CSV injection): each such cell is written
 * with a leading apostrophe and quoted, whichever writer writes it, so a spreadsheet shows it as text and never runs
 * it. The texts are what people type: names, teams, case numbers, answers and comments.
 */
class CsvInjectionPTest {

	/** Each character a spreadsheet starts a formula (or a DDE payload) with. */
	private static final List<String> DANGEROUS = List.of("=", "+", "-", "@", "\t", "\r");

	@TempDir
	Path temp;

	@Test
	void theRuleNeutralisesEachDangerousStartAndNothingElse() {
		for (String start : DANGEROUS) {
			assertEquals("'" + start + "1+2", SpreadsheetCells.neutralise(start + "1+2"));
			assertTrue(SpreadsheetCells.mustQuote(start + "x"));
		}
		assertEquals("Pat = worker", SpreadsheetCells.neutralise("Pat = worker"));
		assertEquals("", SpreadsheetCells.cell(null));
		assertEquals("2026-03-12", SpreadsheetCells.cell(LocalDate.of(2026, 3, 12)));
		assertEquals(-5, SpreadsheetCells.cell(-5), "a number the program writes is no formula");
	}

	@Test
	void theComplianceCsvNeutralisesNamesTeamsLocalitiesAndCaseNumbers() throws IOException {
		List<SuperviseeRow> supervisees = new ArrayList<>();
		List<CaseRow> cases = new ArrayList<>();
		for (String start : DANGEROUS) {
			StaffMember person = person(start + "HYPERLINK(\"http://x\") Pip");
			supervisees.add(new SuperviseeRow(person, person(start + "cmd|' /C calc'!A0"), start + "Team", start + "Locality", 0, false, false, null, "P6W",
					"6-weekly", null, LocalDate.of(2026, 4, 1), null, true, 0, 0, 0));
			cases.add(new CaseRow(1, start + "LL1", null, start + "Locality", start + "Team", person, person, null, "P3M", LocalDate.of(2026, 4, 1), false));
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ComplianceCsv.write(new Report(LocalDate.of(2026, 4, 1), supervisees, cases, List.of(), List.of()), out);
		String csv = out.toString(StandardCharsets.UTF_8);
		List<CSVRecord> rows = parse(csv);
		assertEquals(DANGEROUS.size() * 2, rows.size(), csv);
		for (int i = 0; i < DANGEROUS.size(); i++) {
			String start = DANGEROUS.get(i);
			CSVRecord supervisee = rows.get(i);
			assertNeutralised(csv, start + "HYPERLINK(\"http://x\") Pip", supervisee.get("name"));
			assertNeutralised(csv, start + "cmd|' /C calc'!A0", supervisee.get("supervisor"));
			assertNeutralised(csv, start + "Team", supervisee.get("team"));
			assertNeutralised(csv, start + "Locality", supervisee.get("locality"));
			CSVRecord aCase = rows.get(DANGEROUS.size() + i);
			assertNeutralised(csv, start + "LL1", aCase.get("case_number"));
			assertEquals("2026-04-01", aCase.get("next_due"), "a date the program writes, as it is");
		}
	}

	@Test
	void theAnswersCsvNeutralisesAnswersAndComments() throws Exception {
		try (AuditFixture fixture = new AuditFixture(temp.resolve("data"))) {
			Assessment draft = EcoreUtil.copy(fixture.draft);
			List<Item> commented = new ArrayList<>();
			for (Section section : fixture.definition.getSections()) {
				section.getItems().stream().filter(item -> !item.isPersonal() && item.getKind() == org.qaworkbench.model.ItemKind.TEXT).forEach(commented::add);
			}
			assertTrue(commented.size() >= DANGEROUS.size(), "text questions to answer");
			draft.getAnswers().removeIf(answer -> commented.stream().anyMatch(item -> item.getItemId().equals(answer.getItemId())));
			for (int i = 0; i < DANGEROUS.size(); i++) {
				Answer answer = QaFactory.eINSTANCE.createAnswer();
				answer.setItemId(commented.get(i).getItemId());
				answer.setValue(DANGEROUS.get(i) + "SUM(A1:A9)");
				answer.setComment(DANGEROUS.get(i) + "HYPERLINK(\"http://x\")");
				draft.getAnswers().add(answer);
			}
			fixture.store.records().save(draft, AuditFixture.ACTOR);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			AnswersCsv.write(fixture.store, audit -> audit.getId() == draft.getId(), out);
			String csv = out.toString(StandardCharsets.UTF_8);
			for (int i = 0; i < DANGEROUS.size(); i++) {
				String item = commented.get(i).getItemId();
				CSVRecord row = parse(csv).stream().filter(record -> record.get("question_id").equals(item)).findFirst().orElseThrow(() -> new AssertionError(csv));
				assertNeutralised(csv, DANGEROUS.get(i) + "SUM(A1:A9)", row.get("value"));
				assertNeutralised(csv, DANGEROUS.get(i) + "HYPERLINK(\"http://x\")", row.get("comment"));
			}
		}
	}

	/** The cell read back is the text with a leading apostrophe, and the file has it quoted. */
	private static void assertNeutralised(String csv, String typed, String cell) {
		assertEquals("'" + typed, cell);
		assertTrue(csv.contains("\"'" + typed.replace("\"", "\"\"") + "\""), "quoted: " + typed);
	}

	private static StaffMember person(String name) {
		StaffMember person = QaFactory.eINSTANCE.createStaffMember();
		person.setName(name);
		return person;
	}

	private static List<CSVRecord> parse(String csv) throws IOException {
		try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))) {
			return parser.getRecords();
		}
	}
}
