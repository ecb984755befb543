package org.qaworkbench.store.derby.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.store.StoreException;
import org.qaworkbench.core.store.StoreInfo;
import org.qaworkbench.core.store.StoreLocation;
import org.qaworkbench.core.store.StoreProvider;
import org.qaworkbench.store.derby.internal.ConsistencyCheck.Damage;
import org.qaworkbench.store.jdbc.JdbcStores;
import org.qaworkbench.store.jdbc.NewerSchemaException;

/**
 * Opens the embedded Derby database in {@code <data folder>/db}, creating it on first use and migrating its
 * schema. Embedded Derby lets one process at a time open a database; a second process is told so clearly.
 */
public final class DerbyStoreProvider implements StoreProvider {

	static final String DATABASE_FOLDER = "db"; //$NON-NLS-1$
	private static final String DERBY_LOG = "derby.log"; //$NON-NLS-1$

	/** Derby opens the embedded database of a data folder: no server is configured. */
	@Override
	public boolean opens(StoreLocation location) {
		return location.isEmbedded();
	}

	@Override
	public Store open(Path dataFolder) throws StoreException {
		ensureWritable(dataFolder);
		routeDerbyLogTo(dataFolder);
		Path database = dataFolder.resolve(DATABASE_FOLDER);
		EmbeddedDataSource dataSource = new EmbeddedDataSource();
		dataSource.setDatabaseName(database.toString());
		try {
			NewDatabase.createIfMissing(dataFolder, database);
		} catch (SQLException e) {
			throw DerbyErrors.isDiskFull(e, database) ? StoreException.diskFull(dataFolder, e) : StoreException.failed(dataFolder, e);
		}
		DerbyDialect dialect = new DerbyDialect(database);
		try (Connection connection = dataSource.getConnection()) {
			dialect.refuseUnwritable(connection);
			JdbcStores.migrate(connection, dialect, System.getProperty("user.name")); //$NON-NLS-1$
			StoreInfo info = new StoreInfo(dataFolder, DerbyDialect.URL_PREFIX + dataSource.getDatabaseName(),
					JdbcStores.schemaVersion(connection), createdAt(connection));
			return JdbcStores.open(dataSource, dialect, info);
		} catch (NewerSchemaException e) {
			DerbyDialect.shutdown(dataSource.getDatabaseName());
			throw StoreException.newerSchema(dataFolder, e.found(), e.known());
		} catch (SQLException e) {
			if (DerbyErrors.isDatabaseInUse(e)) {
				throw StoreException.inUse(dataFolder, e);
			}
			DerbyDialect.shutdown(dataSource.getDatabaseName());
			throw DerbyErrors.isDiskFull(e, database) ? StoreException.diskFull(dataFolder, e) : StoreException.failed(dataFolder, e);
		}
	}

	/** The data source of an open Derby store, for benchmarks and tests in this bundle. */
	public static javax.sql.DataSource dataSourceOf(Store store) {
		return JdbcStores.dataSourceOf(store);
	}

