package org.qaworkbench.store.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;

import org.qaworkbench.core.store.StoreFailureException;
import org.qaworkbench.store.jdbc.Dialect.Failure;

/**
 * All or nothing: a unit of work commits as a whole or rolls back, whatever it throws. Each unit takes its own
 * connection (from a pool, on a server), so a store can be used from any thread.
 */
final class Transactions {

	/** Work on a connection inside a transaction. */
	@FunctionalInterface
	interface Work<T, X extends Exception> {
		T run(Connection connection) throws SQLException, X;
	}

	private Transactions() {
	}

	static <T, X extends Exception> T run(Database database, Work<T, X> work) throws X {
		try (Connection connection = database.dataSource().getConnection()) {
			database.dialect().refuseUnwritable(connection);
			connection.setAutoCommit(false);
			try {
				T result = work.run(connection);
				connection.commit();
				return result;
			} catch (Throwable failure) {
				rollback(connection, failure);
				throw failure;
			}
		} catch (SQLException e) {
			throw failure(database, e);
		}
	}

	/** A failure that shut the database down (a full disk) also fails the rollback: report the first failure. */
	private static void rollback(Connection connection, Throwable failure) {
		try {
			connection.rollback();
		} catch (SQLException e) {
			failure.addSuppressed(e);
		}
	}

	/** Reads outside a transaction of the caller's, but with a consistent view of one statement at a time. */
	static <T> T read(Database database, Work<T, RuntimeException> work) {
		return run(database, work);
	}

	/**
	 * The failure of a unit of work as the user should hear it. The transaction was rolled back (or never reached
	 * the server), so nothing of the unit is stored.
	 */
	static StoreFailureException failure(Database database, SQLException e) {
		Failure failure = database.dialect().classify(e);
		database.dialect().afterFailure(failure);
		return switch (failure) {
		case DISK_FULL -> StoreFailureException.diskFull(database.dataFolder(), e);
		case CONNECTION_LOST -> StoreFailureException.connectionLost(database.dialect().describe(), e);
		default -> new StoreFailureException("The database failed: " + e.getMessage(), e); //$NON-NLS-1$
		};
	}
}
