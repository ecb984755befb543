package org.qaworkbench.server.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.store.StoreException;
import org.qaworkbench.core.store.StoreLocation;
import org.qaworkbench.core.store.Stores;
import org.qaworkbench.store.jdbc.JdbcStores;

/**
 * The product's schema on a team database, through the same entry point a workstation opens it with: opening the
 * store migrates it, once, under the engine's migration lock. Opened as the administrator acting as the owner role
 * (the startup option {@code role}), so the owner owns every table the migrations make.
 */
final class TeamSchema {

	private static final String VERSION_TABLE = "SCHEMA_VERSION"; //$NON-NLS-1$

	private TeamSchema() {
	}

	/** Brings the schema up to date; returns its version. */
	static int migrate(Path dataFolder, ServerAddress address, String user, String password, String role) throws StoreException {
		try (Store store = open(dataFolder, address, user, password, role)) {
			return store.info().schemaVersion();
		}
	}

	/** The team database opened (and migrated) as the administrator acting as {@code role}, the owner. */
	static Store open(Path dataFolder, ServerAddress address, String user, String password, String role) throws StoreException {
		String url = "postgresql://" + encode(user) + ":" + encode(password) + "@" + address.host() + ":" + address.port() + "/" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				+ address.database() + "?options=" + encode("-c role=" + role) + (address.query().isEmpty() ? "" : "&" + address.query()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		return Stores.open(StoreLocation.server(dataFolder, url));
	}

	/** The schema version of a database, embedded or on a server; 0 when it has none. */
	static int version(Connection connection) throws SQLException {
		return hasVersionTable(connection) ? JdbcStores.schemaVersion(connection) : 0;
	}

	private static boolean hasVersionTable(Connection connection) throws SQLException {
		try (ResultSet tables = connection.getMetaData().getTables(null, connection.getSchema(), "%", new String[] { "TABLE" })) { //$NON-NLS-1$ //$NON-NLS-2$
			while (tables.next()) {
				if (VERSION_TABLE.equalsIgnoreCase(tables.getString("TABLE_NAME"))) { //$NON-NLS-1$
					return true;
				}
			}
		}
		return false;
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
