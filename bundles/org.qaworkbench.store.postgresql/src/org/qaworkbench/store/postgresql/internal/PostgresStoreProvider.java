package org.qaworkbench.store.postgresql.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;

import org.postgresql.ds.PGSimpleDataSource;
import org.qaworkbench.core.identity.Credentials;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.store.StoreException;
import org.qaworkbench.core.store.StoreInfo;
import org.qaworkbench.core.store.StoreLocation;
import org.qaworkbench.core.store.StoreProvider;
import org.qaworkbench.store.jdbc.Dialect.Failure;
import org.qaworkbench.store.jdbc.JdbcStores;
import org.qaworkbench.store.jdbc.NewerSchemaException;

/**
 * Opens a team database on a PostgreSQL server, {@code postgresql://host:port/database}, migrating its schema
 * (once, however many workstations start at the same moment: see {@link PostgresDialect#lockForMigration}).
 */
public final class PostgresStoreProvider implements StoreProvider {

	static final String SCHEME = "postgresql"; //$NON-NLS-1$
	/** Enough for the threads of one workstation; a server's default max_connections (100) serves several. */
	static final int MAX_CONNECTIONS = 20;
	private static final int CONNECT_TIMEOUT_SECONDS = 10;
	/** SQLState of "permission denied": a login that may not change the schema. */
	private static final String INSUFFICIENT_PRIVILEGE = "42501"; //$NON-NLS-1$

	@Override
	public boolean opens(StoreLocation location) {
		return SCHEME.equals(location.scheme());
	}

	@Override
	public Store open(Path dataFolder) throws StoreException {
		return open(StoreLocation.resolve(dataFolder));
	}

	@Override
	public Store open(StoreLocation location) throws StoreException {
		Path dataFolder = location.dataFolder();
		if (!opens(location)) {
			throw StoreException.noEngine(dataFolder, location.describe());
		}
		ServerAddress address = ServerAddress.of(location.server().orElseThrow(), System::getenv);
		PGSimpleDataSource server;
		try {
			server = dataSource(address);
		} catch (SQLException e) {
			throw StoreException.failedOnServer(dataFolder, address.describe(), e);
		}
		ConnectionPool pool = new ConnectionPool(server, MAX_CONNECTIONS);
		PostgresDialect dialect = new PostgresDialect(address, pool);
		try (Connection connection = pool.getConnection()) {
			refuseStandby(connection);
			migrate(connection, dialect, dataFolder, address);
			StoreInfo info = new StoreInfo(dataFolder, address.jdbcUrl(), JdbcStores.schemaVersion(connection), createdAt(connection));
			return JdbcStores.open(pool, dialect, info, store -> new ServerAccounts(dataFolder, address.describe()));
		} catch (StoreException e) {
			pool.close();
			throw e;
		} catch (NewerSchemaException e) {
			pool.close();
			throw StoreException.newerSchemaOnServer(dataFolder, address.describe(), e.found(), e.known());
		} catch (SQLException e) {
			pool.close();
			if (dialect.classify(e) == Failure.CONNECTION_LOST || isLoginRefused(e)) {
				throw StoreException.unreachable(dataFolder, address.describe(), firstLine(e), e);
			}
			throw StoreException.failedOnServer(dataFolder, address.describe(), e);
		}
	}

	/**
	 * For now the workstation connects as it always has (the server address's login): connecting as each person's
	 * own login role, and refusing a wrong password, comes with the PostgreSQL accounts (issue 10, PostgreSQL part).
	 */
	@Override
	public Store open(StoreLocation location, Credentials who) throws StoreException {
		return open(location);
	}

	/** Team accounts are login roles made on the server, never by a workstation. */
	@Override
	public Store createFirstAdministrator(StoreLocation location, String fullName, Credentials who) throws StoreException {
		throw StoreException.accountsOnServer(location.dataFolder(), location.describe());
	}

	/** Login roles are made on the server by qa server init and its administrator, never here. */
	@Override
	public boolean needsFirstAdministrator(StoreLocation location) {
		return false;
	}

	@Override
	public void restore(Path dataFolder, Path backup, Credentials who) throws StoreException {
		restore(dataFolder, backup);
	}

	/**
	 * Brings the schema up to date. A workstation's login (qa server init's app role) may not change the schema: when
	 * the database is behind this QA Workbench, that is refused as the administrator's job, naming both versions.
	 */
	private static void migrate(Connection connection, PostgresDialect dialect, Path dataFolder, ServerAddress address)
			throws SQLException, NewerSchemaException, StoreException {
		try {
			JdbcStores.migrate(connection, dialect, connection.getMetaData().getUserName());
		} catch (SQLException e) {
			if (!INSUFFICIENT_PRIVILEGE.equals(e.getSQLState())) {
				throw e;
			}
			int found = JdbcStores.schemaVersion(connection);
			if (found >= JdbcStores.latestSchemaVersion()) {
				throw e;
			}
			throw StoreException.olderSchemaOnServer(dataFolder, address.describe(), found, JdbcStores.latestSchemaVersion());
		}
	}

	/** Class 28 (invalid authorisation) and 3D000 (no such database): the server is there but will not have us. */
	private static boolean isLoginRefused(SQLException e) {
		String state = e.getSQLState();
		return state != null && (state.startsWith("28") || state.equals("3D000")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String firstLine(SQLException e) {
		String message = e.getMessage() == null ? e.getSQLState() : e.getMessage();
		return message.lines().findFirst().orElse(message).strip().replaceFirst("\\.$", ""); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** A standby (read-only replica) would refuse every save: it is no place for a team to work. */
	private static void refuseStandby(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery("SELECT pg_is_in_recovery()")) { //$NON-NLS-1$
			result.next();
			if (result.getBoolean(1)) {
				throw new SQLException("the server is a read-only standby; connect to the primary", "25006"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

	/** The address's parameters go to the driver as they are; one it does not know is refused by name. */
	private static PGSimpleDataSource dataSource(ServerAddress address) throws SQLException {
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setServerNames(new String[] { address.host() });
		dataSource.setPortNumbers(new int[] { address.port() });
		dataSource.setDatabaseName(address.database());
		dataSource.setUser(address.user());
		if (address.password() != null) {
			dataSource.setPassword(address.password());
		}
		dataSource.setConnectTimeout(CONNECT_TIMEOUT_SECONDS);
		dataSource.setApplicationName("QA Workbench"); //$NON-NLS-1$
		for (Map.Entry<String, String> parameter : address.parameters().entrySet()) {
			dataSource.setProperty(parameter.getKey(), parameter.getValue());
		}
		return dataSource;
	}

	private static Instant createdAt(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT CREATED_AT FROM INSTALLATION")) { //$NON-NLS-1$
			result.next();
			return result.getTimestamp(1).toInstant();
		}
	}

	/** A team database is restored on its server, with PostgreSQL's own tools. */
	@Override
	public void restore(Path dataFolder, Path backup) throws StoreException {
		throw StoreException.restoreOnServer(dataFolder, StoreLocation.resolve(dataFolder).describe());
	}
}
