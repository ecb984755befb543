package org.qaworkbench.store.derby.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.qaworkbench.core.store.StoreException;
import org.qaworkbench.store.jdbc.JdbcStores;
import org.qaworkbench.store.jdbc.NewerSchemaException;

/**
 * Creates the database of a data folder so that no crash leaves half of one behind: it is made and migrated in
 * {@value #CREATING} beside its place, shut down, then renamed into place in one step. What a process killed part
 * way left in {@value #CREATING} never held anything, so it is deleted and the database made again. One process
 * at a time creates, under a file lock; another is told the database is in use, as it is once the first opens it.
 */
final class NewDatabase {

	static final String CREATING = DerbyStoreProvider.DATABASE_FOLDER + ".creating"; //$NON-NLS-1$
	private static final String LOCK = CREATING + ".lock"; //$NON-NLS-1$

	private NewDatabase() {
	}

	/**
	 * Creates {@code database} unless it exists; returns when it does. With a {@code key} it is encrypted with it
	 * from its first page; without one (opened without anyone signing in) it is not.
	 */
	static void createIfMissing(Path dataFolder, Path database, byte[] key) throws StoreException, SQLException {
		if (Files.isDirectory(database)) {
			return;
		}
		Path lockFile = dataFolder.resolve(LOCK);
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE); FileLock lock = tryLock(channel)) {
			if (lock == null) {
				throw StoreException.inUse(dataFolder, null);
			}
			if (!Files.isDirectory(database)) {
				create(dataFolder.resolve(CREATING), database, key);
			}
			// Removed while still locked: a process that opened it before sees the database once it has the lock.
			Files.deleteIfExists(lockFile);
		} catch (IOException e) {
			throw StoreException.folderNotWritable(dataFolder, e);
		}
	}

	private static FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock();
		} catch (OverlappingFileLockException e) {
			return null; // this process is creating it already, on another thread
		}
	}

	private static void create(Path creating, Path database, byte[] key) throws SQLException, IOException {
		deleteLeftover(creating);
		EmbeddedDataSource dataSource = new EmbeddedDataSource();
		dataSource.setDatabaseName(creating.toString());
		dataSource.setCreateDatabase("create"); //$NON-NLS-1$
		if (key != null) {
			dataSource.setConnectionAttributes(Encryption.encrypt(key));
		}
		try (Connection connection = dataSource.getConnection()) {
			JdbcStores.migrate(connection, new DerbyDialect(creating), System.getProperty("user.name")); //$NON-NLS-1$
		} catch (NewerSchemaException e) {
			throw new IllegalStateException("a database made just now cannot be newer than this version", e); //$NON-NLS-1$
		} finally {
			DerbyDialect.shutdown(creating.toString());
		}
		Files.move(creating, database, StandardCopyOption.ATOMIC_MOVE);
	}

	private static void deleteLeftover(Path creating) throws IOException {
		if (!Files.exists(creating)) {
			return;
		}
		try (var paths = Files.walk(creating)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
