package org.qaworkbench.store.jdbc;

/** The database was written by a newer QA Workbench than this one; it is left untouched. */
public final class NewerSchemaException extends Exception {

	private static final long serialVersionUID = 1L;

	private final int found;
	private final int known;

	public NewerSchemaException(int found, int known) {
		super("Schema version " + found + " is newer than " + known); //$NON-NLS-1$ //$NON-NLS-2$
		this.found = found;
		this.known = known;
	}

	public int found() {
		return found;
	}

	public int known() {
		return known;
	}
}
