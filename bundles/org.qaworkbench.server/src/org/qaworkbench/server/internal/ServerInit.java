package org.qaworkbench.server.internal;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Properties;

import org.eclipse.osgi.util.NLS;
import org.postgresql.PGConnection;
import org.qaworkbench.core.store.StoreException;

/**
 * Makes a PostgreSQL database a team database, as an administrator: the roles, the database, the schema through the
 * product's migrations (run as the owner role, so it owns every table), and the workstations' privileges. Every step
 * looks first, so a second run changes nothing, and a run after installing a newer product brings the schema up to
 * date and grants the new tables.
 */
final class ServerInit {

	/** PostgreSQL 15: the public schema no longer lets everyone create in it, and SCRAM is the default. */
	static final int OLDEST_SERVER = 150000;
	private static final int PASSWORD_BYTES = 18;

	/** What a run did. {@code appPassword} is set only when the workstations' password was set by this run. */
	record Outcome(boolean databaseCreated, boolean rolesCreated, String appPassword, int schemaVersion, TeamRoles roles) {
	}

	private final Path dataFolder;

	/** {@code dataFolder} only for messages: a team database keeps nothing there. */
	ServerInit(Path dataFolder) {
		this.dataFolder = dataFolder;
	}

	Outcome run(ServerAddress address, String adminUser, String adminPassword, boolean newAppPassword) throws SQLException, ServerException, StoreException {
		TeamRoles roles = TeamRoles.of(address.database());
		boolean databaseCreated;
		boolean rolesCreated = false;
		String appPassword = null;
		try (Connection maintenance = connect(address.jdbcUrl("postgres"), adminUser, adminPassword); //$NON-NLS-1$
				Statement statement = maintenance.createStatement()) {
			refuseOldServer(maintenance, address);
			if (!TeamRoles.exists(maintenance, roles.owner())) {
				statement.execute("CREATE ROLE " + TeamRoles.quote(roles.owner()) + " NOLOGIN"); //$NON-NLS-1$ //$NON-NLS-2$
				rolesCreated = true;
			}
			if (!TeamRoles.exists(maintenance, roles.app())) {
				statement.execute("CREATE ROLE " + TeamRoles.quote(roles.app()) + " LOGIN"); //$NON-NLS-1$ //$NON-NLS-2$
				rolesCreated = true;
				newAppPassword = true;
			}
			if (newAppPassword) {
				appPassword = newPassword();
				// hashed here (SCRAM), so the password is never in a statement the server could log
				maintenance.unwrap(PGConnection.class).alterUserPassword(roles.app(), appPassword.toCharArray(), "scram-sha-256"); //$NON-NLS-1$
			}
			if (!isSuperuser(maintenance)) {
				statement.execute("GRANT " + TeamRoles.quote(roles.owner()) + " TO CURRENT_USER"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			databaseCreated = !databaseExists(maintenance, address.database());
			if (databaseCreated) {
				statement.execute("CREATE DATABASE " + TeamRoles.quote(address.database()) + " OWNER " //$NON-NLS-1$ //$NON-NLS-2$
						+ TeamRoles.quote(roles.owner()) + " ENCODING 'UTF8' TEMPLATE template0"); //$NON-NLS-1$
			}
			statement.execute("REVOKE ALL ON DATABASE " + TeamRoles.quote(address.database()) + " FROM PUBLIC"); //$NON-NLS-1$ //$NON-NLS-2$
			statement.execute("GRANT CONNECT, TEMPORARY ON DATABASE " + TeamRoles.quote(address.database()) + " TO " //$NON-NLS-1$ //$NON-NLS-2$
					+ TeamRoles.quote(roles.app()));
		}
		try (Connection team = connect(address.jdbcUrl(), adminUser, adminPassword); Statement statement = team.createStatement()) {
			// a database that existed before belongs to someone else: the owner role still needs to create in it
			statement.execute("GRANT USAGE, CREATE ON SCHEMA public TO " + TeamRoles.quote(roles.owner())); //$NON-NLS-1$
			statement.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC"); //$NON-NLS-1$
		}
		int version = TeamSchema.migrate(dataFolder, address, adminUser, adminPassword, roles.owner());
		try (Connection team = connect(address.jdbcUrl(), adminUser, adminPassword); Statement statement = team.createStatement()) {
			statement.execute("SET ROLE " + TeamRoles.quote(roles.owner())); //$NON-NLS-1$
			roles.grantTo(team);
		}
		return new Outcome(databaseCreated, rolesCreated, appPassword, version, roles);
	}

	static Connection connect(String jdbcUrl, String user, String password) throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", user); //$NON-NLS-1$
		properties.setProperty("password", password); //$NON-NLS-1$
		properties.setProperty("ApplicationName", "qa"); //$NON-NLS-1$ //$NON-NLS-2$
		// the driver's own class, not DriverManager: DriverManager does not see OSGi bundles
		Connection connection = new org.postgresql.Driver().connect(jdbcUrl, properties);
		if (connection == null) {
			throw new SQLException("The PostgreSQL driver does not accept " + jdbcUrl); //$NON-NLS-1$
		}
		return connection;
	}

	private static void refuseOldServer(Connection connection, ServerAddress address) throws SQLException, ServerException {
		try (Statement statement = connection.createStatement(); ResultSet version = statement.executeQuery("SHOW server_version_num")) { //$NON-NLS-1$
			version.next();
			if (Integer.parseInt(version.getString(1)) < OLDEST_SERVER) {
				throw new ServerException(NLS.bind(Messages.Init_oldServer, address.host() + ":" + address.port(), //$NON-NLS-1$
						connection.getMetaData().getDatabaseProductVersion()));
			}
		}
	}

	private static boolean isSuperuser(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet row = statement.executeQuery("SELECT rolsuper FROM pg_roles WHERE rolname = CURRENT_USER")) { //$NON-NLS-1$
			return row.next() && row.getBoolean(1);
		}
	}

	private static boolean databaseExists(Connection connection, String database) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) { //$NON-NLS-1$
			query.setString(1, database);
			try (ResultSet found = query.executeQuery()) {
				return found.next();
			}
		}
	}

	/** 144 random bits, in letters, digits, '-' and '_': safe to paste into a prompt. */
	private static String newPassword() {
		byte[] random = new byte[PASSWORD_BYTES];
		new SecureRandom().nextBytes(random);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
	}
}
