package org.qaworkbench.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.store.StoreLocation;
import org.qaworkbench.core.store.Stores;
import org.qaworkbench.testing.TestPostgres;

/** qa connect: a workstation is pointed at a team database once, after a login that works, and can go back. */
class ConnectPTest {

	private final TestPostgres server = TestPostgres.server();

	@TempDir
	Path dataFolder;

	@Test
	void aWorkstationConnectsOnceAndOpensTheTeamDatabaseFromThenOn() throws Exception {
		String password = initialised("team_connect");
		CommandRun connect = CommandRun.run(new ConnectCommand((user, where) -> password), dataFolder, server.url("team_connect"));
		assertEquals(0, connect.exitCode(), connect.err());
		assertTrue(connect.out().startsWith("Connected to " + server.url("team_connect") + " as team_connect_app (schema version "), connect.out());

		Path file = dataFolder.resolve(StoreLocation.SERVER_FILE);
		assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), "it holds a password");
		try (Store store = Stores.open(dataFolder)) {
			assertEquals(server.jdbcUrl("team_connect"), store.info().url());
		}

		CommandRun back = CommandRun.run(new ConnectCommand((user, where) -> password), dataFolder, "--embedded");
		assertEquals(0, back.exitCode(), back.err());
		assertFalse(Files.exists(file));
		try (Store store = Stores.open(dataFolder)) {
			assertTrue(store.info().url().startsWith("jdbc:derby:"), store.info().url());
		}
	}

	@Test
	void aWrongPasswordIsSaidNowAndNothingIsKept() throws Exception {
		initialised("team_wrong");
		CommandRun connect = CommandRun.run(new ConnectCommand((user, where) -> "not it"), dataFolder, server.url("team_wrong"));
		assertEquals(1, connect.exitCode());
		assertTrue(connect.err().contains(server.url("team_wrong")), connect.err());
		assertFalse(connect.err().contains("not it"), "the password is never repeated: " + connect.err());
		assertFalse(Files.exists(dataFolder.resolve(StoreLocation.SERVER_FILE)));
	}

	@Test
	void aServerThatIsNotThereIsSaidNowAndNothingIsKept() throws Exception {
		String password = initialised("team_gone");
		server.stop();
		try {
			CommandRun connect = CommandRun.run(new ConnectCommand((user, where) -> password), dataFolder, server.url("team_gone"));
			assertEquals(1, connect.exitCode());
			assertTrue(connect.err().contains(server.url("team_gone")), connect.err());
			assertFalse(Files.exists(dataFolder.resolve(StoreLocation.SERVER_FILE)));
		} finally {
			server.start();
		}
	}

	private String initialised(String database) throws Exception {
		CommandRun init = CommandRun.run(new ServerCommand((user, where) -> server.adminPassword()), dataFolder, "init", "--url",
				server.url(database), "--admin-user", server.adminUser());
		assertEquals(0, init.exitCode(), init.err());
		return init.printedPassword();
	}
}
