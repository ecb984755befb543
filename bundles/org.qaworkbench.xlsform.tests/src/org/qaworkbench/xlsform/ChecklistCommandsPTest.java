package org.qaworkbench.xlsform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.core.Services;
import org.qaworkbench.core.checklists.registry.ChecklistRegistry;
import org.qaworkbench.core.cli.QaCommand;
import org.qaworkbench.testing.CommandRun;

/** qa checklists new, import and export, as the qa launcher finds them: services in the checklists group. */
class ChecklistCommandsPTest {

	@TempDir
	Path temp;


	@Test
	void newThenImportWritesAPluginAndNeverOverwritesAWorkbook() throws Exception {
		Path xlsx = temp.resolve("visit.xlsx");
		CommandRun created = run("new", "Home", "visit", "audit", "--out", xlsx.toString());
		assertEquals(0, created.exitCode(), created.err());
		assertTrue(created.out().startsWith("written: " + xlsx), created.out());
		long size = Files.size(xlsx);

		CommandRun again = run("new", "Other", "--out", xlsx.toString());
		assertEquals(1, again.exitCode());
		assertTrue(again.err().startsWith("qa: " + xlsx + " already exists; nothing was written"), again.err());
		assertEquals(size, Files.size(xlsx));

		Path folder = temp.resolve("plugins");
		CommandRun imported = run("import", xlsx.toString(), "--out", folder.toString());
		assertEquals(0, imported.exitCode(), imported.err());
		Path jar = folder.resolve("org.example.home-visit-audit_1.0.0.jar");
		assertTrue(Files.isRegularFile(jar), imported.out());
		assertEquals("written: " + jar + " (org.example.home-visit-audit 1.0.0, Home visit audit; 1 timescale rule(s)); install it with qa checklists install\n",
				imported.out());
		assertTrue(imported.err().startsWith("qa: left out: survey row 7, column type: integer"), imported.err());

		CommandRun usage = run("import", xlsx.toString());
		assertEquals(2, usage.exitCode());
	}

	@Test
	void aWorkbookWithErrorsWritesNothing() throws Exception {
		Path csv = temp.resolve("broken.csv");
		Files.writeString(csv, "type,name,label,relevant\nyes_no,q1,Q1,\nyes_no,q2,Q2,${q1} = 'N' and ${q1} = 'Y'\n");
		Path jar = temp.resolve("broken.jar");
		CommandRun imported = run("import", csv.toString(), "--out", jar.toString());
		assertEquals(1, imported.exitCode());
		assertTrue(imported.err().contains("qa: survey row 3, column relevant: 'and' cannot be read here"), imported.err());
		assertTrue(imported.err().endsWith("qa: 1 error(s): nothing was written\n"), imported.err());
		assertFalse(Files.exists(jar));
	}

	@Test
	void exportOfAnInstalledChecklistImportsAsTheSameDefinition() throws Exception {
		Path xlsx = temp.resolve("caseaudit.xlsx");
		CommandRun exported = run("export", "org.qaworkbench.checklists.caseaudit", "--version", "1.2.0", "--out", xlsx.toString());
		assertEquals(0, exported.exitCode(), exported.err());
		assertEquals("written: org.qaworkbench.checklists.caseaudit 1.2.0 as " + xlsx + " (13 timescale rule(s))\n", exported.out());
		WorkbookResult read = ChecklistWorkbooks.read(xlsx);
		assertTrue(EcoreUtil.equals(ChecklistRegistry.instance().newest("org.qaworkbench.checklists.caseaudit").orElseThrow(),
				read.definition().orElseThrow()));

		CommandRun reimported = run("import", xlsx.toString(), "--out", temp.resolve("plugins").toString());
		assertEquals(0, reimported.exitCode(), reimported.err());
		assertTrue(reimported.err().startsWith("qa: warning: org.qaworkbench.checklists.caseaudit is part of QA Workbench, so qa checklists install will refuse"
				+ " this plugin; to install a changed copy beside it, give the checklist a form_id of its own (such as org.example.caseaudit)"), reimported.err());

		CommandRun missing = run("export", "org.example.nothing", "--out", temp.resolve("x.xlsx").toString());
		assertEquals(1, missing.exitCode());
		assertTrue(missing.err().startsWith("qa: no checklist org.example.nothing is installed; installed: "), missing.err());
		CommandRun wrongVersion = run("export", "org.qaworkbench.checklists.caseaudit", "--version", "9.0.0", "--out", temp.resolve("y.xlsx").toString());
		assertEquals(1, wrongVersion.exitCode());
		assertFalse(Files.exists(temp.resolve("y.xlsx")));
	}

	private static CommandRun run(String name, String... arguments) throws Exception {
		Map<String, QaCommand> commands = Services.all(QaCommand.class).stream().filter(command -> "checklists".equals(command.group()))
				.collect(Collectors.toMap(QaCommand::name, Function.identity()));
		QaCommand command = commands.get(name);
		assertTrue(command != null, () -> "no qa checklists " + name + " among " + commands.keySet());
		return CommandRun.of(command, arguments);
	}
}
