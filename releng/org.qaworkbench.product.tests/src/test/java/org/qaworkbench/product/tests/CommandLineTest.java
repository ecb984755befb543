package org.qaworkbench.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.product.tests.Launcher.Result;

class CommandLineTest {

	@TempDir
	Path temp;

	@Test
	void infoPrintsTheDatabaseLocationAndSchemaVersion() throws Exception {
		Path data = temp.resolve("data");
		Result info = Launcher.qa(data, "info");

		assertEquals(0, info.exitCode(), info.err());
		assertTrue(info.out().contains("Data folder:       " + data + "\n"), info.out());
		assertTrue(info.out().contains("Database:          embedded (Derby), jdbc:derby:" + data.resolve("db") + "\n"), info.out());
		assertTrue(info.out().matches("(?s).*\nSchema version:    [1-9][0-9]*\n.*"), info.out());
		assertTrue(info.out().contains("Product:           QA Workbench 0.1.0"), info.out());
		assertTrue(info.out().contains("Java:              "), info.out());
		assertEquals("", info.err());
		assertTrue(Files.isDirectory(data.resolve("db")), "the database was created on first use");
	}

	@Test
	void infoOpensTheSameDatabaseAgain() throws Exception {
		Path data = temp.resolve("data");
		String first = createdLine(Launcher.qa(data, "info"));
		String second = createdLine(Launcher.qa(data, "info"));
		assertEquals(first, second);
	}

	@Test
	void helpListsTheCommands() throws Exception {
		Result help = Launcher.qa(temp, "--help");
		assertEquals(0, help.exitCode(), help.err());
		assertTrue(help.out().startsWith("Usage: qa [--data DIR] COMMAND [ARGUMENTS]"), help.out());
		assertTrue(help.out().contains("\n  info "), help.out());
		assertTrue(help.out().contains("\n  supervision "), "the supervision commands come in as a service of the audits bundle: " + help.out());
	}

	@Test
	void anUnknownCommandFailsWithOneLine() throws Exception {
		Result wrong = Launcher.qa(temp, "audtis");
		assertEquals(2, wrong.exitCode());
		assertEquals(1, wrong.errLines().size(), wrong.err());
		assertEquals("qa: unknown command 'audtis'. Run 'qa --help' for the list of commands.", wrong.errLines().get(0));
	}

	@Test
	void aDataFolderThatCannotBeWrittenIsExplainedInOneLine() throws Exception {
		Path aFile = Files.writeString(temp.resolve("a-file"), "not a folder");
		Path data = aFile.resolve("qa");
		Result refused = Launcher.qa(data, "info");
		assertEquals(1, refused.exitCode());
		assertEquals(1, refused.errLines().size(), refused.err());
		assertTrue(refused.errLines().get(0).startsWith("qa: QA Workbench cannot write to its data folder " + data + "."), refused.err());
		assertEquals("not a folder", Files.readString(aFile));
	}

	@Test
	void demoDataFillsAnEmptyDatabaseOnceAndOnlyOnce() throws Exception {
		Path data = temp.resolve("data");
		Result demo = Launcher.qa(data, "demo-data", "--seed", "5");
		assertEquals(0, demo.exitCode(), demo.err());
		assertTrue(demo.out().startsWith("Demo data for 3 localities, "), demo.out());
		assertTrue(demo.out().matches("(?s).* [1-9][0-9]* audits, .*\\([1-9][0-9]* overdue\\).*"), demo.out());

		Result again = Launcher.qa(data, "demo-data");
		assertEquals(1, again.exitCode());
		assertEquals(1, again.errLines().size(), again.err());
		assertTrue(again.err().contains("already holds records"), again.err());
	}

	@Test
	void aBackupRestoresWhatWasBackedUp() throws Exception {
		Path data = temp.resolve("data");
		Path backup = temp.resolve("backup");
		Launcher.demoData(data);
		Result backedUp = Launcher.qa(data, "backup", backup.toString());
		assertEquals(0, backedUp.exitCode(), backedUp.err());
		assertTrue(Files.isRegularFile(backup.resolve("db/service.properties")), "a database Derby's tools can open");

		Path other = temp.resolve("other");
		Result restored = Launcher.qa(other, "restore", backup.toString());
		assertEquals(0, restored.exitCode(), restored.err());
		Result refused = Launcher.qa(other, "demo-data");
		assertTrue(refused.err().contains("already holds records"), "the restored database holds the demo data: " + refused.err());

		Result notABackup = Launcher.qa(other, "restore", temp.toString());
		assertEquals(1, notABackup.exitCode());
		assertTrue(notABackup.err().contains("is not a QA Workbench backup"), notABackup.err());
	}

	private static String createdLine(Result info) {
		assertEquals(0, info.exitCode(), info.err());
		return info.out().lines().filter(line -> line.startsWith("Created:")).findFirst().orElseThrow();
	}
}
