package org.qaworkbench.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.qaworkbench.product.tests.Launcher.Result;

/**
 * SPI Fly (ServiceLoader support, most of a second to start) is started by the desktop after its window is up, or
 * before the first checklist table. That start must not be recorded in the configuration area: the framework would
 * then start SPI Fly with itself, before the window, at every later launch. Needs a display.
 */
class StartAfterUseTest extends WorkbenchProcessTest {

	private static final String SPI_FLY = "org.apache.aries.spifly.dynamic.bundle";
	private static final String NEW_CHECKLIST_DIALOG = "^New checklist for the selected case ?$";

	@Test
	void openingAChecklistLeavesSpiFlyToBeStartedAfterTheWindowNextTime() throws Exception {
		Path installation = Launcher.copyOfProduct(temp.resolve("installation"));
		Path data = temp.resolve("data");
		assertEquals(0, Launcher.qa(installation, Map.of(), data, "demo-data", "--seed", "5").exitCode());
		int drafts = drafts(installation, data);

		// At the keyboard: the demo's service delivery manager (seed 5), a role that may start a case audit.
		workbench = Launcher.workbench(installation, Map.of("QA_WORKBENCH_VMARGS", "-Duser.name=chloe.morgan"), data, temp.resolve("out"), temp.resolve("err"));
		X11Windows.awaitViewable(X11Windows.MAIN_WINDOW, workbench);
		// The first locality is selected in the navigator: open it, take its first case, start a checklist on it.
		X11Windows.type(X11Windows.MAIN_WINDOW, "Right", "Down", "ctrl+n");
		X11Windows.awaitViewable(NEW_CHECKLIST_DIALOG, workbench);
		X11Windows.typeUntilGone(NEW_CHECKLIST_DIALOG, workbench, "Return");
		// A new checklist is stored with its first answer: go down the questions giving a 2 until one takes it (the
		// header's text rows refuse it), then save before quitting, so no unsaved work asks anything at quit.
		List<String> keys = new ArrayList<>();
		for (int row = 0; row < 40; row++) {
			keys.addAll(List.of("Down", "2"));
		}
		keys.addAll(List.of("ctrl+s", "ctrl+q"));
		X11Windows.type(X11Windows.MAIN_WINDOW, keys.toArray(String[]::new));
		assertTrue(workbench.waitFor(30, TimeUnit.SECONDS), "QA Workbench quit after Ctrl+S, Ctrl+Q");
		assertEquals(0, workbench.exitValue());
		assertEquals(drafts + 1, drafts(installation, data), "a checklist was started, so its table was built");

		Set<String> marked = PersistedBundleStates.markedStarted(installation, temp.resolve("scratch"));
		assertTrue(marked.contains("org.apache.felix.scr"), "the product's own start marks are read: " + marked);
		assertFalse(marked.contains(SPI_FLY), "SPI Fly is not marked to start with the framework: " + marked);
	}

	private static int drafts(Path installation, Path data) throws Exception {
		Result list = Launcher.qa(installation, Map.of(), data, "audits", "list", "--state", "draft");
		assertEquals(0, list.exitCode(), list.err());
		return (int) list.out().lines().count();
	}
}
