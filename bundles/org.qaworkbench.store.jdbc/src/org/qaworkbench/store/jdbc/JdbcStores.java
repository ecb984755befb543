package org.qaworkbench.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;

import javax.sql.DataSource;

import org.qaworkbench.core.domain.DomainStore;
import org.qaworkbench.core.identity.Accounts;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.store.StoreInfo;
import org.qaworkbench.store.jdbc.internal.JdbcStore;
import org.qaworkbench.store.jdbc.internal.SchemaMigrator;

/** What an engine bundle needs of the portable store: migrating a database and opening a store on it. */
public final class JdbcStores {

	private JdbcStores() {
	}

	/**
	 * Brings the schema up to date with the bundled scripts, each version in one transaction under the dialect's
	 * migration lock. Returns the version found before migrating.
	 */
	public static int migrate(Connection connection, Dialect dialect, String actor) throws SQLException, NewerSchemaException {
		return SchemaMigrator.bundled().migrate(connection, dialect, actor);
	}

	/** The version the bundled scripts bring a database to. */
	public static int latestSchemaVersion() {
		return SchemaMigrator.bundled().latestVersion();
	}

	public static int schemaVersion(Connection connection) throws SQLException {
		return SchemaMigrator.currentVersion(connection);
	}

	/**
	 * A store on a migrated database; closing it {@linkplain Dialect#close() closes} the dialect. {@code accounts}
	 * makes the engine's {@link Accounts} for the store (they may read its staff list).
	 */
	public static Store open(DataSource dataSource, Dialect dialect, StoreInfo info, Function<Store, Accounts> accounts) {
		return new JdbcStore(dataSource, dialect, info, accounts);
	}

	/** The data source of an open store, for benchmarks and tests that look behind the API. */
	public static DataSource dataSourceOf(Store store) {
		return ((JdbcStore) DomainStore.engineOf(store)).dataSource();
	}
}
