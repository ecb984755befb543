package org.qaworkbench.store.derby.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaMigratorPTest {

	@TempDir
	Path temp;

	private EmbeddedDataSource dataSource;

	private Connection connect() throws SQLException {
		dataSource = new EmbeddedDataSource();
		dataSource.setDatabaseName(temp.resolve("db").toString());
		dataSource.setCreateDatabase("create");
		return dataSource.getConnection();
	}

	@AfterEach
	void shutDown() {
		DerbyStore.shutdown(temp.resolve("db").toString());
	}

	@Test
	void upgradesADatabaseFromAnEarlierVersionKeepingItsData() throws Exception {
		try (Connection connection = connect()) {
			assertEquals(0, SchemaMigrator.from(version -> version == 1 ? SchemaMigrator.class.getResource("/db/V001.sql") : null).migrate(connection, "alex"));
			execute(connection, "UPDATE INSTALLATION SET CREATED_AT = TIMESTAMP('2020-01-01 09:00:00')");

			SchemaMigrator upgraded = withExtraScript("CREATE TABLE LOCALITY (NAME VARCHAR(80) NOT NULL PRIMARY KEY);\n"
					+ "INSERT INTO LOCALITY VALUES ('Hadley Castle');\n");
			assertEquals(1, upgraded.migrate(connection, "sam"));

			assertEquals(2, SchemaMigrator.currentVersion(connection));
			assertEquals("Hadley Castle", single(connection, "SELECT NAME FROM LOCALITY"));
			assertEquals("2020-01-01 09:00:00.0", single(connection, "SELECT CAST(CREATED_AT AS VARCHAR(30)) FROM INSTALLATION"));
			assertEquals("sam", single(connection, "SELECT APPLIED_BY FROM SCHEMA_VERSION WHERE VERSION = 2"));
		}
	}

	@Test
	void aFailingScriptLeavesTheSchemaAtTheLastWholeVersion() throws Exception {
		try (Connection connection = connect()) {
			SchemaMigrator broken = withExtraScript("CREATE TABLE HALF_DONE (ID INT);\nTHIS IS NOT SQL;\n");
			assertThrows(SQLException.class, () -> broken.migrate(connection, "alex"));

			assertEquals(1, SchemaMigrator.currentVersion(connection));
			try (var tables = connection.getMetaData().getTables(null, null, "HALF_DONE", null)) {
				assertFalse(tables.next(), "the half-applied script was rolled back");
			}
		}
	}

	@Test
	void splitsScriptsIntoStatementsAndDropsComments() {
		assertEquals(List.of("CREATE TABLE A (X INT)", "INSERT INTO A VALUES (1)"),
				SchemaMigrator.statements("-- a comment\nCREATE TABLE A (X INT);\n\nINSERT INTO A VALUES (1);\n"));
	}

	private SchemaMigrator withExtraScript(String sql) throws IOException {
		URL extra = Files.writeString(temp.resolve("V002.sql"), sql).toUri().toURL();
		return SchemaMigrator.from(version -> switch (version) {
		case 1 -> SchemaMigrator.class.getResource("/db/V001.sql");
		case 2 -> extra;
		default -> null;
		});
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.executeUpdate(sql);
		}
	}

	private static String single(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); var result = statement.executeQuery(sql)) {
			result.next();
			return result.getString(1);
		}
	}
}
