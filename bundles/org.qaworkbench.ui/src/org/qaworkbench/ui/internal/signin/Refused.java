package org.qaworkbench.ui.internal.signin;

import java.time.Duration;

/**
 * A sign-in, a password or a new account refused: the message the dialog shows, and how long it waits before the
 * next try (wrong passwords slow down whoever guesses; other refusals wait for nothing).
 */
public final class Refused extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient Duration wait;
	private final boolean handsOver;

	public Refused(String message, Duration wait) {
		this(message, wait, false);
	}

	private Refused(String message, Duration wait, boolean handsOver) {
		super(message);
		this.wait = wait;
		this.handsOver = handsOver;
	}

	/** Not a refusal of the person: the dialog closes and another takes over (a new installation's first administrator). */
	public static Refused handOver(String message) {
		return new Refused(message, Duration.ZERO, true);
	}

	public boolean handsOver() {
		return handsOver;
	}

	public Refused(String message) {
		this(message, Duration.ZERO);
	}

	public Duration waitBeforeRetry() {
		return wait;
	}
}
