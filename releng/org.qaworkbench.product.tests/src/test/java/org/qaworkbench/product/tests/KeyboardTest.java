package org.qaworkbench.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.qaworkbench.product.tests.Launcher.Result;

/** Keyboard first: the real window, real key presses through the X server. Needs a display. */
class KeyboardTest extends WorkbenchProcessTest {

	@Test
	void ctrlQQuitsAndReleasesTheDatabase() throws Exception {
		Path data = temp.resolve("data");
		workbench = Launcher.workbench(data, temp.resolve("out"), temp.resolve("err")); // signed in as the tests' administrator
		X11Windows.awaitViewable(X11Windows.MAIN_WINDOW, workbench);

		X11Windows.type(X11Windows.MAIN_WINDOW, "ctrl+q");

		assertTrue(workbench.waitFor(30, TimeUnit.SECONDS), "QA Workbench quit after Ctrl+Q");
		assertEquals(0, workbench.exitValue());
		Result info = Launcher.qa(data, "info");
		assertEquals(0, info.exitCode(), "the database was released: " + info.err());
		assertEquals(List.of(), errorsLogged(data), "quitting logs no error");
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
