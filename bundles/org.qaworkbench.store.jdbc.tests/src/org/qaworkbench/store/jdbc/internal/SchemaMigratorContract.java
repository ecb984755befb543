package org.qaworkbench.store.jdbc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.qaworkbench.store.jdbc.Dialect;
import org.qaworkbench.store.jdbc.NewerSchemaException;

/** Migrations on a database the bundled scripts made, with one script more than the product ships. */
abstract class SchemaMigratorContract extends StoreTestCase {

	@Test
	void upgradesADatabaseKeepingEveryRow() throws Exception {
		fixture.staff("Jo Bloggs");
		fixture.store.records().save(Samples.audit(definitionHash, 3, "LL1"), StoreFixture.ALEX);
		fixture.store.drafts().save(0, "Audit of LL2", Samples.audit(definitionHash, 3, "LL2"), StoreFixture.ALEX);
		int shipped = SchemaMigrator.bundled().latestVersion();
		try (Connection connection = connect()) {
			Map<String, Long> before = rowsPerTable(connection);
			SchemaMigrator upgraded = withExtraScript("CREATE TABLE LOCALITY_NOTES (NAME VARCHAR(80) NOT NULL PRIMARY KEY);\n"
					+ "INSERT INTO LOCALITY_NOTES VALUES ('Hadley Castle');\n");
			assertEquals(shipped, upgraded.migrate(connection, dialect(), "sam"));

			Map<String, Long> after = rowsPerTable(connection);
			String versions = dialect().catalogName("SCHEMA_VERSION");
			assertEquals(before.get(versions) + 1, after.remove(versions));
			before.remove(versions);
			after.remove(dialect().catalogName("LOCALITY_NOTES"));
			assertEquals(before, after, "every row of every table is kept");
			assertTrue(before.values().stream().filter(rows -> rows > 0).count() >= 6, before.toString());
			assertEquals(shipped + 1, SchemaMigrator.currentVersion(connection));
			assertEquals("Hadley Castle", single(connection, "SELECT NAME FROM LOCALITY_NOTES"));
			assertEquals("Jo Bloggs", single(connection, "SELECT \"NAME\" FROM \"STAFF_MEMBERS\""));
			assertEquals("sam", single(connection, "SELECT APPLIED_BY FROM SCHEMA_VERSION WHERE VERSION = " + (shipped + 1)));
		}
	}

	@Test
	void aFailingScriptLeavesTheSchemaAtTheLastWholeVersion() throws Exception {
		int shipped = SchemaMigrator.bundled().latestVersion();
		try (Connection connection = connect()) {
			SchemaMigrator broken = withExtraScript("CREATE TABLE HALF_DONE (ID INT);\nTHIS IS NOT SQL;\n");
			assertThrows(SQLException.class, () -> broken.migrate(connection, dialect(), "alex"));

			assertEquals(shipped, SchemaMigrator.currentVersion(connection));
			try (var tables = connection.getMetaData().getTables(null, connection.getSchema(), dialect().catalogName("HALF_DONE"), null)) {
				assertFalse(tables.next(), "the half-applied script was rolled back");
			}
		}
	}

	@Test
	void refusesADatabaseNewerThanItsScriptsAndLeavesItUntouched() throws Exception {
		int shipped = SchemaMigrator.bundled().latestVersion();
		fixture.update("INSERT INTO SCHEMA_VERSION VALUES (" + (shipped + 5) + ", CURRENT_TIMESTAMP, 'a newer QA Workbench')");
		try (Connection connection = connect()) {
			NewerSchemaException refused = assertThrows(NewerSchemaException.class, () -> SchemaMigrator.bundled().migrate(connection, dialect(), "alex"));
			assertEquals(shipped + 5, refused.found());
			assertEquals(shipped, refused.known());
			assertEquals(shipped + 5, SchemaMigrator.currentVersion(connection));
		}
	}

	@Test
	void splitsScriptsIntoStatementsAndDropsComments() {
		assertEquals(List.of("CREATE TABLE A (X INT)", "INSERT INTO A VALUES (1)"),
				SchemaMigrator.statements("-- a comment\nCREATE TABLE A (X INT);\n\nINSERT INTO A VALUES (1);\n"));
	}

	@Test
	void keepsOnlyTheLinesOfItsOwnEngineAndFillsInThePlaceholders() {
		String script = "CREATE TABLE T (C ${LARGE_TEXT});\n--@" + dialect().engine() + "\nMINE;\n--@other\nTHEIRS;\n--@all\nINSERT INTO T VALUES (${NEXT_RECORD_ID});\n";

		String forEngine = SchemaMigrator.forEngine(script, dialect());

		assertEquals(List.of("CREATE TABLE T (C " + dialect().largeTextType() + ")", "MINE", "INSERT INTO T VALUES (" + dialect().nextIdExpression() + ")"),
				SchemaMigrator.statements(forEngine));
		assertTrue(SchemaMigrator.statements("F() AS $$ BEGIN X; END $$;\n").size() == 1, "a semicolon inside a line does not end a statement");
	}

	private static Map<String, Long> rowsPerTable(Connection connection) throws SQLException {
		Map<String, Long> rows = new TreeMap<>();
		try (ResultSet tables = connection.getMetaData().getTables(null, connection.getSchema(), "%", new String[] { "TABLE" })) {
			while (tables.next()) {
				rows.put(tables.getString("TABLE_NAME"), 0L);
			}
		}
		for (String table : rows.keySet()) {
			rows.put(table, Long.parseLong(single(connection, "SELECT COUNT(*) FROM \"" + table + "\"")));
		}
		return rows;
	}

	private Dialect dialect() {
		return fixture.jdbc().dialect();
	}

	private Connection connect() throws SQLException {
		return fixture.jdbc().dataSource().getConnection();
	}

	private SchemaMigrator withExtraScript(String sql) throws IOException {
		int shipped = SchemaMigrator.bundled().latestVersion();
		URL extra = Files.writeString(temp.resolve("extra.sql"), sql).toUri().toURL();
		return SchemaMigrator.from(version -> version <= shipped ? SchemaMigrator.class.getResource(String.format("/db/V%03d.sql", version))
				: version == shipped + 1 ? extra : null);
	}

	private static String single(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); var result = statement.executeQuery(sql)) {
			result.next();
			return result.getString(1);
		}
	}
}
