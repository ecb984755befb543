package org.qaworkbench.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.util.PSQLException;
import org.qaworkbench.store.jdbc.JdbcStores;
import org.qaworkbench.testing.TestPostgres;

/** qa server init on a real server: roles, database, schema, privileges, and the same again on a second run. */
class ServerInitPTest {

	private final TestPostgres server = TestPostgres.server();

	@TempDir
	Path dataFolder;

	@Test
	void aNewTeamDatabaseWithItsRolesSchemaAndTheLineForEachWorkstation() throws Exception {
		CommandRun init = init("team_new");
		assertEquals(0, init.exitCode(), init.err());
		assertTrue(init.out().contains("Created the database team_new"), init.out());
		assertTrue(init.out().contains("Created the roles team_new_owner (owns the tables, never logs in) and team_new_app"), init.out());
		assertTrue(init.out().contains("Schema version " + JdbcStores.latestSchemaVersion()), init.out());
		assertTrue(init.out().contains("  qa connect " + server.url("team_new") + "\n"), init.out());
		assertTrue(init.out().contains("qa server init --url " + server.url("team_new") + " --admin-user " + server.adminUser() + " --first-admin USER"),
				"how to make the first administrator: " + init.out());
		assertFalse(init.out().contains("password when it asks"), "no shared password: " + init.out());
		assertFalse(canLogIn("team_new_app"), "the workstations' role is a group role: nobody logs in as it");

		try (Connection admin = server.connectAsAdmin("team_new"); Statement statement = admin.createStatement();
				ResultSet owners = statement.executeQuery("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'")) {
			assertTrue(owners.next());
			assertEquals("team_new_owner", owners.getString(1), "the owner role owns every table");
			assertFalse(owners.next(), "and no one else owns any");
		}
		assertThrows(PSQLException.class, () -> server.connect("team_new", "team_new_owner", "any password").close(),
				"the owner never logs in");
	}

