package org.qaworkbench.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * File &gt; Sign out from the keyboard, then the next person signs in at the dialog by typing, as people do: the
 * workbench comes back in the same process, on a new display, and draws its tables there (the demo data gives the
 * Actions view rows to draw). Needs a display.
 */
class SignOutTest extends WorkbenchProcessTest {

	@Test
	void theNextPersonSignsInByTypingAndTheTablesAreDrawn() throws Exception {
		Path data = temp.resolve("data");
		Launcher.demoData(data);
		Path err = temp.resolve("err");
		workbench = Launcher.workbench(Map.of(), data, temp.resolve("out"), err); // the demo administrator, by automation
		X11Windows.awaitMainWindowOf(workbench);

		X11Windows.typeTo(workbench, "alt+f", "o");
		X11Windows.awaitViewable(X11Windows.SIGN_IN_DIALOG, workbench);
		X11Windows.signIn(workbench, "chloe.morgan", Launcher.DEMO_PASSWORD);
		// The Actions view reads its rows in the background: F5 there reads them again and Down moves through them; a
		// pause lets them be drawn (without the fix each row's drawing failed with an exception on standard error).
		X11Windows.typeTo(workbench, "ctrl+shift+a", "F5", "Down", "Down");
		Thread.sleep(3000);
		X11Windows.typeTo(workbench, "ctrl+q");

		assertTrue(workbench.waitFor(60, TimeUnit.SECONDS), "QA Workbench quit after Ctrl+Q");
		assertEquals(0, workbench.exitValue());
		String said = Files.readString(err, StandardCharsets.UTF_8);
		assertFalse(said.contains("Exception"), "nothing went wrong drawing the second person's window: " + said);
	}
}
