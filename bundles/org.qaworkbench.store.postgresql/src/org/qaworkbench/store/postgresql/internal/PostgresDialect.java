package org.qaworkbench.store.postgresql.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.qaworkbench.core.store.StoreException;
import org.qaworkbench.store.jdbc.Dialect;

/** A team database on a PostgreSQL server (15 or newer): what differs from the portable store. */
final class PostgresDialect implements Dialect {

	/**
	 * The key of the advisory lock migrations hold, the same for every workstation: "QAWB" in ASCII. Taken with
	 * pg_advisory_xact_lock, it is released when the transaction ends, even when the workstation dies.
	 */
	static final long MIGRATION_LOCK = 0x51415742L;

	private static final String UNIQUE_VIOLATION = "23505"; //$NON-NLS-1$
	private static final String DISK_FULL = "53100"; //$NON-NLS-1$
	/** Class 08 (connection exception) and the server shutting down or starting: the work may be tried again. */
	private static final String CONNECTION_CLASS = "08"; //$NON-NLS-1$
	private static final Set<String> SERVER_GOING = Set.of("57P01", "57P02", "57P03"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private final ServerAddress address;
	private final ConnectionPool pool;

	PostgresDialect(ServerAddress address, ConnectionPool pool) {
		this.address = address;
		this.pool = pool;
	}

	@Override
	public String engine() {
		return "postgresql"; //$NON-NLS-1$
	}

	@Override
	public String nextIdQuery() {
		return "SELECT nextval('record_ids')"; //$NON-NLS-1$
	}

	@Override
	public String nextIdExpression() {
		return "nextval('record_ids')"; //$NON-NLS-1$
	}

	@Override
	public Optional<String> returningClause(String quotedIdColumn) {
		return Optional.of(" RETURNING " + quotedIdColumn); //$NON-NLS-1$
	}

	/** The driver sends the queries of one statement together and the server answers them in one reply. */
	@Override
	public boolean queriesInOneStatement() {
		return true;
	}

	@Override
	public String largeTextType() {
		return "TEXT"; //$NON-NLS-1$
	}

	/** PostgreSQL folds unquoted names to lower case. */
	@Override
	public String catalogName(String unquotedName) {
		return unquotedName.toLowerCase(Locale.ROOT);
	}

	@Override
	public Failure classify(SQLException failure) {
		for (Throwable cause = failure; cause != null; cause = next(cause)) {
			if (cause instanceof IOException) {
				return Failure.CONNECTION_LOST;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null) {
				String state = sql.getSQLState();
				if (state.equals(UNIQUE_VIOLATION)) {
					return Failure.UNIQUE_VIOLATION;
				}
				if (state.startsWith(CONNECTION_CLASS) || SERVER_GOING.contains(state)) {
					return Failure.CONNECTION_LOST;
				}
				if (state.equals(DISK_FULL)) {
					return Failure.DISK_FULL;
				}
			}
		}
		return Failure.OTHER;
	}

	/** The server names the constraint in its error report; the scripts created it unquoted, so it is lower case. */
	@Override
	public Optional<String> violatedConstraint(SQLException failure) {
		for (Throwable cause = failure; cause != null; cause = next(cause)) {
			if (cause instanceof PSQLException psql) {
				ServerErrorMessage message = psql.getServerErrorMessage();
				if (message != null && message.getConstraint() != null) {
					return Optional.of(message.getConstraint().toUpperCase(Locale.ROOT));
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * Nothing to check per unit of work: a server that cannot write refuses the statement itself (a standby with
	 * 25006, a full disk with 53100), and the transaction rolls back. A standby is refused at open already.
	 */
	@Override
	public void refuseUnwritable(Connection connection) {
		// see above
	}

	@Override
	public void lockForMigration(Connection connection) throws SQLException {
		try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) { //$NON-NLS-1$
			lock.setLong(1, MIGRATION_LOCK);
			lock.execute();
		}
	}

	@Override
	public String describe() {
		return address.describe();
	}

	/**
	 * Reads every row of every table of the schema: the server checks each page as it reads it (its checksum, when
	 * the cluster was made with checksums), so a damaged table fails here, named.
	 */
	@Override
	public void check(DataSource dataSource, Path dataFolder) throws StoreException {
		try (Connection connection = dataSource.getConnection()) {
			List<String> tables = new ArrayList<>();
			try (ResultSet rows = connection.getMetaData().getTables(null, connection.getSchema(), "%", new String[] { "TABLE" })) { //$NON-NLS-1$ //$NON-NLS-2$
				while (rows.next()) {
					tables.add(rows.getString("TABLE_NAME")); //$NON-NLS-1$
				}
			}
			for (String table : tables) {
				try (Statement statement = connection.createStatement();
						ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM \"" + table.replace("\"", "\"\"") + "\"")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					count.next();
				} catch (SQLException e) {
					throw StoreException.damaged(dataFolder, table.toUpperCase(Locale.ROOT), e.getMessage(), e);
				}
			}
		} catch (SQLException e) {
			throw StoreException.failedOnServer(dataFolder, describe(), e);
		}
	}

	/** A team database is backed up on the server, with PostgreSQL's own tools. */
	@Override
	public Path backup(DataSource dataSource, Path dataFolder, Path folder) throws StoreException {
		throw StoreException.backupOnServer(dataFolder, describe());
	}

	@Override
	public void close() {
		pool.close();
	}

	private static Throwable next(Throwable cause) {
		if (cause instanceof SQLException sql && sql.getNextException() != null && sql.getNextException() != cause) {
			return sql.getNextException();
		}
		return cause.getCause() == cause ? null : cause.getCause();
	}
}
