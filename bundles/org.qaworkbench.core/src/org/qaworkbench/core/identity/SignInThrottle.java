package org.qaworkbench.core.identity;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing: after each refused sign-in for a user name the next attempt waits longer (0 s, 1 s, 2 s, 4 s
 * ... at most {@link #MAXIMUM}); a successful one starts again from nothing. Kept in memory per user name, for the
 * commands and the sign-in dialog of one process; a copied database is protected by Argon2id's cost instead.
 */
public final class SignInThrottle {

	public static final Duration MAXIMUM = Duration.ofSeconds(30);

	private final Map<String, Integer> refusals = new ConcurrentHashMap<>();

	/** How long to wait before the next attempt for this user name. */
	public Duration delayFor(String userName) {
		return delayAfter(refusals.getOrDefault(key(userName), 0));
	}

	/** The wait after {@code refusals} refused attempts in a row: none after none, then 1 s doubling to the maximum. */
	public static Duration delayAfter(int refusals) {
		if (refusals <= 0) {
			return Duration.ZERO;
		}
		long seconds = 1L << Math.min(refusals - 1, 30);
		return seconds >= MAXIMUM.toSeconds() ? MAXIMUM : Duration.ofSeconds(seconds);
	}

	public void refused(String userName) {
		refusals.merge(key(userName), 1, Integer::sum);
	}

	public void succeeded(String userName) {
		refusals.remove(key(userName));
	}

	/** Waits out the delay for this user name before an attempt. */
	public void await(String userName) throws InterruptedException {
		Duration delay = delayFor(userName);
		if (!delay.isZero()) {
			Thread.sleep(delay.toMillis());
		}
	}

	/** User names are compared as typed would be: "Sam" and "sam " are the same guesser. */
	private static String key(String userName) {
		return userName == null ? "" : userName.strip().toLowerCase(Locale.ROOT); //$NON-NLS-1$
	}
}
