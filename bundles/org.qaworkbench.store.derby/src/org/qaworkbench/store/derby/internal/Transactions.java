package org.qaworkbench.store.derby.internal;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.qaworkbench.core.store.StoreFailureException;

/** All or nothing: a unit of work commits as a whole or rolls back, whatever it throws. */
final class Transactions {

	/** Work on a connection inside a transaction. */
	@FunctionalInterface
	interface Work<T, X extends Exception> {
		T run(Connection connection) throws SQLException, X;
	}

	private Transactions() {
	}

	static <T, X extends Exception> T run(DataSource dataSource, Work<T, X> work) throws X {
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try {
				T result = work.run(connection);
				connection.commit();
				return result;
			} catch (Throwable failure) {
				connection.rollback();
				throw failure;
			}
		} catch (SQLException e) {
			throw new StoreFailureException("The database failed: " + e.getMessage(), e); //$NON-NLS-1$
		}
	}

	/** Reads outside a transaction of the caller's, but with a consistent view of one statement at a time. */
	static <T> T read(DataSource dataSource, Work<T, RuntimeException> work) {
		return run(dataSource, work);
	}
}
