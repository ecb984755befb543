package org.qaworkbench.core.store;

/** The database failed in a way the user cannot fix by changing input (disk full, database damaged). */
public final class StoreFailureException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public StoreFailureException(String message, Throwable cause) {
		super(message, cause);
	}
}
