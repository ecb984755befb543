package org.qaworkbench.audits.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.testing.CommandRun;

/** {@code qa audits list|export} on a data folder of three audits, as the qa launcher runs them. */
class AuditsCommandPTest {

	@TempDir
	static Path temp;

	private static CommandsSignedIn signIn;
	private static long shared;
	private static long closed;
	private static long draft;

	/** What a command printed and how it ended. */
	@BeforeAll
	static void data() throws Exception {
		Path data = temp.resolve("data");
		try (AuditFixture fixture = new AuditFixture(data)) {
			shared = fixture.audit.getId();
			closed = fixture.closed.getId();
			draft = fixture.draft.getId();
		}
		signIn = CommandsSignedIn.on(data, temp);
	}

	@AfterAll
	static void restore() throws Exception {
		signIn.close();
	}

	@Test
	void listPrintsOneAuditPerLineItsIdFirst() throws Exception {
		CommandRun list = run("list");
		assertEquals(0, list.exitCode(), list.err());
		assertEquals(List.of(shared, closed, draft), list.lines().stream().map(line -> Long.valueOf(line.split(" +")[0])).toList());
		String line = list.lines().get(0);
		assertTrue(line.matches(shared + " +LL100042 +Hadley Castle +Shared +12/03/2026  Priya Shah  Strengthening Families case audit tool  "
				+ "score [1-4] \\w.*; judgement [1-4] .*; moderated 3 Requires improvement"), line);
		// A draft is scored as it is saved (by the domain layer), so its score so far shows; it has no judgement yet.
		assertTrue(list.lines().get(2).endsWith("20/03/2026  Priya Shah  Strengthening Families case audit tool  score 3 Requires improvement"), list.lines().get(2));
	}

	@Test
	void listFiltersByLocalityStateAndDates() throws Exception {
		assertEquals(List.of(draft), ids(run("list", "--locality", "the wrekin")));
		assertEquals(List.of(shared, closed), ids(run("list", "--locality", "Hadley Castle")));
		assertEquals(List.of(closed), ids(run("list", "--state", "closed")));
		assertEquals(List.of(shared), ids(run("list", "--state", "SHARED")));
		assertEquals(List.of(shared, draft), ids(run("list", "--from", "01/03/2026", "--to", "31/03/2026")));
		assertEquals(List.of(closed), ids(run("list", "--to", "31/12/2025")));
		assertEquals(List.of(draft), ids(run("list", "--from", "13/03/2026")));
		CommandRun none = run("list", "--state", "completed");
		assertEquals(0, none.exitCode());
		assertEquals("No audits match.\n", none.out());
	}

	@Test
	void badFilterValuesAreRefusedInOneLine() throws Exception {
		assertRefused(run("list", "--state", "finished"), "qa: unknown state 'finished'; the states are draft, completed, moderated, shared, closed.");
		assertRefused(run("list", "--from", "31/02/2026"), "qa: --from needs a date as DD/MM/YYYY, not '31/02/2026'.");
		assertRefused(run("list", "--to", "2026-03-01"), "qa: --to needs a date as DD/MM/YYYY, not '2026-03-01'.");
		assertRefused(run("list", "--from", "02/03/2026", "--to", "01/03/2026"), "qa: --from 02/03/2026 is after --to 01/03/2026.");
		assertRefused(run("list", "--locality", "Nowhere"), "qa: there is no locality 'Nowhere'; the localities are Hadley Castle, The Wrekin.");
		assertRefused(run("list", "extra"), "qa: unexpected argument 'extra' for 'qa audits list'. Run 'qa audits --help'.");
		assertRefused(run("lsit"), "qa: unknown sub-command 'lsit' of 'qa audits'; the sub-commands are list, export.");
	}

