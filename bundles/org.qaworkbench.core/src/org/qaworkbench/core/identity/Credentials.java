package org.qaworkbench.core.identity;

import java.util.Arrays;
import java.util.Objects;

/**
 * A user name and password typed to sign in. The password stays a {@code char[]} so it can be wiped: {@link #close}
 * overwrites it, so a password lives only as long as the sign-in that needs it. Never logged, never a String.
 */
public final class Credentials implements AutoCloseable {

	private final String userName;
	private final char[] password;

	/** Takes {@code password} as it is (not a copy): closing these credentials wipes the caller's array too. */
	public Credentials(String userName, char[] password) {
		this.userName = Objects.requireNonNull(userName).strip();
		this.password = Objects.requireNonNull(password);
	}

	public String userName() {
		return userName;
	}

	/** The live array: callers must not keep it beyond the credentials. */
	public char[] password() {
		return password;
	}

	/** Overwrites the password with zeros. */
	@Override
	public void close() {
		Arrays.fill(password, '\0');
	}

	/** The user name only: a password must never reach a log through {@code toString}. */
	@Override
	public String toString() {
		return "Credentials[" + userName + "]"; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