	@Override
	public void restore(Path dataFolder, Path backup) throws StoreException {
		Path source = backup.toAbsolutePath().resolve(DATABASE_FOLDER);
		if (!Files.isRegularFile(source.resolve("service.properties"))) { //$NON-NLS-1$
			throw StoreException.notABackup(dataFolder, backup);
		}
		ensureWritable(dataFolder);
		routeDerbyLogTo(dataFolder);
		Path database = dataFolder.resolve(DATABASE_FOLDER);
		Path restoring = dataFolder.resolve(DATABASE_FOLDER + ".restoring"); //$NON-NLS-1$
		Path previous = dataFolder.resolve(DATABASE_FOLDER + ".before-restore-" + System.currentTimeMillis()); //$NON-NLS-1$
		refuseIfInUse(dataFolder, database);
		// Left by a restore that was interrupted before its swap: never in place, and in the way of this one.
		deleteQuietly(restoring);
		// Restore beside the database, open and check the copy, then swap: an unusable or damaged backup leaves
		// the database as it was.
		EmbeddedDataSource copy = new EmbeddedDataSource();
		copy.setDatabaseName(restoring.toString());
		copy.setConnectionAttributes("createFrom=" + source); //$NON-NLS-1$
		Optional<Damage> damage;
		Connection connection = null;
		try {
			connection = copy.getConnection();
			JdbcStores.schemaVersion(connection);
			damage = ConsistencyCheck.of(connection);
		} catch (SQLException e) {
			discard(restoring, connection);
			throw StoreException.backupDamaged(dataFolder, backup, null, ConsistencyCheck.detail(e), e);
		}
		if (damage.isPresent()) {
			discard(restoring, connection);
			throw StoreException.backupDamaged(dataFolder, backup, damage.get().table(), damage.get().detail(), damage.get().cause());
		}
		DerbyDialect.closeAfterCheck(connection);
		DerbyDialect.shutdown(restoring.toString());
		try {
			if (Files.exists(database)) {
				Files.move(database, previous);
			}
			Files.move(restoring, database);
		} catch (IOException e) {
			throw StoreException.failed(dataFolder, e);
		}
	}

	/** Boots the database briefly: embedded Derby refuses a second process, which is what we need to know. */
	private static void refuseIfInUse(Path dataFolder, Path database) throws StoreException {
		if (!Files.isDirectory(database)) {
			return;
		}
		EmbeddedDataSource probe = new EmbeddedDataSource();
		probe.setDatabaseName(database.toString());
		try (Connection connection = probe.getConnection()) {
			// booted: nobody else has it
		} catch (SQLException e) {
			if (DerbyErrors.isDatabaseInUse(e)) {
				throw StoreException.inUse(dataFolder, e);
			}
			throw StoreException.failed(dataFolder, e);
		} finally {
			DerbyDialect.shutdown(database.toString());
		}
	}

	/** Drops the copy of a backup that cannot be used. */
	private static void discard(Path restoring, Connection connection) {
		if (connection != null) {
			DerbyDialect.closeAfterCheck(connection);
		}
		DerbyDialect.shutdown(restoring.toString());
		deleteQuietly(restoring);
	}

	private static void deleteQuietly(Path folder) {
		try (var paths = Files.walk(folder)) {
			paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		} catch (IOException e) {
			// nothing was moved into place; a leftover folder is harmless
		}
	}

	/**
	 * Creates the folder and proves it writable by writing to it: permission bits do not tell the whole story, and
	 * an empty file can still be made on a full disk, a byte cannot.
	 */
	private static void ensureWritable(Path dataFolder) throws StoreException {
		try {
			Files.createDirectories(dataFolder);
			Path check = Files.createTempFile(dataFolder, ".write-check", null); //$NON-NLS-1$
			try {
				Files.write(check, new byte[] { 1 });
			} finally {
				Files.delete(check);
			}
		} catch (IOException | SecurityException e) {
			throw DerbyErrors.isDiskFull(e, dataFolder.resolve(DATABASE_FOLDER)) ? StoreException.diskFull(dataFolder, e)
					: StoreException.folderNotWritable(dataFolder, e);
		}
	}

	/** Keeps derby.log beside the database, and appends so that an earlier failure is not overwritten. */
	private static void routeDerbyLogTo(Path dataFolder) {
		if (System.getProperty("derby.stream.error.file") == null) { //$NON-NLS-1$
			System.setProperty("derby.stream.error.file", dataFolder.resolve(DERBY_LOG).toString()); //$NON-NLS-1$
			System.setProperty("derby.infolog.append", "true"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private static Instant createdAt(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT CREATED_AT FROM INSTALLATION")) { //$NON-NLS-1$
			result.next();
			return result.getTimestamp(1).toInstant();
		}
	}
}
