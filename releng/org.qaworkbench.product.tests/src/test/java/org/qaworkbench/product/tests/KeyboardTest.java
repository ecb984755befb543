package org.qaworkbench.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.product.tests.Launcher.Result;

/** Keyboard first: the real window, real key presses through the X server. Needs a display. */
class KeyboardTest {

	@TempDir
	Path temp;

	private Process workbench;

	@AfterEach
	void stop() throws InterruptedException {
		if (workbench != null && workbench.isAlive()) {
			workbench.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
	}

	@Test
	void ctrlQQuitsAndReleasesTheDatabase() throws Exception {
		Path data = temp.resolve("data");
		workbench = Launcher.workbench(data, temp.resolve("out"), temp.resolve("err"));
		X11Windows.awaitViewable(X11Windows.MAIN_WINDOW, workbench);

		X11Windows.type(X11Windows.MAIN_WINDOW, "ctrl+q");

		assertTrue(workbench.waitFor(30, TimeUnit.SECONDS), "QA Workbench quit after Ctrl+Q");
		assertEquals(0, workbench.exitValue());
		Result info = Launcher.qa(data, "info");
		assertEquals(0, info.exitCode(), "the database was released: " + info.err());
	}
}
