package org.qaworkbench.store.derby.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.core.Services;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.store.StoreException;
import org.qaworkbench.core.store.StoreException.Reason;
import org.qaworkbench.core.store.StoreLocation;
import org.qaworkbench.core.store.StoreProvider;
import org.qaworkbench.store.jdbc.internal.SchemaMigrator;

class DerbyStoreProviderPTest {

	/** Raise with every new migration script; a forgotten or lost script fails here. */
	private static final int LATEST_SCHEMA_VERSION = 9;

	private final DerbyStoreProvider provider = new DerbyStoreProvider();

	@TempDir
	Path temp;

	@Test
	void createsTheDatabaseOnFirstOpenAtTheLatestSchemaVersion() throws Exception {
		Path dataFolder = temp.resolve("new-user");
		try (Store store = provider.open(dataFolder)) {
			assertEquals(LATEST_SCHEMA_VERSION, store.info().schemaVersion());
			assertEquals(LATEST_SCHEMA_VERSION, SchemaMigrator.bundled().latestVersion());
			assertEquals("jdbc:derby:" + dataFolder.resolve("db"), store.info().url());
			assertEquals(System.getProperty("user.name"), queryString(store, "SELECT APPLIED_BY FROM SCHEMA_VERSION WHERE VERSION = 1"));
		}
		assertTrue(Files.isDirectory(dataFolder.resolve("db")));
	}

	@Test
	void reopensAnExistingDatabaseWithoutRecreatingIt() throws Exception {
		Instant createdAt;
		try (Store first = provider.open(temp)) {
			createdAt = first.info().createdAt();
		}
		try (Store second = provider.open(temp)) {
			assertEquals(createdAt, second.info().createdAt());
			assertEquals(LATEST_SCHEMA_VERSION, second.info().schemaVersion());
			assertEquals(String.valueOf(LATEST_SCHEMA_VERSION), queryString(second, "SELECT CAST(COUNT(*) AS CHAR(4)) FROM SCHEMA_VERSION").strip());
		}
	}

	@Test
	void refusesADataFolderThatCannotBeWritten() throws Exception {
		Path aFile = Files.writeString(temp.resolve("not-a-folder"), "keep me");
		Path dataFolder = aFile.resolve("qa");
		StoreException refused = assertThrows(StoreException.class, () -> provider.open(dataFolder));
		assertEquals(Reason.FOLDER_NOT_WRITABLE, refused.reason());
		assertTrue(refused.getMessage().contains(dataFolder.toString()), refused.getMessage());
		assertEquals("keep me", Files.readString(aFile));
	}

	@Test
	void refusesADatabaseFromANewerVersionAndLeavesItUntouched() throws Exception {
		try (Store store = provider.open(temp)) {
			execute(store, "INSERT INTO SCHEMA_VERSION VALUES (99, CURRENT_TIMESTAMP, 'a newer QA Workbench')");
		}
		StoreException refused = assertThrows(StoreException.class, () -> provider.open(temp));
		assertEquals(Reason.NEWER_SCHEMA, refused.reason());
		assertTrue(refused.getMessage().contains("99"), refused.getMessage());
		assertTrue(refused.getMessage().contains(temp.toString()), refused.getMessage());

		try (Connection connection = rawConnection(temp); Statement statement = connection.createStatement();
				var result = statement.executeQuery("SELECT MAX(VERSION) FROM SCHEMA_VERSION")) {
			result.next();
			assertEquals(99, result.getInt(1));
		} finally {
			DerbyDialect.shutdown(temp.resolve("db").toString());
		}
	}

	@Test
	void reportsADatabaseOpenInAnotherProcess() throws Exception {
		try (Store store = provider.open(temp)) {
			// created; now closed so that the other process can boot it
		}
		try (OtherDerbyProcess other = OtherDerbyProcess.holding(temp.resolve("db"), temp)) {
			StoreException refused = assertThrows(StoreException.class, () -> provider.open(temp));
			assertEquals(Reason.IN_USE, refused.reason());
			assertTrue(refused.getMessage().contains("already open in another QA Workbench"), refused.getMessage());
			assertTrue(refused.getMessage().contains(temp.toString()), refused.getMessage());
		}
		try (Store afterwards = provider.open(temp)) {
			assertEquals(LATEST_SCHEMA_VERSION, afterwards.info().schemaVersion());
		}
	}

	@Test
	void upgradesADatabaseCreatedByThePreviousVersionKeepingItsData() throws Exception {
		org.apache.derby.jdbc.EmbeddedDataSource previous = new org.apache.derby.jdbc.EmbeddedDataSource();
		previous.setDatabaseName(temp.resolve("db").toString());
		previous.setCreateDatabase("create");
		try (Connection connection = previous.getConnection()) {
			SchemaMigrator.from(version -> version == 1 ? SchemaMigrator.class.getResource("/db/V001.sql") : null).migrate(connection, new DerbyDialect(temp.resolve("db")), "old");
			try (Statement statement = connection.createStatement()) {
				statement.executeUpdate("UPDATE INSTALLATION SET CREATED_AT = TIMESTAMP('2025-09-01 08:30:00')");
			}
		}
		DerbyDialect.shutdown(temp.resolve("db").toString());

		try (Store store = provider.open(temp)) {
			assertEquals(LATEST_SCHEMA_VERSION, store.info().schemaVersion());
			assertEquals(java.sql.Timestamp.valueOf("2025-09-01 08:30:00").toInstant(), store.info().createdAt());
			assertEquals(0, store.records().count(org.qaworkbench.model.Case.class), "the new tables are there and empty");
		}
	}

	@Test
	void isOfferedAsAStoreProviderService() throws Exception {
		assertInstanceOf(DerbyStoreProvider.class, Services.get(StoreProvider.class));
	}

	@Test
	void opensTheEmbeddedDatabaseAndNoServer() throws Exception {
		assertTrue(provider.opens(StoreLocation.embedded(temp)));
		assertFalse(provider.opens(StoreLocation.server(temp, "postgresql://db.example.org:5432/qa")));
	}

	private static Connection rawConnection(Path dataFolder) throws SQLException {
		org.apache.derby.jdbc.EmbeddedDataSource dataSource = new org.apache.derby.jdbc.EmbeddedDataSource();
		dataSource.setDatabaseName(dataFolder.resolve("db").toString());
		return dataSource.getConnection();
	}

	private static void execute(Store store, String sql) throws SQLException {
		try (Connection connection = DerbyStoreProvider.dataSourceOf(store).getConnection(); Statement statement = connection.createStatement()) {
			statement.executeUpdate(sql);
		}
	}

	private static String queryString(Store store, String sql) throws SQLException {
		try (Connection connection = DerbyStoreProvider.dataSourceOf(store).getConnection(); Statement statement = connection.createStatement();
				var result = statement.executeQuery(sql)) {
			result.next();
			return result.getString(1);
		}
	}
}
