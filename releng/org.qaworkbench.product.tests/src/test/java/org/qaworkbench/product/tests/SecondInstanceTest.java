package org.qaworkbench.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.product.tests.Launcher.Result;

/**
 * Embedded Derby lets one process open a database. With QA Workbench running, a second start and the command line
 * must explain that clearly, and the running one must be unharmed. Needs a display (the build runs under Xvfb).
 */
class SecondInstanceTest {

	private static final String IN_USE = "is already open in another QA Workbench";

	@TempDir
	Path temp;

	private Process first;
	private Process second;

	@AfterEach
	void stopWorkbenches() throws InterruptedException {
		for (Process process : new Process[] { second, first }) {
			if (process != null) {
				process.destroy();
				process.waitFor(30, TimeUnit.SECONDS);
			}
		}
	}

	@Test
	void aSecondProcessIsToldTheDatabaseIsInUse() throws Exception {
		Path data = temp.resolve("data");
		first = Launcher.workbench(data, temp.resolve("first.out"), temp.resolve("first.err"));
		X11Windows.awaitViewable(X11Windows.MAIN_WINDOW, first);

		Result info = Launcher.qa(data, "info");
		assertEquals(1, info.exitCode());
		assertEquals(1, info.errLines().size(), info.err());
		assertTrue(info.err().contains("The database in " + data + " " + IN_USE), info.err());

		second = Launcher.workbench(data, temp.resolve("second.out"), temp.resolve("second.err"));
		X11Windows.awaitViewable(X11Windows.CANNOT_START_DIALOG, second);
		assertTrue(Files.readString(temp.resolve("second.err")).contains(IN_USE));
		assertTrue(first.isAlive(), "the running QA Workbench is unharmed");

		second.destroy();
		second.waitFor(30, TimeUnit.SECONDS);
		first.destroy();
		first.waitFor(30, TimeUnit.SECONDS);
		Result afterwards = Launcher.qa(data, "info");
		assertEquals(0, afterwards.exitCode(), afterwards.err());
		assertTrue(afterwards.out().matches("(?s).*\nSchema version:    [1-9][0-9]*\n.*"), afterwards.out());
	}
}
