package org.qaworkbench.store.derby.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.qaworkbench.core.store.StoreException;
import org.qaworkbench.store.derby.internal.ConsistencyCheck.Damage;
import org.qaworkbench.store.jdbc.Dialect;

/** Embedded Derby in a data folder's {@code db}: what differs from the portable store. */
final class DerbyDialect implements Dialect {

	static final String URL_PREFIX = "jdbc:derby:"; //$NON-NLS-1$

	private final Path database;

	DerbyDialect(Path database) {
		this.database = database;
	}

	@Override
	public String engine() {
		return "derby"; //$NON-NLS-1$
	}

	@Override
	public String nextIdQuery() {
		return "VALUES NEXT VALUE FOR RECORD_IDS"; //$NON-NLS-1$
	}

	@Override
	public String nextIdExpression() {
		return "NEXT VALUE FOR RECORD_IDS"; //$NON-NLS-1$
	}

	@Override
	public String largeTextType() {
		return "CLOB"; //$NON-NLS-1$
	}

	/** Derby keeps unquoted names in upper case, as the SQL standard says. */
	@Override
	public String catalogName(String unquotedName) {
		return unquotedName.toUpperCase(Locale.ROOT);
	}

	@Override
	public Failure classify(SQLException failure) {
		if (DerbyErrors.isUniqueViolation(failure)) {
			return Failure.UNIQUE_VIOLATION;
		}
		if (DerbyErrors.isDatabaseInUse(failure)) {
			return Failure.IN_USE;
		}
		return DerbyErrors.isDiskFull(failure, database) ? Failure.DISK_FULL : Failure.OTHER;
	}

	@Override
	public Optional<String> violatedConstraint(SQLException failure) {
		return DerbyErrors.violatedConstraint(failure);
	}

	@Override
	public void refuseUnwritable(Connection connection) throws SQLException {
		DerbyErrors.refuseReadOnly(connection, database);
	}

	/**
	 * Embedded Derby has one process at a time in a database, and {@link NewDatabase} creates it under a file lock;
	 * the table lock keeps threads of that process that open stores at once from migrating twice.
	 */
	@Override
	public void lockForMigration(Connection connection) throws SQLException {
		try (ResultSet tables = connection.getMetaData().getTables(null, connection.getSchema(), "SCHEMA_VERSION", null)) { //$NON-NLS-1$
			if (!tables.next()) {
				return;
			}
		}
		try (Statement lock = connection.createStatement()) {
			lock.execute("LOCK TABLE SCHEMA_VERSION IN EXCLUSIVE MODE"); //$NON-NLS-1$
		}
	}

	/** A full disk leaves Derby shut down or read-only: shut down, the next unit of work boots it again. */
	@Override
	public void afterFailure(Failure failure) {
		if (failure == Failure.DISK_FULL) {
			shutdown(database.toString());
		}
	}

	@Override
	public String describe() {
		return database.toString();
	}

	@Override
	public void check(DataSource dataSource, Path dataFolder) throws StoreException {
		Optional<Damage> damage = damage(dataSource, dataFolder);
		if (damage.isPresent()) {
			throw StoreException.damaged(dataFolder, damage.get().table(), damage.get().detail(), damage.get().cause());
		}
	}

	/**
	 * Checks before copying: a damaged database must never be reported as backed up, and the refusal names the
	 * damaged table rather than whatever the copy happened to trip over.
	 */
	@Override
	public Path backup(DataSource dataSource, Path dataFolder, Path folder) throws StoreException {
		Optional<Damage> damage = damage(dataSource, dataFolder);
		if (damage.isPresent()) {
			throw StoreException.damagedNotBackedUp(dataFolder, damage.get().table(), damage.get().detail(), damage.get().cause());
		}
		try (Connection connection = dataSource.getConnection();
				CallableStatement backup = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) { //$NON-NLS-1$
			backup.setString(1, folder.toAbsolutePath().toString());
			backup.execute();
			// An encrypted copy is read with a key unwrapped from the accounts as they were: they travel with it.
			if (Keyring.exists(dataFolder) && Encryption.isEncrypted(database)) {
				Keyring.copy(dataFolder, folder.toAbsolutePath());
			}
		} catch (SQLException e) {
			afterFailure(classify(e));
			throw StoreException.failed(dataFolder, e);
		} catch (IOException e) {
			throw StoreException.failed(dataFolder, e);
		}
		return folder.toAbsolutePath().resolve(DerbyStoreProvider.DATABASE_FOLDER);
	}

	private static Optional<Damage> damage(DataSource dataSource, Path dataFolder) throws StoreException {
		Connection connection;
		try {
			connection = dataSource.getConnection();
		} catch (SQLException e) {
			throw StoreException.failed(dataFolder, e);
		}
		try {
			return ConsistencyCheck.of(connection);
		} catch (SQLException e) {
			throw StoreException.failed(dataFolder, e);
		} finally {
			closeAfterCheck(connection);
		}
	}

	/** Closing shuts the database down, which releases its lock for other processes. */
	@Override
	public void close() {
		shutdown(database.toString());
	}

	/** After a damaged page Derby has shut the database down and the connection is gone already. */
	static void closeAfterCheck(Connection connection) {
		try {
			connection.close();
		} catch (SQLException gone) {
			// nothing left to release
		}
	}

	/** Derby reports a clean shutdown as an exception with SQLState 08006. */
	static void shutdown(String databaseName) {
		EmbeddedDataSource shutdown = new EmbeddedDataSource();
		shutdown.setDatabaseName(databaseName);
		shutdown.setShutdownDatabase("shutdown"); //$NON-NLS-1$
		try {
			shutdown.getConnection().close();
		} catch (SQLException expected) {
			// 08006 is the normal answer; anything else means the database was not booted.
		}
	}
}
