package org.qaworkbench.store.derby.internal;

import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.qaworkbench.core.queries.Queries;
import org.qaworkbench.core.store.Definitions;
import org.qaworkbench.core.store.Drafts;
import org.qaworkbench.core.store.History;
import org.qaworkbench.core.store.Records;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.store.StoreException;
import org.qaworkbench.core.store.StoreInfo;
import org.qaworkbench.core.validation.RecordValidator;
import org.qaworkbench.store.derby.internal.ConsistencyCheck.Damage;

/** An open embedded Derby database. Closing it shuts the database down, which releases its lock. */
final class DerbyStore implements Store {

	static final String URL_PREFIX = "jdbc:derby:"; //$NON-NLS-1$

	private final EmbeddedDataSource dataSource;
	private final StoreInfo info;
	private final DerbyDefinitions definitions;
	private final DerbyRecords records;
	private final HistoryLog history;
	private final DerbyDrafts drafts;
	private final SqlQueries queries;

	DerbyStore(EmbeddedDataSource dataSource, StoreInfo info) {
		this.dataSource = dataSource;
		this.info = info;
		this.definitions = new DerbyDefinitions(dataSource);
		this.records = new DerbyRecords(dataSource, new RecordValidator(definitions::shared));
		this.history = new HistoryLog(dataSource);
		this.drafts = new DerbyDrafts(dataSource);
		this.queries = new SqlQueries(dataSource);
	}

	@Override
	public StoreInfo info() {
		return info;
	}

	@Override
	public Records records() {
		return records;
	}

	@Override
	public Definitions definitions() {
		return definitions;
	}

	@Override
	public History history() {
		return history;
	}

	@Override
	public Drafts drafts() {
		return drafts;
	}

	@Override
	public Queries queries() {
		return queries;
	}

	DataSource dataSource() {
		return dataSource;
	}

	@Override
	public void check() throws StoreException {
		Optional<Damage> damage = damage();
		if (damage.isPresent()) {
			throw StoreException.damaged(info.dataFolder(), damage.get().table(), damage.get().detail(), damage.get().cause());
		}
	}

	/**
	 * Checks before copying: a damaged database must never be reported as backed up, and the refusal names the
	 * damaged table rather than whatever the copy happened to trip over.
	 */
	@Override
	public Path backup(Path folder) throws StoreException {
		Optional<Damage> damage = damage();
		if (damage.isPresent()) {
			throw StoreException.damagedNotBackedUp(info.dataFolder(), damage.get().table(), damage.get().detail(), damage.get().cause());
		}
		try {
			Transactions.read(dataSource, connection -> {
				try (CallableStatement backup = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) { //$NON-NLS-1$
					backup.setString(1, folder.toAbsolutePath().toString());
					backup.execute();
				}
				return null;
			});
		} catch (RuntimeException e) {
			throw StoreException.failed(info.dataFolder(), e.getCause() == null ? e : e.getCause());
		}
		return folder.toAbsolutePath().resolve(DerbyStoreProvider.DATABASE_FOLDER);
	}

	private Optional<Damage> damage() throws StoreException {
		Connection connection;
		try {
			connection = dataSource.getConnection();
		} catch (SQLException e) {
			throw StoreException.failed(info.dataFolder(), e);
		}
		try {
			return ConsistencyCheck.of(connection);
		} catch (SQLException e) {
			throw StoreException.failed(info.dataFolder(), e);
		} finally {
			closeAfterCheck(connection);
		}
	}

	/** After a damaged page Derby has shut the database down and the connection is gone already. */
	static void closeAfterCheck(Connection connection) {
		try {
			connection.close();
		} catch (SQLException gone) {
			// nothing left to release
		}
	}

	@Override
	public void close() {
		shutdown(dataSource.getDatabaseName());
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
