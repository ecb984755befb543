package org.qaworkbench.caseaudit.ui.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;

/** The Alt keys (mnemonics) a window offers, by the name of what they reach, and the README that documents them. */
final class Mnemonics {

	private Mnemonics() {
	}

	/** The keys of the visible buttons and labels of a window and of its menu bar; a key used twice fails. */
	static Map<Character, String> of(Shell shell) {
		Map<Character, String> keys = new TreeMap<>(menuBar(shell.getDisplay()));
		collect(shell, keys);
		return keys;
	}

	/** The keys of the workbench window's menu bar. */
	static Map<Character, String> menuBar(Display display) {
		Map<Character, String> keys = new TreeMap<>();
		for (Shell shell : display.getShells()) {
			Menu bar = shell.getMenuBar();
			if (bar != null) {
				for (MenuItem item : bar.getItems()) {
					add(keys, item.getText(), item.toString());
				}
			}
		}
		return keys;
	}

	/** The visible control of the window whose text has the key {@code letter} (Alt+letter), or null. */
	static Control controlFor(Shell shell, char letter) {
		return find(shell, Character.toLowerCase(letter));
	}

	private static Control find(Control control, char letter) {
		if (!control.isVisible()) {
			return null;
		}
		String text = control instanceof Button button ? button.getText() : control instanceof Label label ? label.getText() : ""; //$NON-NLS-1$
		String plain = text.replace("&&", ""); //$NON-NLS-1$ //$NON-NLS-2$
		int at = plain.indexOf('&');
		if (at >= 0 && at + 1 < plain.length() && Character.toLowerCase(plain.charAt(at + 1)) == letter) {
			return control;
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Control found = find(child, letter);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static void collect(Control control, Map<Character, String> keys) {
		if (!control.isVisible()) {
			return;
		}
		if (control instanceof Button button) {
			add(keys, button.getText(), button.toString());
		} else if (control instanceof Label label) {
			add(keys, label.getText(), label.toString());
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, keys);
			}
		}
	}

	private static void add(Map<Character, String> keys, String text, String control) {
		int at = text.replace("&&", "").indexOf('&'); //$NON-NLS-1$ //$NON-NLS-2$
		if (at < 0 || at + 1 >= text.replace("&&", "").length()) { //$NON-NLS-1$ //$NON-NLS-2$
			return;
		}
		String plain = text.replace("&&", "\0").replace("&", "").replace("\0", "&"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		String name = plain.endsWith(":") ? plain.substring(0, plain.length() - 1) : plain; //$NON-NLS-1$
		char key = Character.toLowerCase(text.replace("&&", "").charAt(at + 1)); //$NON-NLS-1$ //$NON-NLS-2$
		String before = keys.putIfAbsent(key, name);
		assertTrue(before == null || before.equals(name), "Alt+" + Character.toUpperCase(key) + " is both " + before + " and " + name + " (" + control + ")");
	}

	/** The project's README, found from the test's working folder upwards. */
	static String readme() throws IOException {
		for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
			Path readme = folder.resolve("README.md");
			if (Files.isRegularFile(readme) && Files.readString(readme).startsWith("# QA Workbench")) { //$NON-NLS-1$
				return Files.readString(readme);
			}
		}
		throw new IOException("README.md not found above " + Path.of("").toAbsolutePath()); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
