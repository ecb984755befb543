package org.qaworkbench.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.core.Services;
import org.qaworkbench.core.cli.QaCommand;
import org.qaworkbench.core.identity.Credentials;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.store.StoreLocation;
import org.qaworkbench.core.store.Stores;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.model.Case;
import org.qaworkbench.model.Locality;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.store.jdbc.JdbcStores;
import org.qaworkbench.testing.TestAccounts;
import org.qaworkbench.testing.TestPostgres;

/** qa move-to-server of the demo data: every table arrives whole, and the embedded database is left as it was. */
class MoveToServerPTest {

	private static final Pattern COUNT_LINE = Pattern.compile("([A-Z_]+) +(\\d+) +(\\d+)");

	private final TestPostgres server = TestPostgres.server();

	/** The demo's administrator and password, as the README gives them. */
	private static final String DEMO_ADMINISTRATOR = "alex.morrison";
	private static final String DEMO_PASSWORD = "demo-password-2026";

	@TempDir
	Path dataFolder;

	@TempDir
	Path passwords;

	@Test
	void theDemoDataMovesWithEqualCountsTableByTable() throws Exception {
		CommandRun demo = CommandRun.run(command("demo-data"), dataFolder, "--scale", "1");
		assertEquals(0, demo.exitCode(), demo.err());
		try (AutoCloseable signedIn = TestAccounts.commandsSignIn(passwords, DEMO_ADMINISTRATOR, DEMO_PASSWORD)) {
			movesTheDemoData();
		}
	}

	private void movesTheDemoData() throws Exception {
		Map<String, Long> embeddedBefore = embeddedCounts();
		CommandRun init = CommandRun.run(new ServerCommand((user, where) -> server.adminPassword()), dataFolder, "init", "--url",
				server.url("team_moved"), "--admin-user", server.adminUser());
		assertEquals(0, init.exitCode(), init.err());

		CommandRun move = CommandRun.run(new MoveToServerCommand((user, where) -> server.adminPassword()), dataFolder,
				server.url("team_moved"), "--admin-user", server.adminUser());
		assertEquals(0, move.exitCode(), move.err());

		Map<String, Long> printed = new TreeMap<>();
		Matcher line = COUNT_LINE.matcher(move.out());
		while (line.find()) {
			assertEquals(line.group(2), line.group(3), "both sides of " + line.group(1) + " in the printed table");
			printed.put(line.group(1), Long.parseLong(line.group(2)));
		}
		assertEquals(embeddedBefore, printed, "every table, with the embedded database's counts:\n" + move.out());
		assertEquals(embeddedBefore, serverCounts("team_moved"), "what is on the server, counted there");
		assertTrue(printed.get("CASES") > 500 && printed.get("HISTORY") > 1000 && printed.get("DEFINITIONS") > 0, printed.toString());
		assertEquals(embeddedBefore, embeddedCounts(), "the embedded database is left as it was");

		// the demo's administrator gets their own login role (qa server init --first-admin once the records are there),
		// then a workstation signed in as them reads the moved records, and a new id comes after every moved one
		CommandRun firstAdmin = CommandRun.run(new ServerCommand((user, where) -> server.adminPassword(), user -> DEMO_PASSWORD.toCharArray()), dataFolder,
				"init", "--url", server.url("team_moved"), "--admin-user", server.adminUser(), "--first-admin", DEMO_ADMINISTRATOR);
		assertEquals(0, firstAdmin.exitCode(), firstAdmin.err());
		CommandRun connect = CommandRun.run(new ConnectCommand(), dataFolder, server.url("team_moved"));
		assertEquals(0, connect.exitCode(), connect.err());
		try (Credentials administrator = new Credentials(DEMO_ADMINISTRATOR, DEMO_PASSWORD.toCharArray());
				Store team = Stores.open(StoreLocation.resolve(dataFolder), administrator); Connection connection = JdbcStores.dataSourceOf(team).getConnection();
				Statement statement = connection.createStatement();
				ResultSet ids = statement.executeQuery("SELECT nextval('record_ids'), (SELECT MAX(\"ID\") FROM \"CASES\")")) {
			assertEquals((long) printed.get("CASES"), team.records().count(Case.class));
			ids.next();
			assertTrue(ids.getLong(1) > ids.getLong(2), "the id sequence moved past the highest id");
		}
	}

	@Test
	void aTeamDatabaseInUseIsRefused() throws Exception {
		try (Store embedded = Stores.open(StoreLocation.embedded(dataFolder))) { // one record, and its history row
			Locality locality = QaFactory.eINSTANCE.createLocality();
			locality.setName("Telford");
			embedded.records().save(locality, new Actor("someone"));
		}
		CommandRun init = CommandRun.run(new ServerCommand((user, where) -> server.adminPassword()), dataFolder, "init", "--url",
				server.url("team_twice"), "--admin-user", server.adminUser());
		assertEquals(0, init.exitCode(), init.err());
		MoveToServerCommand move = new MoveToServerCommand((user, where) -> server.adminPassword());
		assertEquals(0, CommandRun.run(move, dataFolder, server.url("team_twice"), "--admin-user", server.adminUser()).exitCode());
		Map<String, Long> afterFirst = serverCounts("team_twice");

		CommandRun again = CommandRun.run(move, dataFolder, server.url("team_twice"), "--admin-user", server.adminUser());
		assertEquals(1, again.exitCode());
		assertTrue(again.err().contains("is in use already"), again.err());
		assertEquals(afterFirst, serverCounts("team_twice"), "nothing changed on the server");
	}

	@Test
	void aDatabaseThatQaServerInitHasNotMadeIsRefusedWithWhatToRun() throws Exception {
		Stores.open(StoreLocation.embedded(dataFolder)).close();
		String bare = server.newDatabase();
		try (Connection admin = server.connectAsAdmin("postgres"); Statement statement = admin.createStatement()) {
			statement.execute("CREATE ROLE " + bare + "_owner NOLOGIN");
		}
		CommandRun move = CommandRun.run(new MoveToServerCommand((user, where) -> server.adminPassword()), dataFolder,
				server.url(bare), "--admin-user", server.adminUser());
		assertEquals(1, move.exitCode());
		assertTrue(move.err().contains("qa server init --url " + server.url(bare)), move.err());
	}

	/** The encrypted demo database, signed in as its administrator. */
	private Map<String, Long> embeddedCounts() throws Exception {
		try (Credentials administrator = new Credentials(DEMO_ADMINISTRATOR, DEMO_PASSWORD.toCharArray());
				Store embedded = Stores.open(StoreLocation.embedded(dataFolder), administrator);
				Connection connection = JdbcStores.dataSourceOf(embedded).getConnection()) {
			return counts(connection, connection.getSchema());
		}
	}

	private Map<String, Long> serverCounts(String database) throws SQLException {
		try (Connection connection = server.connectAsAdmin(database)) {
			return counts(connection, "public");
		}
	}

	private static Map<String, Long> counts(Connection connection, String schema) throws SQLException {
		Map<String, Long> counts = new TreeMap<>();
		for (Map.Entry<String, String> table : TableCopy.tables(connection, schema).entrySet()) {
			counts.put(table.getKey(), TableCopy.count(connection, table.getValue()));
		}
		return counts;
	}

	private static QaCommand command(String name) {
		return Services.all(QaCommand.class).stream().filter(command -> command.name().equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError("no qa " + name + " in the test runtime"));
	}
}
