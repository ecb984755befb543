package org.qaworkbench.audits.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.audits.AuditPdf;
import org.qaworkbench.core.Formats;
import org.qaworkbench.core.audits.AuditWorkflow;
import org.qaworkbench.core.checklists.registry.ChecklistRegistry;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.model.Answer;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.Item;
import org.qaworkbench.model.ItemKind;
import org.qaworkbench.model.RemedialAction;
import org.qaworkbench.model.Section;

/** The printable audit, read back with PDFBox's text extraction. */
class AuditPdfPTest {

	@TempDir
	static Path temp;

	private static AuditFixture fixture;
	private static String text;

	@BeforeAll
	static void print() throws Exception {
		fixture = new AuditFixture(temp.resolve("data"));
		Path pdf = temp.resolve("audit.pdf");
		AuditPdf.write(fixture.store, fixture.audit.getId(), AuditFixture.ACTOR, pdf);
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			assertTrue(document.getNumberOfPages() > 1, "several pages");
			assertEquals(PDRectangle.A4.getWidth(), document.getPage(0).getMediaBox().getWidth(), 0.1f);
			text = words(new PDFTextStripper().getText(document)) + " ";
		}
	}

	@AfterAll
	static void close() {
		fixture.close();
	}

	@Test
	void theHeaderTableShowsTheCaseDetails() {
		for (String value : List.of("Hadley Castle", "12/03/2026", "Tom Evans", "01/09/2025", "LL100042", "Jo Bloggs", "Priya Shah", "CIN",
				"30/07/2014", "EHA", "14/10/2025", "EHSP", "20/10/2025", "26/02/2026")) {
			assertTrue(text.contains(value), value + " is missing from:\n" + text);
		}
		assertTrue(text.contains("Name of child/young person Zo\u00eb Lukasiewicz"), "the child's name, its \u0141 shown as L: " + text);
		assertTrue(text.contains("Audit kind Cross-locality themed audit Theme Domestic abuse"), text);
		assertTrue(text.contains("Checklist Strengthening Families case audit tool, version " + fixture.definition.getVersion()), text);
		assertFalse(text.contains(AuditFixture.CASE_AUDIT), "the form's name, not the plugin's id: " + text);
	}

	@Test
	void theSummaryPageFollowsThePapersOrder() {
		String judgement = fixture.audit.getJudgement();
		List<String> order = List.of("Auditors' overall score 1 2 3 4 5 Exceeds good Good Requires improvement Inadequate N/A Auditor's grade " + judgement + " ",
				"General comments A thorough file with a clear sense of the child's journey.", "Remedial actions Remedial action",
				fixture.actions.get(0).getAction(), "Lessons learnt Record the father's views from the start.", "Sign-offs Step By");
		int previous = -1;
		for (String expected : order) {
			int at = text.indexOf(expected);
			assertTrue(at > previous, "'" + expected + "' after what precedes it on paper (" + at + " after " + previous + "): " + text);
			previous = at;
		}
	}

	@Test
	void anyChecklistCompletedThroughTheWorkflowPrintsItsOwnTitleKindAndSignOff() throws Exception {
		ChecklistDefinition visit = ChecklistRegistry.instance().newest("org.qaworkbench.checklists.groupvisit").orElseThrow();
		Assessment draft = AuditFixture.QA.createAssessment();
		draft.setDefinitionId(visit.getDefinitionId());
		draft.setDefinitionVersion(visit.getVersion());
		draft.setDefinitionHash(fixture.store.definitions().store(visit, AuditFixture.ACTOR));
		draft.setSubjectKind(visit.getSubjectKind());
		draft.setSubjectKey("Tuesday toddlers");
		draft.setStartedOn(LocalDate.of(2026, 3, 2));
		for (Section section : visit.getSections()) {
			for (Item item : section.getItems()) {
				Answer answer = AuditFixture.QA.createAnswer();
				answer.setItemId(item.getItemId());
				answer.setValue(switch (item.getKind()) {
				case YES_NO, YES_NO_NA -> "Y";
				case DATE -> "2026-03-02";
				default -> "Seen";
				});
				draft.getAnswers().add(answer);
			}
		}
		Instant now = Instant.parse("2026-03-03T10:15:00Z");
		Assessment completed = new AuditWorkflow(fixture.store, Clock.fixed(now, ZoneId.of("Europe/London")))
				.complete(fixture.store.records().save(draft, AuditFixture.ACTOR), new Actor(fixture.auditor.getUserId()));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		AuditPdf.write(fixture.store, completed, out);
		String printed;
		try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
			printed = words(new PDFTextStripper().getText(document)) + " ";
		}

		assertTrue(printed.startsWith("Quality assurance visit to groups Checklist Quality assurance visit to groups, version " + visit.getVersion()), printed);
		assertTrue(printed.contains("Subject Group session Tuesday toddlers Purpose " + words(visit.getPurpose())), printed);
		assertFalse(printed.contains("Practitioner audit") || printed.contains("Audit kind"), "a group visit is no practitioner audit: " + printed);
		assertTrue(printed.contains("Completed 03/03/2026 Auditors (as recorded) Priya Shah"), printed);
		assertTrue(printed.contains("Completion Priya Shah (pshah) Team leader 03/03/2026 10:15"), printed);
		assertFalse(printed.contains("nobody yet"), printed);
	}

	@Test
	void everyAnsweredQuestionShowsItsMarkInItsRow() {
		int graded = 0;
		for (Section section : fixture.definition.getSections()) {
			for (Item item : section.getItems()) {
				String value = fixture.answers.get(item.getItemId());
				if (value == null || item.getItemId().equals("basic-2")) {
					continue;
				}
				String expected = switch (item.getKind()) {
				case GRADED -> words(item.getText()) + " " + value + " ";
				case YES_NO, YES_NO_NA -> words(item.getText()) + " " + Map.of("Y", "Yes", "N", "No", "NA", "N/A").get(value) + " ";
				default -> null;
				};
				if (expected != null) {
					assertTrue(text.contains(expected), () -> "no row '" + expected + "' in:\n" + text);
					graded += item.getKind() == ItemKind.GRADED ? 1 : 0;
				}
			}
		}
		long questions = fixture.definition.getSections().stream().flatMap(section -> section.getItems().stream())
				.filter(item -> item.getKind() == ItemKind.GRADED).count();
		assertEquals(questions - 1, graded, "every graded question of the case audit but the one with a comment");
		assertTrue(text.contains("Referral Route has followed SOPS Comment: Referral came through Family Connect ? SOPS followed ?? 2 "),
				"a comment under its question, characters the fonts lack replaced: " + text);
	}

	@Test
	void judgementsScoresAndTheModeratorsGradeAreShown() {
		assertTrue(text.contains("Reasons/Comments Domestic abuse referral still open; a safety plan is in place."), text);
		assertTrue(text.contains("Section score 2 Good"), text);
		String overall = fixture.audit.getScores().get(fixture.audit.getScores().size() - 1).getValue().setScale(0, RoundingMode.HALF_UP).toPlainString();
		assertTrue(text.contains("Computed overall score " + overall), text);
		assertTrue(text.contains("Auditor's overall judgement " + overall + " "), text);
		assertTrue(text.contains("Moderator's grade 3 Requires improvement"), text);
		assertTrue(text.contains("Reason for the moderator's grade Plans are not up to date."), text);
		assertTrue(text.contains("General comments A thorough file with a clear sense of the child's journey."), text);
		assertTrue(text.contains("Lessons learnt Record the father's views from the start."), text);
	}

	@Test
	void theActionsTableShowsEachActionWithItsDueDateAndFollowUp() {
		for (RemedialAction action : fixture.actions) {
			assertTrue(text.contains(action.getAction()), action.getAction() + " is missing: " + text);
			assertTrue(text.contains(Formats.date(action.getDueOn())), text);
		}
		assertTrue(text.contains("Discussed in supervision; views recorded."), text);
		assertTrue(text.contains("checked 13/06/2026: done. The plan now carries the father's views."), text);
		assertTrue(text.contains("due 12/06/2026"), text);
	}

	@Test
	void signOffsSharingResponseAndAmendmentsAreShown() {
		assertTrue(text.contains("Moderation Sam Okafor (sokafor) Service delivery manager 16/03/2026 11:00 Plans are not up to date."), text);
		assertTrue(text.contains("Shared with the practitioner in supervision on 26/03/2026"), text);
		assertTrue(text.contains("Practitioner's response I agree and have updated the plan."), text);
		assertTrue(text.contains("Priya Shah (pshah) Corrected the date of the most recent supervision."), text);
		assertTrue(text.matches("(?s).*Page 1 of [2-9].*"), text);
	}

	@Test
	void aDraftAndAnUnsavedAuditPrintToo() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		AuditPdf.write(fixture.store, fixture.draft, out);
		Assessment unsaved = EcoreUtil.copy(fixture.draft);
		unsaved.setId(0);
		AuditPdf.write(fixture.store, unsaved, out);
		assertTrue(out.size() > 2000);
	}

	@Test
	void anUnknownAuditIsRefused() {
		NoSuchElementException refused = assertThrows(NoSuchElementException.class, () -> AuditPdf.write(fixture.store, 999_999, AuditFixture.ACTOR, temp.resolve("none.pdf")));
		assertEquals("there is no audit with id 999999; qa audits list shows the ids.", refused.getMessage());
		assertFalse(Files.exists(temp.resolve("none.pdf")));
	}

	/** Text with every run of white space as one space, so that wrapped lines read on. */
	static String words(String text) {
		return text.replaceAll("\\s+", " ").strip();
	}
}
