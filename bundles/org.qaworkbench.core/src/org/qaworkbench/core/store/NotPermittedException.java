package org.qaworkbench.core.store;

/**
 * A change this person may not make, or not now: a step their role does not allow, a step out of order, a locked
 * record changed without an amendment. Nothing was written; the message says what is needed instead.
 */
public final class NotPermittedException extends SaveRefusedException {

	private static final long serialVersionUID = 1L;

	public NotPermittedException(String message) {
		super(message);
	}
}
