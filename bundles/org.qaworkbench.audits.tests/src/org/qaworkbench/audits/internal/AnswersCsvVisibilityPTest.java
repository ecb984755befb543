package org.qaworkbench.audits.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.core.store.AccessLog.Event;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.testing.CommandRun;
import org.qaworkbench.testing.TestAccounts;

/**
 * {@code qa audits export} (CSV and PDF) and {@code qa supervision-audit export} give only what the person signed in
 * may see: every case audit, and a checklist whose answers are about people (a supervision audit) only to who wrote
 * it and their management line.
 */
class AnswersCsvVisibilityPTest {

	@TempDir
	static Path temp;

	private static CommandsSignedIn signIn;
	private static Set<Long> caseAudits;
	private static long supervisionAudit;

	@BeforeAll
	static void data() throws Exception {
		Path data = temp.resolve("data");
		try (AuditFixture fixture = new AuditFixture(data)) {
			caseAudits = Set.of(fixture.audit.getId(), fixture.closed.getId(), fixture.draft.getId());
			supervisionAudit = fixture.supervisionAudit().getId();
		}
		signIn = CommandsSignedIn.on(data, temp);
	}

	@AfterAll
	static void restore() throws Exception {
		signIn.close();
	}

	@Test
	void aChecklistAboutPeopleGoesOnlyToWhoWroteItAndTheirManagementLine() throws Exception {
		assertEquals(caseAudits.size() + 1, auditsExportedTo("pshah"), "the auditor who wrote it");
		assertEquals(caseAudits.size() + 1, auditsExportedTo("sokafor"), "the auditor's line manager");
		assertEquals(caseAudits.size(), auditsExportedTo("jbloggs"), "another team leader: the case audits alone");
		try (Store store = TestAccounts.open(temp.resolve("data"))) {
			assertEquals(List.of("sokafor", "pshah"), store.accessLog().of(supervisionAudit, 10).stream().map(Event::userId).toList(),
					"exported by those two, newest first; nobody else");
		}
	}

	@Test
	void itsPdfIsRefusedToAnyoneElseAndNothingIsWritten() throws Exception {
		Path pdf = temp.resolve("refused.pdf");
		String refusal = "qa: You may not export audit " + supervisionAudit + ": a checklist about people goes only to those who wrote it and their management line.\n";

		CommandRun audits = CommandRun.of(new AuditsCommand(), "export", "--id", Long.toString(supervisionAudit), "--format", "pdf", "--out", pdf.toString(), "--as",
				"jbloggs");
		CommandRun supervision = CommandRun.of(new SupervisionAuditCommand(), "export", "--id", Long.toString(supervisionAudit), "--format", "pdf", "--out",
				pdf.toString(), "--as", "jbloggs");

		assertEquals(List.of(1, 1), List.of(audits.exitCode(), supervision.exitCode()));
		assertEquals(List.of(refusal, refusal), List.of(audits.err(), supervision.err()));
		assertFalse(Files.exists(pdf), "nothing written");
	}

	/** How many audits the CSV written for {@code userId} holds, as the command says ("Wrote N answers of M audits"). */
	private static int auditsExportedTo(String userId) throws Exception {
		CommandRun export = CommandRun.of(new AuditsCommand(), "export", "--format", "csv", "--out", temp.resolve(userId + ".csv").toString(), "--as", userId);
		assertEquals(0, export.exitCode(), export.err());
		Matcher said = Pattern.compile("Wrote \\d+ answers of (\\d+) audits").matcher(export.out());
		assertTrue(said.find(), export.out());
		return Integer.parseInt(said.group(1));
	}
}
