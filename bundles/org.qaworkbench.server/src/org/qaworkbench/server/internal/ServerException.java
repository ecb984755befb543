package org.qaworkbench.server.internal;

/** A team database cannot be set up or used as asked; the message says why and what to do, in one line. */
final class ServerException extends Exception {

	private static final long serialVersionUID = 1L;

	ServerException(String message) {
		super(message);
	}

	ServerException(String message, Throwable cause) {
		super(message, cause);
	}
}
