package org.qaworkbench.core.store;

/** A save that changed nothing, with a message a user can act on. */
public abstract sealed class SaveRefusedException extends Exception permits InvalidRecordException, StaleRecordException, NotPermittedException {

	private static final long serialVersionUID = 1L;

	protected SaveRefusedException(String message) {
		super(message);
	}
}
