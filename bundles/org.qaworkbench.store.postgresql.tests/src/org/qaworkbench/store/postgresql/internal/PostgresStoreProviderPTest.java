package org.qaworkbench.store.postgresql.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.store.StoreException;
import org.qaworkbench.core.store.StoreException.Reason;
import org.qaworkbench.core.store.StoreLocation;
import org.qaworkbench.core.store.Stores;
import org.qaworkbench.store.jdbc.JdbcStores;
import org.qaworkbench.testing.TestPostgres;

/** Opening a team database: the migration lock, and the refusals a workstation must explain. */
class PostgresStoreProviderPTest {

	/** The audit themes V003 inserts: a second run of it would double them. */
	private static final int THEMES = 6;

	@TempDir
	Path temp;

	private final TestPostgres server = TestPostgres.server();

	@Test
	void isChosenForPostgresqlAddressesOnly() throws Exception {
		PostgresStoreProvider provider = new PostgresStoreProvider();
		assertTrue(provider.opens(StoreLocation.server(temp, "postgresql://db.example.org/qa")));
		assertFalse(provider.opens(StoreLocation.embedded(temp)));
		try (Store store = Stores.open(newDatabase())) {
			assertEquals(JdbcStores.latestSchemaVersion(), store.info().schemaVersion());
			assertTrue(store.info().url().startsWith("jdbc:postgresql://127.0.0.1:"), store.info().url());
			assertFalse(store.info().url().contains(server.adminPassword()), "no password in what qa info shows");
		}
	}

	@Test
	void fiveWorkstationsStartingAtOnceMigrateANewDatabaseExactlyOnce() throws Exception {
		StoreLocation location = newDatabase();
		CountDownLatch ready = new CountDownLatch(5);
		ExecutorService workstations = Executors.newFixedThreadPool(5);
		List<Future<Store>> opened = new ArrayList<>();
		try {
			for (int i = 0; i < 5; i++) {
				opened.add(workstations.submit((Callable<Store>) () -> {
					ready.countDown();
					ready.await();
					return Stores.open(location);
				}));
			}
			List<Store> stores = new ArrayList<>();
			for (Future<Store> store : opened) {
				stores.add(store.get());
			}
			stores.forEach(Store::close);
		} finally {
			workstations.shutdownNow();
		}
		String database = location.server().orElseThrow().getPath().substring(1);
		try (Connection connection = server.connectAsAdmin(database)) {
			assertEquals(JdbcStores.latestSchemaVersion(), count(connection, "SELECT COUNT(*) FROM SCHEMA_VERSION"));
			assertEquals(THEMES, count(connection, "SELECT COUNT(*) FROM \"AUDIT_THEMES\""));
			assertEquals(1, count(connection, "SELECT COUNT(*) FROM INSTALLATION"));
		}
	}

	@Test
	void refusesATeamDatabaseWrittenByANewerVersion() throws Exception {
		StoreLocation location = newDatabase();
		try (Store store = Stores.open(location); Connection connection = JdbcStores.dataSourceOf(store).getConnection();
				Statement statement = connection.createStatement()) {
			statement.executeUpdate("INSERT INTO SCHEMA_VERSION VALUES (99, CURRENT_TIMESTAMP, 'a newer QA Workbench')");
		}

		StoreException refused = assertThrows(StoreException.class, () -> Stores.open(location));

		assertEquals(Reason.NEWER_SCHEMA, refused.reason());
		assertTrue(refused.getMessage().contains(location.describe()), refused.getMessage());
		assertTrue(refused.getMessage().contains("newer QA Workbench (schema version 99"), refused.getMessage());
	}

	@Test
	void anUnreachableServerIsNamedWithWhatToCheck() throws Exception {
		int nobodyListens;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			nobodyListens = socket.getLocalPort();
		}
		StoreLocation location = StoreLocation.server(temp, "postgresql://127.0.0.1:" + nobodyListens + "/qa");

		StoreException refused = assertThrows(StoreException.class, () -> Stores.open(location));

		assertEquals(Reason.UNREACHABLE, refused.reason());
		assertUnreachableMessage(refused.getMessage(), "postgresql://127.0.0.1:" + nobodyListens + "/qa");
	}

	@Test
	void aRefusedLoginSaysSoWithoutThePassword() throws Exception {
		String database = server.newDatabase();
		StoreLocation location = StoreLocation.server(temp, "postgresql://" + server.adminUser() + ":not-the-password@" + server.host() + ":" + server.port() + "/" + database);

		StoreException refused = assertThrows(StoreException.class, () -> Stores.open(location));

		assertEquals(Reason.UNREACHABLE, refused.reason());
		assertUnreachableMessage(refused.getMessage(), location.describe());
		assertTrue(refused.getMessage().contains("password authentication failed"), refused.getMessage());
		assertFalse(refused.getMessage().contains("not-the-password"), refused.getMessage());
	}

	private static void assertUnreachableMessage(String message, String server) {
		assertTrue(message.contains(server), message);
		for (String check : List.of("running", "address and port", "firewall", "pg_hba.conf")) {
			assertTrue(message.contains(check), check + " in: " + message);
		}
		assertFalse(message.contains("Exception") || message.contains("\tat "), "no stack trace: " + message);
	}

	private StoreLocation newDatabase() throws StoreException {
		return StoreLocation.server(temp, "postgresql://" + server.adminUser() + ":" + server.adminPassword() + "@" + server.host() + ":" + server.port() + "/"
				+ server.newDatabase());
	}

	private static long count(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		}
	}
}
