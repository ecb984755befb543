package org.qaworkbench.store.derby.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.qaworkbench.core.domain.DomainStore;
import org.qaworkbench.core.identity.Credentials;
import org.qaworkbench.core.identity.FirstAdministrator;
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
	private static final String FIRST_ADMINISTRATOR_LOCK = "keyring.lock"; //$NON-NLS-1$
	/** Where the backup taken before encrypting an old database goes, in the data folder. */
	static final String BACKUPS = "backups"; //$NON-NLS-1$
	private static final String DERBY_LOG = "derby.log"; //$NON-NLS-1$

	/** Derby opens the embedded database of a data folder: no server is configured. */
	@Override
	public boolean opens(StoreLocation location) {
		return location.isEmbedded();
	}

	/**
	 * Opens without anyone signing in: only a database from before accounts (no keyring, not encrypted), as the
	 * workbench does until it signs in. An encrypted database is refused: nothing opens it without a password.
	 */
	@Override
	public Store open(Path dataFolder) throws StoreException {
		if (Keyring.exists(dataFolder)) {
			throw StoreException.signInNeeded(dataFolder);
		}
		return open(dataFolder, null, null);
	}

	/** Unwraps the database key with the person's password, then opens the database encrypted with it. */
	@Override
	public Store open(StoreLocation location, Credentials who) throws StoreException {
		Path dataFolder = location.dataFolder();
		if (needsFirstAdministrator(location)) {
			throw StoreException.noAccounts(dataFolder);
		}
		byte[] key = KeyringAccounts.unlock(dataFolder, Keyring.read(dataFolder, dataFolder), who);
		return openEncrypted(dataFolder, key);
	}

	/** A folder that cannot be written is refused as such first: no account would help there. */
	@Override
	public boolean needsFirstAdministrator(StoreLocation location) throws StoreException {
		Path dataFolder = location.dataFolder();
		ensureWritable(dataFolder);
		return !Keyring.exists(dataFolder) || Keyring.read(dataFolder, dataFolder).entries().isEmpty();
	}

	/**
	 * Writes the keyring with the first administrator's account, then opens (creating or encrypting) the database
	 * with a new random key and makes their StaffMember. An old unencrypted database is backed up first.
	 */
	@Override
	public Store createFirstAdministrator(StoreLocation location, String fullName, Credentials who) throws StoreException {
		Path dataFolder = location.dataFolder();
		ensureWritable(dataFolder);
		Store store;
		// One process at a time: two first starts at once must not each write a keyring with a key of its own.
		try (FileChannel channel = FileChannel.open(dataFolder.resolve(FIRST_ADMINISTRATOR_LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
				FileLock lock = tryLock(channel)) {
			if (lock == null) {
				throw StoreException.inUse(dataFolder, null);
			}
			if (!needsFirstAdministrator(location)) {
				throw StoreException.accountsExist(dataFolder);
			}
			byte[] key = WrappedKey.newDatabaseKey();
			Keyring keyring = Keyring.empty(dataFolder);
			keyring.put(who.userName(), new Keyring.Entry(WrappedKey.wrap(key, who.userName(), who.password()), false));
			keyring.write();
			store = openEncrypted(dataFolder, key);
		} catch (IOException e) {
			throw StoreException.folderNotWritable(dataFolder, e);
		}
		try {
			FirstAdministrator.enrol(DomainStore.over(store), fullName, who.userName());
		} catch (StoreException e) {
			store.close();
			throw e;
		}
		return store;
	}

	/**
	 * Opens the database with its key, creating it encrypted when missing. One still unencrypted (from before
	 * accounts, or put back from an old backup) is backed up into {@code backups} and then encrypted in place.
	 */
	private Store openEncrypted(Path dataFolder, byte[] key) throws StoreException {
		ensureWritable(dataFolder);
		routeDerbyLogTo(dataFolder);
		Path database = dataFolder.resolve(DATABASE_FOLDER);
		Path backup = null;
		try {
			if (Files.isDirectory(database) && !Encryption.isEncrypted(database)) {
				backup = backupBeforeEncryption(dataFolder, database);
				Encryption.encryptInPlace(database, key);
			}
		} catch (IOException e) {
			throw StoreException.failed(dataFolder, e);
		} catch (SQLException e) {
			if (DerbyErrors.isDatabaseInUse(e)) {
				throw StoreException.inUse(dataFolder, e);
			}
			throw DerbyErrors.isDiskFull(e, database) ? StoreException.diskFull(dataFolder, e) : StoreException.failed(dataFolder, e);
		}
		return open(dataFolder, key, backup);
	}

	/** Checks and copies the unencrypted database, as Store.backup does, into backups/before-encryption-TIME. */
	private static Path backupBeforeEncryption(Path dataFolder, Path database) throws StoreException {
		String time = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(LocalDateTime.now()); //$NON-NLS-1$
		Path folder = dataFolder.resolve(BACKUPS).resolve("before-encryption-" + time); //$NON-NLS-1$
		EmbeddedDataSource dataSource = new EmbeddedDataSource();
		dataSource.setDatabaseName(database.toString());
		try {
			return new DerbyDialect(database).backup(dataSource, dataFolder, folder).getParent();
		} finally {
			DerbyDialect.shutdown(database.toString());
		}
	}

	/** {@code key} null: an unencrypted database, opened without anyone signing in. */
	private Store open(Path dataFolder, byte[] key, Path backupBeforeEncryption) throws StoreException {
		ensureWritable(dataFolder);
		routeDerbyLogTo(dataFolder);
		Path database = dataFolder.resolve(DATABASE_FOLDER);
		EmbeddedDataSource dataSource = new EmbeddedDataSource();
		dataSource.setDatabaseName(database.toString());
		if (key != null) {
			dataSource.setConnectionAttributes(Encryption.boot(key));
		}
		try {
			NewDatabase.createIfMissing(dataFolder, database, key);
		} catch (SQLException e) {
			throw DerbyErrors.isDiskFull(e, database) ? StoreException.diskFull(dataFolder, e) : StoreException.failed(dataFolder, e);
		}
		DerbyDialect dialect = new DerbyDialect(database);
		try (Connection connection = dataSource.getConnection()) {
			dialect.refuseUnwritable(connection);
			JdbcStores.migrate(connection, dialect, System.getProperty("user.name")); //$NON-NLS-1$
			StoreInfo info = new StoreInfo(dataFolder, DerbyDialect.URL_PREFIX + dataSource.getDatabaseName(),
					JdbcStores.schemaVersion(connection), createdAt(connection), backupBeforeEncryption);
			return JdbcStores.open(dataSource, dialect, info, store -> new KeyringAccounts(dataFolder, store.records(), key));
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

	/** Restores a backup of an unencrypted database; an encrypted one needs someone to sign in. */
	@Override
	public void restore(Path dataFolder, Path backup) throws StoreException {
		if (isEncryptedBackup(dataFolder, backup)) {
			throw StoreException.signInNeeded(dataFolder);
		}
		restoreWithKey(dataFolder, backup, null);
	}

	/**
	 * Restores an encrypted backup with its own keyring (the accounts as they were then), unlocked by {@code who}: the
	 * database key, never rotated, is the same in every backup of an installation.
	 */
	@Override
	public void restore(Path dataFolder, Path backup, Credentials who) throws StoreException {
		if (!isEncryptedBackup(dataFolder, backup)) {
			restoreWithKey(dataFolder, backup, null);
			return;
		}
		Path folder = backup.toAbsolutePath();
		if (!Keyring.exists(folder)) {
			throw StoreException.notABackup(dataFolder, backup);
		}
		byte[] key = KeyringAccounts.unlock(dataFolder, Keyring.read(dataFolder, folder), who);
		Path previous = restoreWithKey(dataFolder, backup, key);
		try {
			// The replaced database opens only with the accounts it had: they are kept beside it.
			if (previous != null && Keyring.exists(dataFolder)) {
				Files.copy(Keyring.fileOf(dataFolder), dataFolder.resolve(previous.getFileName() + "." + Keyring.FILE)); //$NON-NLS-1$
			}
			Keyring.copy(folder, dataFolder);
		} catch (IOException e) {
			throw StoreException.failed(dataFolder, e);
		}
	}

	private static boolean isEncryptedBackup(Path dataFolder, Path backup) throws StoreException {
		Path source = backup.toAbsolutePath().resolve(DATABASE_FOLDER);
		if (!Files.isRegularFile(source.resolve("service.properties"))) { //$NON-NLS-1$
			throw StoreException.notABackup(dataFolder, backup);
		}
		try {
			return Encryption.isEncrypted(source);
		} catch (IOException e) {
			throw StoreException.notABackup(dataFolder, backup);
		}
	}

	/** {@code key} null: an unencrypted backup. Returns where the replaced database was kept, or null when there was none. */
	private Path restoreWithKey(Path dataFolder, Path backup, byte[] key) throws StoreException {
		Path source = backup.toAbsolutePath().resolve(DATABASE_FOLDER);
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
		copy.setConnectionAttributes("createFrom=" + source + (key == null ? "" : ";" + Encryption.boot(key))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
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
		boolean replacing = Files.exists(database);
		try {
			if (replacing) {
				Files.move(database, previous);
			}
			Files.move(restoring, database);
		} catch (IOException e) {
			throw StoreException.failed(dataFolder, e);
		}
		return replacing ? previous : null;
	}

	private static FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock();
		} catch (OverlappingFileLockException e) {
			return null; // this process is making the first administrator already, on another thread
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
			if (!isEncrypted(database)) { // an encrypted one does not boot without its key: nobody has it
				throw StoreException.failed(dataFolder, e);
			}
		} finally {
			DerbyDialect.shutdown(database.toString());
		}
	}

	private static boolean isEncrypted(Path database) {
		try {
			return Encryption.isEncrypted(database);
		} catch (IOException e) {
			return false;
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
