package org.qaworkbench.xlsform.internal;

/** A file that cannot be read as a spreadsheet at all, with a one-line reason for the user. */
public final class SpreadsheetException extends Exception {

	private static final long serialVersionUID = 1L;

	public SpreadsheetException(String message) {
		super(message);
	}
}
