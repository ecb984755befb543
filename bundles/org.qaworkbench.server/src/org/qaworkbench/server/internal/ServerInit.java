package org.qaworkbench.server.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.audits.Staff;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.SaveRefusedException;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.store.StoreException;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.Role;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.store.postgresql.internal.LoginRoles;

/**
 * Makes a PostgreSQL database a team database, as an administrator: the roles, the database, the schema through the
 * product's migrations (run as the owner role, so it owns every table), and the workstations' privileges. Every step
 * looks first, so a second run changes nothing, and a run after installing a newer product brings the schema up to
 * date and grants the new tables.
 */
final class ServerInit {

	/** PostgreSQL 15: the public schema no longer lets everyone create in it, and SCRAM is the default. */
	static final int OLDEST_SERVER = 150000;

	/** What a run did. */
	record Outcome(boolean databaseCreated, boolean rolesCreated, int schemaVersion, TeamRoles roles, FirstAdministratorMade firstAdministrator) {
	}

	/** The first administrator to sign in: their user id, name and new password (a login role of their own). */
	record FirstAdministrator(String userName, String fullName, char[] password) {
	}

	/** Whether this run made the first administrator's login role, and their member of staff. */
	record FirstAdministratorMade(String userName, boolean loginCreated, boolean staffCreated) {
	}

	private final Path dataFolder;

	/** {@code dataFolder} only for messages: a team database keeps nothing there. */
	ServerInit(Path dataFolder) {
		this.dataFolder = dataFolder;
	}

	Outcome run(ServerAddress address, String adminUser, String adminPassword) throws SQLException, ServerException, StoreException {
		return run(address, adminUser, adminPassword, null);
	}

	/** As {@link #run(ServerAddress, String, String)}, and then {@code firstAdministrator}'s login (null: none). */
	Outcome run(ServerAddress address, String adminUser, String adminPassword, FirstAdministrator firstAdministrator)
			throws SQLException, ServerException, StoreException {
		TeamRoles roles = TeamRoles.of(address.database());
		boolean databaseCreated;
		boolean rolesCreated = false;
		try (Connection maintenance = connect(address.jdbcUrl("postgres"), adminUser, adminPassword); //$NON-NLS-1$
				Statement statement = maintenance.createStatement()) {
			refuseOldServer(maintenance, address);
			if (!TeamRoles.exists(maintenance, roles.owner())) {
				statement.execute("CREATE ROLE " + TeamRoles.quote(roles.owner()) + " NOLOGIN"); //$NON-NLS-1$ //$NON-NLS-2$
				rolesCreated = true;
			}
			// a group role: its members (each person's own login role) use its privileges; nobody logs in as it, so no
			// shared password exists anywhere. One made LOGIN, with a password, by an older qa server init loses both.
			if (!TeamRoles.exists(maintenance, roles.app())) {
				statement.execute("CREATE ROLE " + TeamRoles.quote(roles.app()) + " NOLOGIN"); //$NON-NLS-1$ //$NON-NLS-2$
				rolesCreated = true;
			} else {
				statement.execute("ALTER ROLE " + TeamRoles.quote(roles.app()) + " NOLOGIN PASSWORD NULL"); //$NON-NLS-1$ //$NON-NLS-2$
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
		FirstAdministratorMade made = firstAdministrator == null ? null : makeFirstAdministrator(address, adminUser, adminPassword, roles, firstAdministrator);
		return new Outcome(databaseCreated, rolesCreated, version, roles, made);
	}

	/**
	 * The first administrator's own login role (CREATEROLE, the workstations' role WITH ADMIN OPTION: they add
	 * everyone else with {@code qa users add}, signed in as themself) and their member of staff with the
	 * ADMINISTRATOR role, unless they are already there: a second run changes neither, nor their password.
	 */
	private FirstAdministratorMade makeFirstAdministrator(ServerAddress address, String adminUser, String adminPassword, TeamRoles roles,
			FirstAdministrator first) throws SQLException, StoreException {
		LoginRoles logins = new LoginRoles(roles.app());
		boolean loginCreated = false;
		try (Connection team = connect(address.jdbcUrl(), adminUser, adminPassword)) {
			if (!LoginRoles.exists(team, first.userName())) {
				logins.add(team, first.userName(), first.password(), true);
				loginCreated = true;
			} else if (!logins.isMember(team, first.userName())) {
				logins.join(team, first.userName(), true);
			}
		}
		boolean staffCreated = false;
		try (Store store = TeamSchema.open(dataFolder, address, adminUser, adminPassword, roles.owner())) {
			Actor by = new Actor(adminUser);
			java.util.Optional<StaffMember> existing = Staff.of(store.records(), new Actor(first.userName()));
			if (existing.isEmpty()) {
				StaffMember staff = QaFactory.eINSTANCE.createStaffMember();
				staff.setName(first.fullName());
				staff.setUserId(first.userName());
				staff.getRoles().add(Role.ADMINISTRATOR);
				store.records().save(staff, by);
				staffCreated = true;
			} else if (!Staff.has(existing.get(), Role.ADMINISTRATOR)) {
				StaffMember staff = existing.get();
				staff.getRoles().add(Role.ADMINISTRATOR);
				store.records().save(staff, by);
			}
		} catch (SaveRefusedException e) {
			throw StoreException.failed(dataFolder, e);
		}
		return new FirstAdministratorMade(first.userName(), loginCreated, staffCreated);
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
}
