package org.qaworkbench.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.core.identity.Credentials;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.store.StoreLocation;
import org.qaworkbench.core.store.Stores;
import org.qaworkbench.testing.TestAccounts;
import org.qaworkbench.testing.TestPostgres;

/**
 * qa connect: a workstation is pointed at a team database once, after the person running it signed in there with
 * their own login role, and can go back. Only the address is kept: no user, no password.
 */
class ConnectPTest {

	private static final String PASSWORD = "a person's own password";

	private final TestPostgres server = TestPostgres.server();

	@TempDir
	Path dataFolder;

	@TempDir
	Path passwords;

	@Test
	void aWorkstationConnectsOnceAndOpensTheTeamDatabaseFromThenOn() throws Exception {
		String person = initialised("team_connect");
		CommandRun connect;
		try (AutoCloseable signedIn = TestAccounts.commandsSignIn(passwords, person, PASSWORD)) {
			connect = CommandRun.run(new ConnectCommand(), dataFolder, server.url("team_connect"));
		}
		assertEquals(0, connect.exitCode(), connect.err());
		assertTrue(connect.out().startsWith("Connected to " + server.url("team_connect") + " as " + person + " (schema version "), connect.out());

		Path file = dataFolder.resolve(StoreLocation.SERVER_FILE);
		assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), "still its owner's only");
		String kept = Files.readString(file);
		assertFalse(kept.contains(PASSWORD) || kept.contains(person) || kept.contains("_app") || kept.contains("@"), "no login kept: " + kept);
		Properties settings = new Properties();
		settings.load(Files.newBufferedReader(file));
		assertEquals(server.url("team_connect"), settings.getProperty(StoreLocation.SERVER_KEY), "the address alone");
		try (Credentials who = new Credentials(person, PASSWORD.toCharArray()); Store store = Stores.open(StoreLocation.resolve(dataFolder), who)) {
			assertEquals(server.jdbcUrl("team_connect"), store.info().url());
		}

		CommandRun back = CommandRun.run(new ConnectCommand(), dataFolder, "--embedded");
		assertEquals(0, back.exitCode(), back.err());
		assertFalse(Files.exists(file));
		assertTrue(StoreLocation.resolve(dataFolder).isEmbedded());
	}

	@Test
	void aWrongPasswordIsSaidNowAndNothingIsKept() throws Exception {
		String person = initialised("team_wrong");
		CommandRun connect;
		try (AutoCloseable signedIn = TestAccounts.commandsSignIn(passwords, person, "not it at all")) {
			connect = CommandRun.run(new ConnectCommand(), dataFolder, server.url("team_wrong"));
		}
		assertEquals(1, connect.exitCode());
		assertFalse(connect.err().contains("not it at all"), "the password is never repeated: " + connect.err());
		assertFalse(Files.exists(dataFolder.resolve(StoreLocation.SERVER_FILE)));
	}

	@Test
	void aServerThatIsNotThereIsSaidNowAndNothingIsKept() throws Exception {
		String person = initialised("team_gone");
		server.stop();
		try (AutoCloseable signedIn = TestAccounts.commandsSignIn(passwords, person, PASSWORD)) {
			CommandRun connect = CommandRun.run(new ConnectCommand(), dataFolder, server.url("team_gone"));
			assertEquals(1, connect.exitCode());
			assertTrue(connect.err().contains(server.url("team_gone")), connect.err());
			assertFalse(Files.exists(dataFolder.resolve(StoreLocation.SERVER_FILE)));
		} finally {
			server.start();
		}
	}

	/** The team database with its first administrator's own login role: the person who connects. */
	private String initialised(String database) throws Exception {
		String person = "pat.first." + database;
		CommandRun init = CommandRun.run(new ServerCommand((user, where) -> server.adminPassword(), user -> PASSWORD.toCharArray()), dataFolder, "init",
				"--url", server.url(database), "--admin-user", server.adminUser(), "--first-admin", person);
		assertEquals(0, init.exitCode(), init.err());
		return person;
	}
}
