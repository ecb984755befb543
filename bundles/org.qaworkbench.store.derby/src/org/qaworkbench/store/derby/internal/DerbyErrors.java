package org.qaworkbench.store.derby.internal;

import java.sql.SQLException;

/** Reads Derby's SQLStates, which arrive chained several levels deep. */
final class DerbyErrors {

	/** "Another instance of Derby may have already booted the database." */
	private static final String ALREADY_BOOTED = "XSDB6"; //$NON-NLS-1$

	private DerbyErrors() {
	}

	static boolean isDatabaseInUse(SQLException failure) {
		for (Throwable cause = failure; cause != null; cause = next(cause)) {
			if (cause instanceof SQLException sql && ALREADY_BOOTED.equals(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	private static Throwable next(Throwable cause) {
		if (cause instanceof SQLException sql && sql.getNextException() != null) {
			return sql.getNextException();
		}
		return cause.getCause() == cause ? null : cause.getCause();
	}
}
