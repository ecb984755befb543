package org.qaworkbench.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.core.identity.Credentials;
import org.qaworkbench.core.store.StoreException;
import org.qaworkbench.core.store.StoreLocation;
import org.qaworkbench.core.store.Stores;
import org.qaworkbench.store.jdbc.JdbcStores;
import org.qaworkbench.testing.TestAccounts;
import org.qaworkbench.testing.TestPostgres;

/**
 * A workstation newer than its team database: the database's schema is behind this QA Workbench, and the
 * workstation's login (a person's own login role) may not change the schema. It is told both versions and who upgrades it, by
 * which command, in the window (the message of {@link Stores#open}) and from qa commands, and nothing is changed.
 */
class OlderTeamDatabasePTest {

	private static final String DATABASE = "team_behind";
	/** The first administrator: a person's own login role, which may not change the schema either. */
	private static final String PERSON = "pat.first.team_behind";
	private static final String PASSWORD = "Pat's long password";

	private final TestPostgres server = TestPostgres.server();

	@TempDir
	Path dataFolder;

	@TempDir
	Path passwords;

	@Test
	void aWorkstationNewerThanTheTeamDatabaseIsToldToHaveItUpgraded() throws Exception {
		CommandRun init = CommandRun.run(new ServerCommand((user, where) -> server.adminPassword(), user -> PASSWORD.toCharArray()), dataFolder, "init",
				"--url", server.url(DATABASE), "--admin-user", server.adminUser(), "--first-admin", PERSON);
		assertEquals(0, init.exitCode(), init.err());
		int latest = JdbcStores.latestSchemaVersion();
		try (Connection admin = server.connectAsAdmin(DATABASE); Statement statement = admin.createStatement()) {
			// The database as the QA Workbench before this one left it: one schema version behind.
			statement.executeUpdate("DELETE FROM SCHEMA_VERSION WHERE VERSION = " + latest);
		}
		String expected = "The team database at " + server.url(DATABASE) + " is at schema " + (latest - 1) + "; this QA Workbench needs schema " + latest
				+ ". Ask your administrator to run 'qa server init --url " + server.url(DATABASE) + " --admin-user NAME' to upgrade it. Nothing was changed.";

		CommandRun connect;
		try (AutoCloseable signedIn = TestAccounts.commandsSignIn(passwords, PERSON, PASSWORD)) {
			connect = CommandRun.run(new ConnectCommand(), dataFolder, server.url(DATABASE));
		}
		assertEquals(1, connect.exitCode(), connect.out() + connect.err());
		assertEquals("qa: " + expected + "\n", connect.err());
		assertFalse(Files.exists(dataFolder.resolve(StoreLocation.SERVER_FILE)), "nothing kept for a database it cannot use");

		StoreLocation workstation = StoreLocation.server(dataFolder, server.url(DATABASE));
		StoreException refused = assertThrows(StoreException.class, () -> Stores.open(workstation, new Credentials(PERSON, PASSWORD.toCharArray())).close());
		assertEquals(StoreException.Reason.OLDER_SCHEMA, refused.reason());
		assertEquals(expected, refused.getMessage(), "what the window's start-up dialog shows");

		try (Connection admin = server.connectAsAdmin(DATABASE); Statement statement = admin.createStatement();
				ResultSet version = statement.executeQuery("SELECT MAX(VERSION) FROM SCHEMA_VERSION")) {
			version.next();
			assertEquals(latest - 1, version.getInt(1), "nothing was migrated");
		}
	}
}