	@Test
	void exportWritesAPdfOrACsv() throws Exception {
		Path pdf = temp.resolve("audit.pdf");
		CommandRun printed = run("export", "--id", String.valueOf(shared), "--format", "PDF", "--out", pdf.toString(), "--as", "pshah");
		assertEquals(0, printed.exitCode(), printed.err());
		assertEquals("Wrote audit " + shared + " to " + pdf + "\n", printed.out());
		assertTrue(Files.readString(pdf, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
		Path csv = temp.resolve("answers.csv");
		CommandRun exported = run("export", "--format", "csv", "--out", csv.toString(), "--state", "closed", "--as", "pshah");
		assertEquals(0, exported.exitCode(), exported.err());
		assertTrue(exported.out().matches("Wrote [1-9][0-9]* answers of 1 audits to " + csv + "\n"), exported.out());
		assertTrue(Files.readAllLines(csv).stream().skip(1).allMatch(line -> line.startsWith(closed + ",LL100007,Hadley Castle,")));
		assertFalse(Files.list(temp).anyMatch(file -> file.getFileName().toString().endsWith(".part")), "no temporary file is left");
	}

	@Test
	void exportExplainsWhatIsWrong() throws Exception {
		Path pdf = temp.resolve("x.pdf");
		assertRefused(run("export", "--format", "pdf", "--out", pdf.toString()), "qa: give the audit to print: qa audits export --id ID --format pdf --out FILE (qa audits list shows the ids)");
		assertRefused(run("export", "--id", "1", "--format", "docx", "--out", pdf.toString()), "qa: unknown format 'docx'; the formats are pdf and csv.");
		assertRefused(run("export", "--id", "1", "--out", pdf.toString()), "qa: give the format: qa audits export --format pdf|csv --out FILE");
		assertRefused(run("export", "--id", "1", "--format", "pdf"), "qa: give the file to write: --out FILE");
		assertRefused(run("export", "--id", "1", "--format", "pdf", "--out", pdf.toString(), "--state", "closed"),
				"qa: --state goes with --format csv; a PDF is of one audit, chosen by --id.");
		CommandRun missing = run("export", "--id", "999999", "--format", "pdf", "--out", pdf.toString(), "--as", "pshah");
		assertEquals(1, missing.exitCode());
		assertEquals("qa: there is no audit with id 999999; qa audits list shows the ids.\n", missing.err());
		Path nowhere = temp.resolve("no-such-folder/x.pdf");
		CommandRun unwritable = run("export", "--id", String.valueOf(shared), "--format", "pdf", "--out", nowhere.toString(), "--as", "pshah");
		assertEquals(1, unwritable.exitCode());
		assertEquals("qa: cannot write " + nowhere + ": the folder " + nowhere.getParent() + " does not exist\n", unwritable.err());
		assertFalse(Files.exists(pdf));
	}

	@Test
	void exportIsRefusedToARoleThatMayNotExportAndWritesNothing() throws Exception {
		Path csv = temp.resolve("refused.csv");
		CommandRun practitioner = run("export", "--format", "csv", "--out", csv.toString(), "--as", "tevans");
		assertEquals(1, practitioner.exitCode());
		assertEquals("qa: You may not export records as CSV (only: team leader, service delivery manager, quality lead). You are signed in as Tom Evans (practitioner).\n",
				practitioner.err());
		CommandRun nobody = run("export", "--format", "csv", "--out", csv.toString(), "--as", "nobody");
		assertEquals(1, nobody.exitCode());
		assertEquals("qa: The user name or password is not right. Check both and try again.\n", nobody.err(), "no account, no sign-in");
		assertFalse(Files.exists(csv));
		Path pdf = temp.resolve("allowed.pdf");
		CommandRun printed = run("export", "--id", String.valueOf(shared), "--format", "pdf", "--out", pdf.toString(), "--as", "tevans");
		assertEquals(0, printed.exitCode(), "a practitioner may print a PDF: " + printed.err());
	}

	@Test
	void auditsAloneOrWithHelpPrintsTheUsage() throws Exception {
		for (CommandRun help : List.of(run(), run("--help"), run("export", "--help"))) {
			assertEquals(0, help.exitCode());
			assertTrue(help.out().startsWith("Usage: qa audits SUB-COMMAND [OPTIONS]"), help.out());
			assertTrue(help.out().contains("export --id ID --format pdf --out FILE"), help.out());
		}
	}

	private static void assertRefused(CommandRun run, String message) {
		assertEquals(2, run.exitCode(), run.err());
		assertEquals(message + "\n", run.err());
	}

	private static List<Long> ids(CommandRun run) {
		assertEquals(0, run.exitCode(), run.err());
		return run.lines().stream().map(line -> Long.valueOf(line.split(" +")[0])).toList();
	}

	/** Runs {@code qa audits ARGUMENTS} as the qa command line does, a usage error ending with exit code 2. */
	private static CommandRun run(String... arguments) throws Exception {
		return CommandRun.of(new AuditsCommand(), arguments);
	}
}
