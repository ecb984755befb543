package org.qaworkbench.supervision.ui.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/**
 * Keys pressed and text typed as a user does, through the X server (xdotool), so mnemonics and traversal take part,
 * unlike events sent straight to one widget.
 */
final class Keys {

	private static final String MAIN_WINDOW = "^QA Workbench ?$"; //$NON-NLS-1$
	private static final long PATIENCE_NANOS = 20_000_000_000L;

	private Keys() {
	}

	/** Gives the window and then the control the keyboard focus, as a click would. */
	static void focus(Control control) {
		xdotool();
		control.setFocus();
		waitFor(control::isFocusControl, "the keyboard focus is in " + control);
	}

	/** Presses keys as xdotool names them ("alt+b", "Return", "Tab"). */
	static void press(String keys) {
		xdotool("key", "--window", "%1", keys); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** Types text into the control with the keyboard focus. */
	static void type(String text) {
		xdotool("type", "--window", "%1", "--delay", "5", text); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	}

	/** Focuses the control, then types. */
	static void typeInto(Control control, String text) {
		focus(control);
		type(text);
	}

	private static void xdotool(String... command) {
		List<String> line = new ArrayList<>(List.of("timeout", "20", "xdotool", "search", "--onlyvisible", "--name", MAIN_WINDOW, "windowfocus", "--sync")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
		line.addAll(List.of(command));
		try {
			Process xdotool = new ProcessBuilder(line).redirectErrorStream(true).start();
			String output = new String(xdotool.getInputStream().readAllBytes());
			assertTrue(xdotool.waitFor() == 0, String.join(" ", line) + ": " + output); //$NON-NLS-1$
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
