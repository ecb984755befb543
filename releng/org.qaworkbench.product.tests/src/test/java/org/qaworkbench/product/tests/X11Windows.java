package org.qaworkbench.product.tests;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Looks at the X server the way a user looks at the screen, through xdotool. */
final class X11Windows {

	/** The main window's title; GTK may show it with a trailing space. */
	static final String MAIN_WINDOW = "^QA Workbench ?$";
	static final String CANNOT_START_DIALOG = "^QA Workbench cannot start ?$";
	static final String SIGN_IN_DIALOG = "^Sign in to QA Workbench ?$";
	static final String FIRST_ADMINISTRATOR_DIALOG = "^Create the first administrator ?$";

	private X11Windows() {
	}

	/** Waits until a viewable window's title matches {@code titleRegex}, while {@code owner} runs. */
	static void awaitViewable(String titleRegex, Process owner) throws IOException, InterruptedException {
		if (!viewableWithin(titleRegex, owner, 60)) {
			throw new AssertionError("no window " + titleRegex + " within 60 s");
		}
	}

	/** Whether a window titled {@code titleRegex} becomes viewable within {@code seconds}; fails if the owner exits first. */
	private static boolean viewableWithin(String titleRegex, Process owner, int seconds) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		while (System.nanoTime() < deadline) {
			if (isViewable(titleRegex)) {
				return true;
			}
			if (!owner.isAlive()) {
				throw new AssertionError("the application exited (code " + owner.exitValue() + ") before showing " + titleRegex);
			}
			Thread.sleep(100);
		}
		return false;
	}

	/**
	 * Types the keys to the owner's window until the window titled titleRegex shows: keys typed before the
	 * navigator's first background read has its rows are lost, as they would be for anyone typing that early.
	 */
	static void typeUntilViewable(String titleRegex, Process owner, String... keys) throws IOException, InterruptedException {
		for (int attempt = 0; attempt < 6; attempt++) {
			typeTo(owner, keys);
			if (viewableWithin(titleRegex, owner, 10)) {
				return;
			}
		}
		throw new AssertionError("no window " + titleRegex + " after typing " + String.join(" ", keys) + " six times in 60 s");
	}

	/**
	 * Types {@code key} into the window until it closes, while {@code owner} runs. On a busy machine a key typed as
	 * a dialog appears is sometimes not taken; the key is typed again after 10 s.
	 */
	static void typeUntilGone(String titleRegex, Process owner, String key) throws IOException, InterruptedException {
		for (int attempt = 0; attempt < 6; attempt++) {
			try {
				type(titleRegex, key);
			} catch (AssertionError e) {
				if (isViewable(titleRegex)) {
					throw e;
				}
				return; // it closed just now
			}
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
			while (System.nanoTime() < deadline) {
				if (!isViewable(titleRegex)) {
					return;
				}
				if (!owner.isAlive()) {
					throw new AssertionError("the application exited (code " + owner.exitValue() + ") while showing " + titleRegex);
				}
				Thread.sleep(100);
			}
		}
		throw new AssertionError("the window " + titleRegex + " was still there after typing " + key + " six times in 60 s");
	}

	/** Gives the window keyboard focus (no window manager needed) and types {@code keys}, e.g. "ctrl+q". */
	static void type(String titleRegex, String... keys) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("search", "--onlyvisible", "--name", titleRegex, "windowfocus", "--sync", "key", "--clearmodifiers"));
		command.addAll(List.of(keys));
		xdotool(command.toArray(String[]::new));
	}

	/**
	 * A new installation's first start: makes the first administrator at its dialog, typing as a person does (full
	 * name, Tab, user name, Tab, the password twice, Enter), then waits for the main window.
	 */
	static void createFirstAdministrator(Process owner, String fullName, String userName, String password) throws IOException, InterruptedException {
		fillIn(FIRST_ADMINISTRATOR_DIALOG, owner, fullName, userName, password, password);
		awaitMainWindowOf(owner);
	}

	/** Signs in at the sign-in dialog, typing as a person does (user name, Tab, password, Enter), then waits for the main window. */
	static void signIn(Process owner, String userName, String password) throws IOException, InterruptedException {
		fillIn(SIGN_IN_DIALOG, owner, userName, password);
		awaitMainWindowOf(owner);
	}

	/** Types each value into the dialog's fields in turn (Tab between them, Enter after the last). */
	static void fillIn(String dialogRegex, Process owner, String... values) throws IOException, InterruptedException {
		awaitViewable(dialogRegex, owner);
		xdotool("search", "--all", "--onlyvisible", "--pid", Long.toString(owner.pid()), "--name", dialogRegex, "windowfocus", "--sync", "sleep", "1"); // GTK shows a dialog before it takes the keyboard, as clickIn waits
		// One xdotool each: its type command takes every argument after it as text to type, chained commands too.
		for (int i = 0; i < values.length; i++) {
			xdotool("type", "--delay", "20", values[i]);
			xdotool("key", i + 1 < values.length ? "Tab" : "Return");
		}
	}

	/** Whether {@code owner} shows its main window now. */
	static boolean hasMainWindow(Process owner) throws IOException, InterruptedException {
		Process search = new ProcessBuilder("xdotool", "search", "--all", "--onlyvisible", "--pid", Long.toString(owner.pid()), "--name", MAIN_WINDOW)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		return search.waitFor() == 0;
	}

	/** Waits until a window of {@code owner} (by its process id) with the main window's title is viewable. */
	static void awaitMainWindowOf(Process owner) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120); // a second workbench on a busy machine
		while (System.nanoTime() < deadline) {
			Process search = new ProcessBuilder("xdotool", "search", "--all", "--onlyvisible", "--pid", Long.toString(owner.pid()), "--name", MAIN_WINDOW)
					.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
			if (search.waitFor() == 0) {
				return;
			}
			if (!owner.isAlive()) {
				throw new AssertionError("the application exited (code " + owner.exitValue() + ") before showing its window");
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no main window of process " + owner.pid() + " within 120 s");
	}

	/**
	 * Gives the main window of {@code owner} the keyboard and types {@code keys}: for two applications on one display.
	 * (--all: xdotool matches any one of the conditions by default, which would take the other's window.)
	 */
	static void typeTo(Process owner, String... keys) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("search", "--all", "--onlyvisible", "--pid", Long.toString(owner.pid()), "--name", MAIN_WINDOW, "windowfocus",
				"--sync", "key", "--clearmodifiers"));
		command.addAll(List.of(keys));
		xdotool(command.toArray(String[]::new));
	}

	/** Clicks at {@code x}, {@code y} inside the main window of {@code owner}, which then has the keyboard there. */
	static void clickIn(Process owner, int x, int y) throws IOException, InterruptedException {
		xdotool("search", "--all", "--onlyvisible", "--pid", Long.toString(owner.pid()), "--name", MAIN_WINDOW, "windowraise", "mousemove", "--window", "%1",
				Integer.toString(x), Integer.toString(y), "click", "1", "sleep", "1"); // keys typed at once could reach the control the click leaves
	}

	/** Types {@code keys} to whichever window has the keyboard, leaving the focus inside it where it is. */
	static void typeHere(String... keys) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("key", "--clearmodifiers", "--delay", "40"));
		command.addAll(List.of(keys));
		xdotool(command.toArray(String[]::new));
	}

	private static void xdotool(String... arguments) throws IOException, InterruptedException {
		String[] command = new String[arguments.length + 1];
		command[0] = "xdotool";
		System.arraycopy(arguments, 0, command, 1, arguments.length);
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		if (process.waitFor() != 0) {
			throw new AssertionError(String.join(" ", command) + " failed: " + output);
		}
	}

	private static boolean isViewable(String titleRegex) throws IOException, InterruptedException {
		Process search = new ProcessBuilder("xdotool", "search", "--onlyvisible", "--name", titleRegex)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		return search.waitFor() == 0;
	}
}