	@Test
	void workstationsWriteRecordsButOnlyAddToTheHistory() throws Exception {
		String person = "pat.rights.team_rights";
		CommandRun init = CommandRun.run(new ServerCommand((user, where) -> server.adminPassword(), user -> "Pat's long password".toCharArray()), dataFolder,
				"init", "--url", server.url("team_rights"), "--admin-user", server.adminUser(), "--first-admin", person);
		assertEquals(0, init.exitCode(), init.err());
		// a person's own login role, with the privileges of the workstations' role it is a member of
		try (Connection app = server.connect("team_rights", person, "Pat's long password");
				Statement statement = app.createStatement()) {
			statement.execute("INSERT INTO \"LOCALITIES\" (\"ID\", \"ROW_VERSION\", \"NAME\") VALUES (nextval('record_ids'), 1, 'Telford')");
			statement.execute("UPDATE \"LOCALITIES\" SET \"NAME\" = 'Telford North'");
			statement.execute("DELETE FROM \"LOCALITIES\"");
			statement.execute("INSERT INTO HISTORY (RECORD_TYPE, RECORD_ID, ROW_VERSION, ACTOR, \"AT\", \"ACTION\")"
					+ " VALUES ('Locality', 1, 1, 'someone', CURRENT_TIMESTAMP, 'CREATED')");
			try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM HISTORY WHERE ACTOR = 'someone'")) { // beside the first administrator's own
				rows.next();
				assertEquals(1, rows.getInt(1));
			}
			assertRefused(statement, "UPDATE HISTORY SET ACTOR = 'someone else'");
			assertRefused(statement, "DELETE FROM HISTORY");
			assertRefused(statement, "TRUNCATE HISTORY");
			assertRefused(statement, "UPDATE SCHEMA_VERSION SET VERSION = 999");
			assertRefused(statement, "CREATE TABLE \"MINE\" (\"ID\" BIGINT)");
			assertRefused(statement, "SELECT setval('record_ids', 1)");
		}
	}

	@Test
	void aSecondRunChangesNothing() throws Exception {
		CommandRun first = init("team_again");
		assertEquals(0, first.exitCode(), first.err());
		CommandRun second = init("team_again");
		assertEquals(0, second.exitCode(), second.err());
		assertTrue(second.out().contains("The database team_again on " + server.host() + ":" + server.port() + " was there already"), second.out());
		assertTrue(second.out().contains("The roles team_again_owner and team_again_app were there already"), second.out());
		assertFalse(canLogIn("team_again_app"));

		CommandRun renewed = init("team_again", "--new-app-password");
		assertEquals(2, renewed.exitCode(), "there is no app password to renew: " + renewed.out());
		assertTrue(renewed.err().contains("--new-app-password"), renewed.err());
	}

	/** The workstations' role as an older qa server init made it (LOGIN, with the shared password) loses both. */
	@Test
	void anOlderSharedLoginIsTurnedIntoAGroupRoleWithoutAPassword() throws Exception {
		try (Connection admin = server.connectAsAdmin("postgres"); Statement statement = admin.createStatement()) {
			statement.execute("CREATE ROLE team_older_app LOGIN PASSWORD 'the old shared password'");
		}
		server.connect("postgres", "team_older_app", "the old shared password").close();
		CommandRun init = init("team_older");
		assertEquals(0, init.exitCode(), init.err());
		assertFalse(canLogIn("team_older_app"));
		try (Connection admin = server.connectAsAdmin("postgres"); Statement statement = admin.createStatement();
				ResultSet role = statement.executeQuery("SELECT rolpassword FROM pg_authid WHERE rolname = 'team_older_app'")) {
			assertTrue(role.next());
			assertEquals(null, role.getString(1), "its password is gone");
		}
		assertThrows(PSQLException.class, () -> server.connect("team_older", "team_older_app", "the old shared password").close());
	}

	private boolean canLogIn(String role) throws SQLException {
		try (Connection admin = server.connectAsAdmin("postgres"); Statement statement = admin.createStatement();
				ResultSet found = statement.executeQuery("SELECT rolcanlogin FROM pg_roles WHERE rolname = '" + role + "'")) {
			assertTrue(found.next(), role + " exists");
			return found.getBoolean(1);
		}
	}

	/**
	 * --first-admin: the first administrator's own login role (a member of the workstations' role, may create others,
	 * never bypasses row-level security) and their member of staff; they sign in as themself and see their account.
	 */
	@Test
	void theFirstAdministratorGetsTheirOwnLoginRoleAndMayAddEveryoneElse() throws Exception {
		String ada = "ada.first.team_first";
		CommandRun init = CommandRun.run(new ServerCommand((user, where) -> server.adminPassword(), user -> "Ada's long password".toCharArray()), dataFolder,
				"init", "--url", server.url("team_first"), "--admin-user", server.adminUser(), "--first-admin", ada, "--first-admin-name", "Ada First");
		assertEquals(0, init.exitCode(), init.err());
		assertTrue(init.out().contains("Created the login role " + ada + " for the first administrator (a member of team_first_app"), init.out());
		assertFalse(init.out().contains("Nobody can sign in yet"), init.out());
		try (Connection admin = server.connectAsAdmin("team_first"); Statement statement = admin.createStatement()) {
			try (ResultSet role = statement.executeQuery("SELECT r.rolcanlogin, r.rolcreaterole, r.rolbypassrls, r.rolsuper, m.admin_option FROM pg_roles r"
					+ " JOIN pg_auth_members m ON m.member = r.oid JOIN pg_roles g ON g.oid = m.roleid AND g.rolname = 'team_first_app' WHERE r.rolname = '" + ada + "'")) {
				assertTrue(role.next(), "a member of the workstations' role");
				assertEquals(java.util.List.of(true, true, false, false, true),
						java.util.List.of(role.getBoolean(1), role.getBoolean(2), role.getBoolean(3), role.getBoolean(4), role.getBoolean(5)));
			}
			try (ResultSet staff = statement.executeQuery("SELECT s.\"NAME\", r.\"VALUE\" FROM \"STAFF_MEMBERS\" s JOIN \"STAFF_MEMBER_ROLES\" r ON r.\"PARENT_ID\" = s.\"ID\""
					+ " WHERE s.\"USER_ID\" = '" + ada + "'")) {
				assertTrue(staff.next(), "their member of staff");
				assertEquals("Ada First", staff.getString(1));
				assertEquals("ADMINISTRATOR", staff.getString(2));
			}
		}
		try (org.qaworkbench.core.store.Store store = org.qaworkbench.core.store.Stores.open(
				org.qaworkbench.core.store.StoreLocation.server(dataFolder, server.url("team_first")),
				new org.qaworkbench.core.identity.Credentials(ada, "Ada's long password".toCharArray()))) {
			assertEquals(java.util.List.of(new org.qaworkbench.core.identity.Account(ada, false)), store.accounts().list());
		}

		CommandRun again = CommandRun.run(new ServerCommand((user, where) -> server.adminPassword(), user -> "another long password".toCharArray()), dataFolder,
				"init", "--url", server.url("team_first"), "--admin-user", server.adminUser(), "--first-admin", ada);
		assertEquals(0, again.exitCode(), again.err());
		assertTrue(again.out().contains("The login role " + ada + " was there already"), again.out());
		server.connect("team_first", ada, "Ada's long password").close();

		CommandRun tooShort = CommandRun.run(new ServerCommand((user, where) -> server.adminPassword(), user -> "short".toCharArray()), dataFolder,
				"init", "--url", server.url("team_short"), "--admin-user", server.adminUser(), "--first-admin", "someone.team_short");
		assertEquals(2, tooShort.exitCode());
		assertTrue(tooShort.err().contains("at least 8 characters"), tooShort.err());
	}

	@Test
	void aWrongAdministratorPasswordChangesNothing() throws Exception {
		CommandRun init = CommandRun.run(new ServerCommand((user, where) -> "not the password"), dataFolder, "init", "--url",
				server.url("team_refused"), "--admin-user", server.adminUser());
		assertEquals(1, init.exitCode());
		assertTrue(init.err().startsWith("qa: ") && init.err().contains("password authentication failed"), init.err());
		try (Connection admin = server.connectAsAdmin("postgres"); Statement statement = admin.createStatement();
				ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM pg_roles WHERE rolname LIKE 'team_refused%'")) {
			rows.next();
			assertEquals(0, rows.getInt(1));
		}
	}

	@Test
	void aPasswordOnTheCommandLineIsNotAnOption() throws Exception {
		CommandRun init = CommandRun.run(new ServerCommand((user, where) -> server.adminPassword()), dataFolder, "init", "--url",
				server.url("team_usage"), "--admin-user", server.adminUser(), "--password", "secret");
		assertEquals(2, init.exitCode());
		assertTrue(init.err().contains("--password"), init.err());
	}

	private CommandRun init(String database, String... more) throws Exception {
		String[] arguments = { "init", "--url", server.url(database), "--admin-user", server.adminUser() };
		if (more.length > 0) {
			arguments = java.util.stream.Stream.concat(java.util.Arrays.stream(arguments), java.util.Arrays.stream(more)).toArray(String[]::new);
		}
		return CommandRun.run(new ServerCommand((user, where) -> server.adminPassword()), dataFolder, arguments);
	}

	private static void assertRefused(Statement statement, String sql) {
		SQLException refused = assertThrows(SQLException.class, () -> statement.execute(sql), sql);
		assertTrue(refused.getMessage().contains("permission denied") || refused.getMessage().contains("must be owner"), sql + ": " + refused.getMessage());
	}
}
