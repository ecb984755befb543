package org.qaworkbench.ui.internal;

import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * What a user does to dialogs and the keyboard, for the UI tests: real key presses, and buttons pressed on a dialog;
 * and where the workbench window and its parts are.
 */
public final class Ui {
	private static final long PATIENCE_MILLIS = 20_000;

	private Ui() {
	}

	/** Who is signed in to the workbench: the one in the application's context. */
	public static SignedIn signedIn() {
		return window().getContext().get(org.eclipse.e4.ui.model.application.MApplication.class).getContext().get(SignedIn.class);
	}

	/** Signs in for real as a member of staff of a test's fixtures (an account is made for them the first time). */
	public static void signInAs(org.qaworkbench.model.StaffMember staff) {
		org.qaworkbench.testing.StaffAccounts.signIn(staff.getUserId(), signedIn()::signIn);
	}

	/** Back to the administrator the workbench signed in as at start. */
	public static void signInAsTheTestAdministrator() {
		org.qaworkbench.testing.StaffAccounts.signInAsTheTestAdministrator(signedIn()::signIn);
	}

	public static org.qaworkbench.core.store.Actor administrator() {
		return org.qaworkbench.testing.TestAccounts.ADMIN;
	}

	/** The workbench window's shell: the one shell that carries its model element. */
	public static Shell mainShell() {
		return Arrays.stream(Display.getCurrent().getShells()) //
				.filter(shell -> shell.getData("modelElement") instanceof MWindow) //
				.findFirst().orElseThrow(() -> new AssertionError("no workbench window is open"));
	}

	public static MWindow window() {
		return (MWindow) mainShell().getData("modelElement");
	}

	public static EPartService parts() {
		return window().getContext().get(EPartService.class);
	}

	/** Runs the event loop until {@code done}, failing after a generous while: the UI is waited for, never timed. */
	public static void spinUntil(BooleanSupplier done, String what) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
		while (!done.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("waited in vain for " + what);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
	}

	/** Types {@code text} through the X server into the focused control, as key presses. */
	public static void type(String text) {
		Display display = Display.getCurrent();
		for (char character : text.toCharArray()) {
			for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
				Event event = new Event();
				event.type = type;
				event.character = character;
				event.keyCode = character == '\r' ? SWT.CR : character;
				display.post(event);
			}
			while (display.readAndDispatch()) {
				// let each key arrive before the next
			}
		}
	}

	/**
	 * Presses {@code button} (its label without the mnemonic) on the next dialog titled {@code title} once it is open,
	 * from inside that dialog's own event loop; the dialog's message is added to {@code said}. A dialog still open when
	 * none with that title came is closed, so that a wrong dialog fails the test instead of hanging it.
	 */
	public static void answer(String title, String button, List<String> said) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
		display.timerExec(50, new Runnable() {
			@Override
			public void run() {
				for (Shell shell : display.getShells()) {
					if (shell.isVisible() && title.equals(shell.getText())) {
						said.add(labels(shell));
						press(shell, button);
						return;
					}
				}
				if (System.currentTimeMillis() < deadline) {
					display.timerExec(50, this);
					return;
				}
				// Never hang the run on a dialog nobody expected: close it, and let the test's assertions say what went wrong.
				for (Shell shell : display.getShells()) {
					if (shell.isVisible() && shell.getParent() != null) {
						said.add("unexpected dialog: " + shell.getText());
						shell.close();
					}
				}
			}
		});
	}

	/**
	 * Runs {@code steps} on the next visible shell titled {@code title}, from inside that shell's own event loop (a
	 * dialog that blocks the caller, such as the sign-in at start or the idle lock), once it is open. Anything the
	 * steps throw is added to {@code failures} for the test to report after the dialog has closed.
	 */
	public static void whenShown(String title, java.util.function.Consumer<Shell> steps, List<Throwable> failures) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
		display.timerExec(50, new Runnable() {
			@Override
			public void run() {
				for (Shell shell : display.getShells()) {
					// Active, not only visible: GTK shows a shell inside Shell.open, before the dialog's own event loop
					// runs and before it has the keyboard; keys typed then go elsewhere.
					if (shell.isVisible() && title.equals(shell.getText()) && display.getActiveShell() != shell) {
						shell.forceActive();
					} else if (shell.isVisible() && title.equals(shell.getText())) {
						try {
							steps.accept(shell);
							spinUntil(shell::isDisposed, "the window titled " + title + " to close after the steps");
						} catch (Throwable failure) {
							failures.add(failure);
							// Never hang the run on a dialog left open; closed from its own event loop.
							display.timerExec(200, () -> {
								if (!shell.isDisposed()) {
									shell.dispose();
								}
							});
						}
						return;
					}
				}
				if (System.currentTimeMillis() < deadline) {
					display.timerExec(50, this);
				} else {
					failures.add(new AssertionError("no window titled " + title + " came"));
				}
			}
		});
	}

	/**
	 * A watchdog for tests that open blocking dialogs: after {@code seconds}, every dialog still open (one the test did
	 * not expect, say) is recorded in {@code failures} with what it says, and closed, so the test fails instead of
	 * hanging. Returns what stops the watchdog (call it when the test is done).
	 */
	public static Runnable closeStrayDialogsAfter(int seconds, List<Throwable> failures) {
		Display display = Display.getCurrent();
		boolean[] stopped = { false };
		display.timerExec(seconds * 1000, () -> {
			if (stopped[0]) {
				return;
			}
			for (Shell shell : display.getShells()) {
				if (shell.isVisible() && shell.getParent() != null && !shell.isDisposed()) {
					failures.add(new AssertionError("a dialog was still open: " + shell.getText() + ": " + labels(shell)));
					shell.dispose();
				}
			}
		});
		return () -> stopped[0] = true;
	}

	/** Empties a text field and types into it through the X server. */
	public static void retype(org.eclipse.swt.widgets.Text field, String text) {
		field.setText(""); //$NON-NLS-1$
		field.setFocus();
		type(text);
		spinUntil(() -> field.getText().equals(text), "'" + text + "' typed into the field");
	}

	/** Presses Enter, Tab or Esc in the focused control, through the X server. */
	public static void press(int keyCode) {
		Display display = Display.getCurrent();
		for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
			Event event = new Event();
			event.type = type;
			event.keyCode = keyCode;
			event.character = keyCode == SWT.CR ? '\r' : keyCode == SWT.TAB ? '\t' : keyCode == SWT.ESC ? (char) 27 : 0;
			display.post(event);
		}
		while (display.readAndDispatch()) {
			// let the key arrive
		}
	}

	private static String labels(Composite composite) {
		StringBuilder text = new StringBuilder();
		for (Control child : composite.getChildren()) {
			if (child instanceof Label label) {
				text.append(label.getText()).append('\n');
			} else if (child instanceof Composite inner) {
				text.append(labels(inner));
			}
		}
		return text.toString();
	}

	private static boolean press(Composite composite, String button) {
		for (Control child : composite.getChildren()) {
			if (child instanceof Button pressable && pressable.getText().replace("&", "").equals(button)) {
				pressable.notifyListeners(SWT.Selection, new Event());
				return true;
			}
			if (child instanceof Composite inner && press(inner, button)) {
				return true;
			}
		}
		return false;
	}
}
