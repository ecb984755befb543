package org.qaworkbench.store.derby.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;

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
		Path database = Path.of(((EmbeddedDataSource) dataSource).getDatabaseName());
		try (Connection connection = dataSource.getConnection()) {
			DerbyErrors.refuseReadOnly(connection, database);
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
			throw DerbyErrors.failure(e, database);
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
	static <T> T read(DataSource dataSource, Work<T, RuntimeException> work) {
		return run(dataSource, work);
	}
}
