package org.qaworkbench.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.qaworkbench.product.tests.Launcher.Result;
import org.qaworkbench.testing.TestPostgres;

/**
 * A workstation pointed at a team database it cannot use (the server unreachable, or the database written by a
 * newer QA Workbench) is told so by the launchers in one message that names the server and what to do, with no
 * stack trace, and changes nothing. Needs a display for the desktop's dialog.
 */
class TeamDatabaseTest extends WorkbenchProcessTest {

	@Test
	void anUnreachableServerAtStartIsNamedWithWhatToCheck() throws Exception {
		String address = "postgresql://127.0.0.1:" + portNobodyListensOn() + "/qa";

		Result info = Launcher.qa(temp.resolve("data"), "--server", address, "info");

		assertEquals(1, info.exitCode(), info.out() + info.err());
		assertEquals(1, info.errLines().size(), "one line: " + info.err());
		assertSaysWhatToCheck(info.err(), address);

		Path out = temp.resolve("out");
		Path err = temp.resolve("err");
		workbench = Launcher.workbench(Map.of(), temp.resolve("desk"), out, err, "--server", address);
		X11Windows.awaitViewable(X11Windows.CANNOT_START_DIALOG, workbench);
		X11Windows.typeUntilGone(X11Windows.CANNOT_START_DIALOG, workbench, "Return");
		assertTrue(workbench.waitFor(30, TimeUnit.SECONDS), "QA Workbench ends once its dialog is closed");
		String said = Files.readString(out, StandardCharsets.UTF_8) + Files.readString(err, StandardCharsets.UTF_8);
		assertSaysWhatToCheck(said, address);
	}

	@Test
	void aWorkstationOlderThanTheTeamDatabaseIsRefusedAndChangesNothing() throws Exception {
		TestPostgres server = TestPostgres.server();
		String database = server.newDatabase();
		String address = server.url(database); // the address alone: each person signs in with their own login
		Map<String, String> login = Map.of("PGPASSWORD", server.adminPassword());
		Path data = temp.resolve("data");
		// The team database is made as the README says, with the demo administrator's own login role to sign in with.
		Result init = Launcher.qa(login, data, "server", "init", "--url", address, "--admin-user",
				server.adminUser(), "--first-admin", Launcher.DEMO_USER);
		assertEquals(0, init.exitCode(), init.err());
		Result made = Launcher.qa(login, data, "--server", address, "info");
		assertEquals(0, made.exitCode(), made.err());
		try (Connection connection = server.connectAsAdmin(database); Statement statement = connection.createStatement()) {
			statement.executeUpdate("INSERT INTO SCHEMA_VERSION VALUES (99, CURRENT_TIMESTAMP, 'a newer QA Workbench')");
		}

		Result refused = Launcher.qa(login, data, "--server", address, "info");

		assertEquals(1, refused.exitCode(), refused.out() + refused.err());
		assertEquals(List.of("qa: The team database at postgresql://" + server.host() + ":" + server.port() + "/" + database
				+ " was written by a newer QA Workbench (schema version 99; this one knows up to " + schemaVersion(made) + "). Install the newer QA Workbench on this computer."),
				refused.errLines());
		try (Connection connection = server.connectAsAdmin(database); Statement statement = connection.createStatement();
				ResultSet versions = statement.executeQuery("SELECT COUNT(*), MAX(VERSION) FROM SCHEMA_VERSION")) {
			versions.next();
			assertEquals(99, versions.getInt(2), "nothing was migrated back or over");
			assertEquals(Integer.parseInt(schemaVersion(made)) + 1, versions.getInt(1), "the bundled versions and the newer one, no more");
		}
	}

	/** The schema version {@code qa info} printed. */
	private static String schemaVersion(Result info) {
		return info.out().lines().filter(line -> line.toLowerCase().startsWith("schema version")).map(line -> line.replaceAll("\\D", "")).findFirst()
				.orElseThrow(() -> new AssertionError("no schema version in: " + info.out()));
	}

	private static void assertSaysWhatToCheck(String said, String address) {
		assertTrue(said.contains("cannot reach the team database at " + address), said);
		for (String check : List.of("running", "address and port", "firewall", "pg_hba.conf")) {
			assertTrue(said.contains(check), check + " in: " + said);
		}
		assertFalse(said.contains("Exception") || said.contains("\tat "), "no stack trace: " + said);
	}

	private static int portNobodyListensOn() throws Exception {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}
}
