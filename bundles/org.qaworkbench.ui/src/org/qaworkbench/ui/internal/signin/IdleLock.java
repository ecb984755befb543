package org.qaworkbench.ui.internal.signin;

import java.time.Duration;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.ui.internal.SignedIn;

/**
 * Locks the window after a while without keyboard or mouse input (15 minutes unless the system property
 * {@value #IDLE_MINUTES} says otherwise; 0 never locks): a {@link LockDialog} covers it until the same person types
 * their password. Nothing is closed or saved on locking, so everything typed stays in the open editors (and their
 * drafts go on being kept). Sign out on the lock restarts to the sign-in, as File &gt; Sign out does, but without the
 * question about unsaved work: whoever is at the keyboard may not be its author, so the editors keep it as drafts.
 */
public final class IdleLock {

	/** The system property with the minutes without use after which the window locks. */
	public static final String IDLE_MINUTES = "qaworkbench.idleMinutes"; //$NON-NLS-1$
	static final long DEFAULT_MINUTES = 15;
	private static final int[] INPUT = { SWT.KeyDown, SWT.MouseDown, SWT.MouseMove, SWT.MouseWheel };

	@Inject
	private MApplication application;
	@Inject
	private SignedIn signedIn;
	private Display display;
	private final Listener input = event -> lastInput = System.nanoTime();
	private volatile long lastInput = System.nanoTime();
	private Duration idleTime = Duration.ofMinutes(configuredMinutes());
	private LockDialog lock;
	/** Bumped whenever the timer is set again, so a check set earlier does nothing. */
	private int generation;

	@PostConstruct
	void watch(Display current) {
		display = current;
		for (int type : INPUT) {
			display.addFilter(type, input);
		}
		schedule();
	}

	@PreDestroy
	void stop() {
		if (display != null && !display.isDisposed()) {
			for (int type : INPUT) {
				display.removeFilter(type, input);
			}
		}
		generation++;
	}

	/** The minutes of {@value #IDLE_MINUTES}, else 15; a value that is not a whole number of minutes is ignored. */
	static long configuredMinutes() {
		String value = System.getProperty(IDLE_MINUTES);
		if (value == null || value.isBlank()) {
			return DEFAULT_MINUTES;
		}
		try {
			long minutes = Long.parseLong(value.strip());
			return minutes < 0 ? DEFAULT_MINUTES : minutes;
		} catch (NumberFormatException e) {
			return DEFAULT_MINUTES;
		}
	}

	/** Locks after {@code idle} without input from now on (zero: never); the tests set a short one. */
	public void lockAfter(Duration idle) {
		idleTime = idle;
		lastInput = System.nanoTime();
		schedule();
	}

	public Duration idleTime() {
		return idleTime;
	}

	/** The lock on screen, or null. */
	public LockDialog lockShown() {
		return lock;
	}

	private void schedule() {
		int mine = ++generation;
		if (idleTime.isZero() || idleTime.isNegative()) {
			return;
		}
		long left = idleTime.toMillis() - Duration.ofNanos(System.nanoTime() - lastInput).toMillis();
		display.timerExec((int) Math.max(50, Math.min(left, Integer.MAX_VALUE)), () -> {
			if (mine == generation && !display.isDisposed()) {
				check();
			}
		});
	}

	private void check() {
		if (lock == null && System.nanoTime() - lastInput >= idleTime.toNanos()) {
			lockNow();
		} else if (lock == null) {
			schedule();
		}
	}

	private void lockNow() {
		Shell window = mainShell();
		if (window == null) {
			schedule();
			return;
		}
		String person = signedIn.staff().map(StaffMember::getName).orElse(signedIn.actor().userId());
		lock = new LockDialog(window, signedIn.actor().userId(), person, Math.max(1, idleTime.toMinutes()),
				(userName, password) -> signedIn.confirm(password));
		int answer;
		try {
			answer = lock.open();
		} finally {
			lock = null;
		}
		if (answer == LockDialog.SIGN_OUT) {
			application.getContext().get(IWorkbench.class).restart();
			return;
		}
		lastInput = System.nanoTime();
		schedule();
	}

	private Shell mainShell() {
		for (MWindow window : application.getChildren()) {
			if (window.getWidget() instanceof Shell shell && !shell.isDisposed() && shell.isVisible()) {
				return shell;
			}
		}
		return null;
	}
}
