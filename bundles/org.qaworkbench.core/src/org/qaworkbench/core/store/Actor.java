package org.qaworkbench.core.store;

import java.util.Objects;

/**
 * Who is acting: every write carries one, and history records it. For now the local operating-system user;
 * sign-in will supply it later, so nothing may assume there is only one.
 */
public record Actor(String userId) {

	public Actor {
		if (Objects.requireNonNull(userId).isBlank()) {
			throw new IllegalArgumentException("An actor needs a user id"); //$NON-NLS-1$
		}
	}

	public static Actor localUser() {
		return new Actor(System.getProperty("user.name", "unknown")); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
