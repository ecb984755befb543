package org.qaworkbench.caseaudit.ui.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.qaworkbench.ui.internal.actions.ActionsPart;

/**
 * Keys pressed as a user presses them, through the X server (xdotool, as the product tests type), so mnemonics,
 * traversal and the workbench's key bindings all take part, unlike events sent straight to one widget.
 */
final class Keys {

	/** The workbench window's title; GTK may show it with a trailing space. */
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

	/** Presses keys as xdotool names them ("alt+c", "ctrl+shift+a", "Tab"), sent to the workbench window. */
	static void press(String keys) {
		xdotool("key", "--window", "%1", keys); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/**
	 * Runs the command that the application model (Application.e4xmi) binds a key sequence ("M1+M2+A") to, as the
	 * workbench does when the keys are pressed. (The test harness's workbench takes no bound keys typed through the X
	 * server; the product tests type them.)
	 */
	static void bound(String keySequence, MWindow window) {
		String model;
		try (var in = ActionsPart.class.getClassLoader().getResourceAsStream("Application.e4xmi")) { //$NON-NLS-1$
			model = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		Matcher binding = Pattern.compile("keySequence=\"" + Pattern.quote(keySequence) + "\" command=\"([^\"]+)\"").matcher(model); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(binding.find(), keySequence + " is bound to a command");
		Matcher command = Pattern.compile("<commands xmi:id=\"" + Pattern.quote(binding.group(1)) + "\" elementId=\"([^\"]+)\"").matcher(model); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(command.find(), "the bound command " + binding.group(1));
		ECommandService commands = window.getContext().get(ECommandService.class);
		window.getContext().get(EHandlerService.class).executeHandler(commands.createCommand(command.group(1), null));
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// handle what the command started
		}
	}

	/**
	 * Gives the workbench window the X keyboard focus (without a window manager it may have gone back to the root
	 * window when another window closed), then runs the command, and lets the window handle what it sent.
	 */
	private static void xdotool(String... command) {
		// timeout: a window that cannot take the focus fails the test instead of hanging it
		List<String> line = new ArrayList<>(List.of("timeout", "20", "xdotool", "search", "--onlyvisible", "--name", MAIN_WINDOW, "windowfocus", "--sync")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
		line.addAll(List.of(command));
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
				display.timerExec(20, () -> { });
				display.sleep();
			}
		}
		assertTrue(condition.getAsBoolean(), what);
	}
}
