package org.qaworkbench.store.postgresql.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.store.StoreFailureException;
import org.qaworkbench.core.store.StoreLocation;
import org.qaworkbench.core.store.Stores;
import org.qaworkbench.model.Locality;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.testing.TestPostgres;

/**
 * The server goes away in the middle of a unit of work: the save fails with a failure the editor can tell apart
 * (it keeps the typed work), nothing of the unit is stored, and the same save succeeds once the server is back.
 */
class ServerGoneMidSavePTest {

	private static final Actor ALEX = new Actor("alex");
	private static final long WAIT_SECONDS = 60;

	@TempDir
	Path temp;

	private final TestPostgres server = TestPostgres.server();
	private final ExecutorService saver = Executors.newSingleThreadExecutor();

	@AfterEach
	void serverBack() {
		saver.shutdownNow();
		server.start();
	}

	@Test
	void aUnitCutOffByTheServerStoresNothingAndIsSavedOnceTheServerIsBack() throws Exception {
		String database = server.newDatabase();
		StoreLocation location = StoreLocation.server(temp,
				"postgresql://" + server.adminUser() + ":" + server.adminPassword() + "@" + server.host() + ":" + server.port() + "/" + database);
		try (Store store = Stores.open(location)) {
			Locality hadley = QaFactory.eINSTANCE.createLocality();
			hadley.setName("Hadley");
			StaffMember manager = QaFactory.eINSTANCE.createStaffMember();
			manager.setName("Dana Manager");

			// Another session holds STAFF_MEMBERS: the save writes the locality and its history, then waits there.
			Connection blocker = server.connectAsAdmin(database);
			blocker.setAutoCommit(false);
			try (Statement lock = blocker.createStatement()) {
				lock.execute("LOCK TABLE \"STAFF_MEMBERS\" IN ACCESS EXCLUSIVE MODE");
			}
			Future<Locality> save = saver.submit(() -> store.records().save(hadley, List.of(manager), ALEX));
			awaitSaveWaitingForLock(blocker);
			server.stop(); // ends the blocker's session too
			blocker.close();

			ExecutionException failed = assertThrows(ExecutionException.class, () -> save.get(WAIT_SECONDS, TimeUnit.SECONDS));
			StoreFailureException failure = assertInstanceOf(StoreFailureException.class, failed.getCause());
			assertTrue(failure.isConnectionLost(), "the editor keeps the typed work as a draft");
			assertTrue(failure.getMessage().contains(location.describe()), failure.getMessage());

			server.start();
			try (Connection check = server.connectAsAdmin(database)) {
				assertEquals(0, count(check, "SELECT COUNT(*) FROM \"LOCALITIES\""), "nothing of the unit was stored");
				assertEquals(0, count(check, "SELECT COUNT(*) FROM HISTORY"));
			}

			Locality saved = store.records().save(hadley, List.of(manager), ALEX);

			assertEquals(1, store.records().count(Locality.class));
			assertEquals(1, store.records().count(StaffMember.class));
			assertEquals("Hadley", store.records().find(Locality.class, saved.getId()).orElseThrow().getName());
		}
	}

	/** Until the save's session shows up in pg_locks waiting for a lock it was not granted. */
	private static void awaitSaveWaitingForLock(Connection blocker) throws SQLException, InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
		try (PreparedStatement waiting = blocker.prepareStatement("SELECT COUNT(*) FROM pg_locks WHERE NOT granted")) {
			while (true) {
				try (ResultSet result = waiting.executeQuery()) {
					result.next();
					if (result.getLong(1) > 0) {
						return;
					}
				}
				if (System.nanoTime() > deadline) {
					throw new AssertionError("the save never reached the locked table");
				}
				Thread.onSpinWait();
			}
		}
	}

	private static long count(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		}
	}
}
