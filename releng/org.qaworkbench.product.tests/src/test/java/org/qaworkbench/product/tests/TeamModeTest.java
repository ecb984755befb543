package org.qaworkbench.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.product.tests.Launcher.Result;
import org.qaworkbench.testing.TestPostgres;

/**
 * Team mode as an administrator and a workstation do it, through the installed qa launcher against a real server:
 * qa server init, qa connect, qa info naming the team database, qa backup with pg_dump, qa connect --embedded.
 * The server administrator's password goes in PGPASSWORD, a person's in QA_PASSWORD, never on a command line; there is
 * no shared password: the workstation keeps only the address, and each person signs in with their own login role.
 */
class TeamModeTest {

	@TempDir
	Path temp;

	@Test
	void anAdministratorSetsUpAWorkstationConnectsSaysWhereItIsAndBacksUp() throws Exception {
		TestPostgres server = TestPostgres.server();
		String url = server.url("team_product");
		Path admin = temp.resolve("admin");
		Result init = Launcher.qa(Map.of("PGPASSWORD", server.adminPassword()), admin, "server", "init", "--url", url, "--admin-user",
				server.adminUser(), "--first-admin", Launcher.DEMO_USER);
		assertEquals(0, init.exitCode(), init.err());
		assertTrue(init.out().contains("  qa connect " + url + "\n"), init.out());
		assertFalse(init.out().contains("password when it asks"), "no shared password to hand out: " + init.out());

		// the first administrator connects their workstation with their own login (QA_USER, QA_PASSWORD from Launcher)
		Path workstation = temp.resolve("workstation");
		Result connect = Launcher.qa(workstation, "connect", url);
		assertEquals(0, connect.exitCode(), connect.err());
		assertTrue(connect.out().startsWith("Connected to " + url + " as " + Launcher.DEMO_USER + " (schema version "), connect.out());
		String kept = Files.readString(workstation.resolve("server.properties"));
		assertTrue(kept.contains(url.replace(":", "\\:")) || kept.contains(url), kept);
		assertFalse(kept.contains(Launcher.DEMO_PASSWORD) || kept.contains(server.adminPassword()) || kept.contains("@") || kept.contains("_app"),
				"the address alone, no login: " + kept);

		Result info = Launcher.qa(workstation, "info");
		assertEquals(0, info.exitCode(), info.err());
		assertTrue(info.out().contains("Database:          team database on a PostgreSQL server, " + url + "\n"), info.out());
		assertFalse(info.out().contains(Launcher.DEMO_PASSWORD), "no password in what qa info says");

		Path backups = temp.resolve("backups");
		// pg_dump as the person signing in: the server's administrator, whose login reads every row
		Result backup = Launcher.qa(Map.of("QA_USER", server.adminUser(), "QA_PASSWORD", server.adminPassword()), workstation, "backup", backups.toString());
		assertEquals(0, backup.exitCode(), backup.err());
		try (Stream<Path> files = Files.list(backups)) {
			Path dump = files.findFirst().orElseThrow();
			assertTrue(dump.getFileName().toString().startsWith("team_product-") && Files.size(dump) > 1000, dump.toString());
			assertTrue(backup.out().contains(dump.toString()), backup.out());
		}

		Result back = Launcher.qa(workstation, "connect", "--embedded");
		assertEquals(0, back.exitCode(), back.err());
		Result embedded = Launcher.qa(workstation, "info");
		assertTrue(embedded.out().contains("Database:          embedded (Derby), jdbc:derby:" + workstation.resolve("db") + "\n"), embedded.out());
	}
}
