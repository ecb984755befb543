package org.qaworkbench.product.tests;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test that starts the desktop application as its own process, in a folder of its own: whatever the test's
 * outcome, the process is stopped afterwards, so that no window stays on the display for the next test.
 */
abstract class WorkbenchProcessTest {

	@TempDir
	Path temp;

	/** The application the test started, if any. */
	Process workbench;

	@AfterEach
	void stopTheWorkbench() throws InterruptedException {
		if (workbench != null && workbench.isAlive()) {
			workbench.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
	}
}
