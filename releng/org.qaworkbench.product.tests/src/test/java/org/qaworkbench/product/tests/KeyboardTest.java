package org.qaworkbench.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
		workbench = Launcher.workbenchToSignIn(Map.of(), data, temp.resolve("out"), temp.resolve("err"));
		X11Windows.createFirstAdministrator(workbench, "Test Administrator", "test.admin", "test-password-2026");

		X11Windows.type(X11Windows.MAIN_WINDOW, "ctrl+q");

		assertTrue(workbench.waitFor(30, TimeUnit.SECONDS), "QA Workbench quit after Ctrl+Q");
		assertEquals(0, workbench.exitValue());
		Result info = Launcher.qa(Launcher.TEST_ADMINISTRATOR, data, "info");
		assertEquals(0, info.exitCode(), "the database was released: " + info.err());
		assertEquals(List.of(), errorsLogged(data), "quitting logs no error");
	}

	/**
	 * The whole round from the keyboard: the first administrator made at a new installation, File &gt; Sign out back to
	 * the sign-in (the same process), signing in again there, Ctrl+Q.
	 */
	@Test
	void signOutGoesBackToTheSignInWhereOnlyTheRightPasswordSignsIn() throws Exception {
		Path data = temp.resolve("data");
		workbench = Launcher.workbenchToSignIn(Map.of(), data, temp.resolve("out"), temp.resolve("err"));
		X11Windows.createFirstAdministrator(workbench, "Test Administrator", "test.admin", "test-password-2026");

		X11Windows.typeUntilViewable(X11Windows.SIGN_IN_DIALOG, workbench, "alt+f", "o");
		assertEquals(false, X11Windows.hasMainWindow(workbench), "the window closed on signing out");
		X11Windows.signIn(workbench, "test.admin", "test-password-2026");

		X11Windows.type(X11Windows.MAIN_WINDOW, "ctrl+q");
		assertTrue(workbench.waitFor(30, TimeUnit.SECONDS), "QA Workbench quit after Ctrl+Q");
		assertEquals(0, workbench.exitValue());
		assertEquals(List.of(), errorsLogged(data), "signing out and in logs no error");
	}

	/** The error entries of the application's log (Eclipse's format: "!ENTRY bundle 4 ..." is an error). */
	private static List<String> errorsLogged(Path data) throws IOException {
		Path log = data.resolve("workspace/.metadata/.log");
		if (!Files.exists(log)) {
			return List.of();
		}
		List<String> lines = Files.readAllLines(log);
		List<String> errors = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).matches("!ENTRY \\S+ 4 .*")) {
				errors.add(lines.get(i) + (i + 1 < lines.size() ? " " + lines.get(i + 1) : ""));
			}
		}
		return errors;
	}
}
