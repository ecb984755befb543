package org.qaworkbench.store.jdbc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.qaworkbench.store.jdbc.Dialect;
import org.qaworkbench.store.jdbc.NewerSchemaException;

/** Migrations on a database the bundled scripts made, with one script more than the product ships. */
abstract class SchemaMigratorContract extends StoreTestCase {

	@Test
	void upgradesADatabaseKeepingItsData() throws Exception {
		fixture.staff("Jo Bloggs");
		int shipped = SchemaMigrator.bundled().latestVersion();
		try (Connection connection = connect()) {
			SchemaMigrator upgraded = withExtraScript("CREATE TABLE LOCALITY_NOTES (NAME VARCHAR(80) NOT NULL PRIMARY KEY);\n"
					+ "INSERT INTO LOCALITY_NOTES VALUES ('Hadley Castle');\n");
			assertEquals(shipped, upgraded.migrate(connection, dialect(), "sam"));

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
