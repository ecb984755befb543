package org.qaworkbench.audits.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.audits.AnswersCsv;
import org.qaworkbench.audits.AuditFilter;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.AssessmentState;

/** The answers in long form, one row per answer, personal answers left out. */
class AnswersCsvPTest {

	private static final Set<String> PERSONAL = Set.of("details-child", "details-family", "details-dob");

	@TempDir
	static java.nio.file.Path temp;

	private static AuditFixture fixture;

	@BeforeAll
	static void open() throws Exception {
		fixture = new AuditFixture(temp.resolve("data"));
	}

	@AfterAll
	static void close() {
		fixture.close();
	}

	@Test
	void oneRowPerAnswerWithTheAuditsFacts() throws IOException {
		String csv = csv(audit -> audit.getId() == fixture.audit.getId());
		List<CSVRecord> rows = parse(csv);
		Map<String, String> expected = fixture.answers.entrySet().stream().filter(entry -> !PERSONAL.contains(entry.getKey()))
				.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		assertEquals(expected.size(), rows.size(), csv);
		for (CSVRecord row : rows) {
			assertEquals(String.valueOf(fixture.audit.getId()), row.get("audit_id"));
			assertEquals("LL100042", row.get("case_number"));
			assertEquals("Hadley Castle", row.get("locality"));
			assertEquals("Priya Shah", row.get("auditors"));
			assertEquals("2026-03-12", row.get("date"));
			assertEquals("Shared", row.get("state"));
			assertEquals(AuditFixture.CASE_AUDIT, row.get("checklist"));
			assertEquals(expected.get(row.get("question_id")), row.get("value"), row.get("question_id"));
		}
		CSVRecord referral = rows.stream().filter(row -> row.get("question_id").equals("basic-2")).findFirst().orElseThrow();
		assertEquals(List.of("Basic required information", "Referral Route has followed SOPS", "", "2", "2 Good"),
				List.of(referral.get("section"), referral.get("question"), referral.get("file"), referral.get("value"), referral.get("label")));
		assertEquals("Referral came through Family Connect \u2192 SOPS followed \u4f60\u597d", referral.get("comment"));
		CSVRecord safe = rows.stream().filter(row -> row.get("question_id").equals("judgement-safe")).findFirst().orElseThrow();
		assertEquals("No", safe.get("label"));
		CSVRecord date = rows.stream().filter(row -> row.get("question_id").equals("details-audit-date")).findFirst().orElseThrow();
		assertEquals("12/03/2026", date.get("label"));
		assertEquals("", rows.stream().filter(row -> row.get("question_id").equals("summary-lessons")).findFirst().orElseThrow().get("label"));
	}

	@Test
	void noChildsNameFamilyNameOrDateOfBirth() throws IOException {
		String csv = csv(AuditFilter.ALL);
		assertFalse(csv.contains("\u0141ukasiewicz"), csv);
		assertFalse(csv.contains("Zo\u00eb"), csv);
		assertFalse(csv.contains("2014-07-30"), csv);
		assertTrue(parse(csv).stream().noneMatch(row -> PERSONAL.contains(row.get("question_id"))));
	}

	@Test
	void theHeaderNamesTheColumnsAndFiltersChooseTheAudits() throws IOException {
		String csv = csv(AuditFilter.ALL);
		assertEquals(String.join(",", AnswersCsv.COLUMNS), csv.lines().findFirst().orElseThrow());
		assertEquals(Set.of(fixture.audit.getId(), fixture.closed.getId(), fixture.draft.getId()), ids(csv));
		assertEquals(Set.of(fixture.draft.getId()), ids(csv(new AuditFilter(fixture.wrekin.getId(), null, null, null))));
		assertEquals(Set.of(fixture.closed.getId()), ids(csv(new AuditFilter(null, AssessmentState.CLOSED, null, null))));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		AnswersCsv.Written written = AnswersCsv.write(fixture.store, AuditFilter.ALL, out);
		assertEquals(3, written.audits());
		assertEquals(parse(out.toString(StandardCharsets.UTF_8)).size(), written.rows());
	}

	private static Set<Long> ids(String csv) throws IOException {
		return parse(csv).stream().map(row -> Long.valueOf(row.get("audit_id"))).collect(Collectors.toSet());
	}

	private static String csv(java.util.function.Predicate<Assessment> filter) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		AnswersCsv.write(fixture.store, filter, out);
		return out.toString(StandardCharsets.UTF_8);
	}

	private static List<CSVRecord> parse(String csv) throws IOException {
		try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))) {
			return parser.getRecords();
		}
	}
}
