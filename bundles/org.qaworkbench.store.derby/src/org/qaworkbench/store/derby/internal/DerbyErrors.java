package org.qaworkbench.store.derby.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.qaworkbench.core.DiskSpace;

/** Reads Derby's SQLStates, which arrive chained several levels deep. */
final class DerbyErrors {

	/** "Another instance of Derby may have already booted the database." */
	private static final String ALREADY_BOOTED = "XSDB6"; //$NON-NLS-1$
	/** A page or the log could not be written ("please check if the disk is full"); a read-only database. */
	private static final Set<String> CANNOT_WRITE = Set.of("XSDG1", "XSLA4", "XSLA0", "25502"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	/** What the operating system says (ENOSPC, EDQUOT), as Derby passes it on. */
	private static final Set<String> NO_SPACE = Set.of("No space left on device", "Disk quota exceeded"); //$NON-NLS-1$ //$NON-NLS-2$
	private static final String READ_ONLY = "25502"; //$NON-NLS-1$
	private static final String UNIQUE_VIOLATION = "23505"; //$NON-NLS-1$
	private static final Pattern QUOTED_NAME = Pattern.compile("'([A-Z][A-Z0-9_]*)'"); //$NON-NLS-1$

	private DerbyErrors() {
	}

	/** Derby's "duplicate key value in a unique or primary key constraint or unique index". */
	static boolean isUniqueViolation(SQLException failure) {
		for (Throwable cause = failure; cause != null; cause = next(cause)) {
			if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	/** Derby names the constraint in its message only, quoted: "... identified by 'CASES_CASE_NUMBER_UNIQUE' defined on ...". */
	static Optional<String> violatedConstraint(SQLException failure) {
		for (Throwable cause = failure; cause != null; cause = next(cause)) {
			if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState()) && sql.getMessage() != null) {
				Matcher name = QUOTED_NAME.matcher(sql.getMessage());
				if (name.find()) {
					return Optional.of(name.group(1));
				}
			}
		}
		return Optional.empty();
	}

	static boolean isDatabaseInUse(SQLException failure) {
		for (Throwable cause = failure; cause != null; cause = next(cause)) {
			if (cause instanceof SQLException sql && ALREADY_BOOTED.equals(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	/** True when nothing could be written because the disk of the database is full. */
	static boolean isDiskFull(Throwable failure, Path database) {
		boolean cannotWrite = false;
		for (Throwable cause = failure; cause != null; cause = next(cause)) {
			if (cause instanceof IOException && cause.getMessage() != null && NO_SPACE.stream().anyMatch(cause.getMessage()::contains)) {
				return true;
			}
			cannotWrite |= cause instanceof SQLException sql && CANNOT_WRITE.contains(sql.getSQLState());
		}
		return cannotWrite && DiskSpace.isFull(database);
	}

	/**
	 * Refuses a database Derby booted read-only, as it does when it cannot write its lock file (a full disk). Such a
	 * database skips recovery, so it may show changes a failed transaction left half made; it is shut down at once,
	 * and the next connection boots it properly once the disk has room again.
	 */
	static void refuseReadOnly(Connection connection, Path database) throws SQLException {
		if (connection.getMetaData().isReadOnly()) {
			DerbyDialect.shutdown(database.toString());
			throw new SQLException("The database " + database + " was booted read-only", READ_ONLY); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private static Throwable next(Throwable cause) {
		if (cause instanceof SQLException sql && sql.getNextException() != null) {
			return sql.getNextException();
		}
		return cause.getCause() == cause ? null : cause.getCause();
	}
}
