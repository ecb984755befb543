package org.qaworkbench.xlsform.ui.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;

/**
 * Keys pressed as a user presses them, through the X server (xdotool), to the window with a given title: menus open by
 * their mnemonics, buttons are pressed by theirs. And waiting for the UI, never timing it.
 */
final class Keyboard {

	static final String MAIN_WINDOW = "^QA Workbench ?$"; //$NON-NLS-1$
	private static final long PATIENCE_NANOS = 30_000_000_000L;

	private Keyboard() {
	}

	/** Presses keys as xdotool names them ("alt+f", "p", "Return") in the window whose title matches {@code window}. */
	static void press(String window, String... keys) {
		List<String> line = new ArrayList<>(List.of("timeout", "20", "xdotool", "search", "--onlyvisible", "--name", window, "windowfocus", "--sync")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
		for (String key : keys) {
			line.addAll(List.of("key", "--delay", "50", key)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		run(line);
	}

	/** Types text into the focused control of the window whose title matches {@code window}. */
	static void type(String window, String text) {
		run(List.of("timeout", "20", "xdotool", "search", "--onlyvisible", "--name", window, "windowfocus", "--sync", "type", "--delay", "20", text)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
	}

	private static void run(List<String> line) {
		try {
			Process xdotool = new ProcessBuilder(line).redirectErrorStream(true).start();
			String output = new String(xdotool.getInputStream().readAllBytes());
			assertTrue(xdotool.waitFor() == 0, String.join(" ", line) + ": " + output); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// handle what arrived
		}
	}

	/** Runs the event loop until the condition holds, then asserts it (failing after a generous wait). */
	static void waitFor(BooleanSupplier condition, String what) {
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + PATIENCE_NANOS;
		while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
		assertTrue(condition.getAsBoolean(), what);
	}
}
