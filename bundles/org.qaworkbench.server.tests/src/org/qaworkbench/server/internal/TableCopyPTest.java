package org.qaworkbench.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.qaworkbench.testing.TestPostgres;

/**
 * The copy itself, between two PostgreSQL databases with a schema shaped like the product's (a record table, a
 * child table with a foreign key, history with an identity, drafts, definitions, a seeded table, the id sequence):
 * what qa move-to-server does, without needing an embedded database.
 */
class TableCopyPTest {

	private static final String[] SCHEMA = {
			"CREATE SEQUENCE RECORD_IDS AS BIGINT START WITH 1",
			"CREATE TABLE SCHEMA_VERSION (VERSION INT NOT NULL PRIMARY KEY)",
			"CREATE TABLE \"CASES\" (\"ID\" BIGINT NOT NULL PRIMARY KEY, \"CASE_NUMBER\" VARCHAR(255), \"OPENED\" DATE)",
			"CREATE TABLE \"CASE_ALLOCATIONS\" (\"PARENT_ID\" BIGINT NOT NULL REFERENCES \"CASES\", \"SEQ\" INTEGER NOT NULL,"
					+ " \"VALUE\" VARCHAR(64), PRIMARY KEY (\"PARENT_ID\", \"SEQ\"))",
			"CREATE TABLE \"AUDIT_THEMES\" (\"ID\" BIGINT NOT NULL PRIMARY KEY, \"NAME\" VARCHAR(255))",
			"CREATE TABLE DEFINITIONS (HASH VARCHAR(64) NOT NULL PRIMARY KEY, CONTENT TEXT NOT NULL)",
			"CREATE TABLE DRAFTS (ID BIGINT NOT NULL PRIMARY KEY, OWNER VARCHAR(255) NOT NULL, CONTENT TEXT NOT NULL)",
			"CREATE TABLE HISTORY (ID BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY, RECORD_ID BIGINT NOT NULL,"
					+ " \"ACTION\" VARCHAR(16) NOT NULL)",
			"INSERT INTO SCHEMA_VERSION VALUES (1)",
			"INSERT INTO \"AUDIT_THEMES\" VALUES (nextval('record_ids'), 'Neglect')" };

	private final TestPostgres server = TestPostgres.server();

	@Test
	void everyRowIsCopiedWithItsIdAndTheSequencesContinuePastThem() throws Exception {
		String from = newSchema();
		String to = newSchema();
		try (Connection source = server.connectAsAdmin(from); Statement statement = source.createStatement()) {
			statement.execute("SELECT setval('record_ids', 40)");
			statement.execute("INSERT INTO \"CASES\" VALUES (41, 'C-41', DATE '2026-01-31'), (42, 'C-42', NULL)");
			statement.execute("INSERT INTO \"CASE_ALLOCATIONS\" VALUES (41, 0, 'A'), (41, 1, 'B'), (42, 0, 'C')");
			statement.execute("INSERT INTO \"AUDIT_THEMES\" VALUES (43, 'Domestic abuse')");
			statement.execute("INSERT INTO DEFINITIONS VALUES ('abc', '<definition/>')");
			statement.execute("INSERT INTO DRAFTS VALUES (44, 'someone', 'typed and not saved')");
			statement.execute("INSERT INTO HISTORY (RECORD_ID, \"ACTION\") VALUES (41, 'CREATED'), (42, 'CREATED'), (90, 'DELETED')");
		}
		List<TableCopy.Count> counts;
		try (Connection source = server.connectAsAdmin(from); Connection target = server.connectAsAdmin(to)) {
			counts = new TableCopy(source, target).copy(to);
		}
		assertEquals(List.of(new TableCopy.Count("AUDIT_THEMES", 2, 2), new TableCopy.Count("CASES", 2, 2),
				new TableCopy.Count("CASE_ALLOCATIONS", 3, 3), new TableCopy.Count("DEFINITIONS", 1, 1), new TableCopy.Count("DRAFTS", 1, 1),
				new TableCopy.Count("HISTORY", 3, 3)), counts, "parents before children, counts from both sides");
		try (Connection target = server.connectAsAdmin(to); Statement statement = target.createStatement()) {
			assertEquals("C-41 2026-01-31 [A, B]; C-42 null [C]", cases(statement));
			assertEquals("1 Neglect; 43 Domestic abuse", rows(statement, "SELECT \"ID\" || ' ' || \"NAME\" FROM \"AUDIT_THEMES\" ORDER BY 1"),
					"the source's themes replace the target's seeds, ids and all");
			assertEquals("typed and not saved", rows(statement, "SELECT CONTENT FROM DRAFTS WHERE ID = 44"));
			assertEquals("91", rows(statement, "SELECT nextval('record_ids')"), "past every id, the history's deleted record's too");
			statement.execute("INSERT INTO HISTORY (RECORD_ID, \"ACTION\") VALUES (91, 'CREATED')");
			assertEquals("1 41, 2 42, 3 90, 4 91", rows(statement, "SELECT string_agg(ID || ' ' || RECORD_ID, ', ' ORDER BY ID) FROM HISTORY"),
					"history keeps its ids and goes on after them");
		}
	}

	@Test
	void aTargetSomeoneHasUsedIsRefusedAndKeptAsItWas() throws Exception {
		String from = newSchema();
		String to = newSchema();
		try (Connection target = server.connectAsAdmin(to); Statement statement = target.createStatement()) {
			statement.execute("INSERT INTO HISTORY (RECORD_ID, \"ACTION\") VALUES (7, 'CREATED')");
		}
		try (Connection source = server.connectAsAdmin(from); Connection target = server.connectAsAdmin(to)) {
			ServerException refused = assertThrows(ServerException.class, () -> new TableCopy(source, target).copy(to));
			assertTrue(refused.getMessage().contains("in use already"), refused.getMessage());
		}
		try (Connection target = server.connectAsAdmin(to); Statement statement = target.createStatement()) {
			assertEquals("1 Neglect", rows(statement, "SELECT \"ID\" || ' ' || \"NAME\" FROM \"AUDIT_THEMES\""), "the seed is still there");
		}
	}

	@Test
	void aFailureHalfWayLeavesTheTargetAsItWas() throws Exception {
		String from = newSchema();
		String to = newSchema();
		try (Connection source = server.connectAsAdmin(from); Statement statement = source.createStatement()) {
			statement.execute("INSERT INTO \"CASES\" VALUES (41, 'C-41', NULL)");
			statement.execute("ALTER TABLE DRAFTS ALTER COLUMN CONTENT DROP NOT NULL");
			statement.execute("INSERT INTO DRAFTS VALUES (44, 'someone', NULL)"); // the target refuses this row
		}
		try (Connection source = server.connectAsAdmin(from); Connection target = server.connectAsAdmin(to)) {
			assertThrows(SQLException.class, () -> new TableCopy(source, target).copy(to));
		}
		try (Connection target = server.connectAsAdmin(to); Statement statement = target.createStatement()) {
			assertEquals("0", rows(statement, "SELECT COUNT(*) FROM \"CASES\""), "the cases copied before the failure are gone");
			assertEquals("1 Neglect", rows(statement, "SELECT \"ID\" || ' ' || \"NAME\" FROM \"AUDIT_THEMES\""), "the seed is back");
		}
	}

	private String newSchema() throws SQLException {
		String database = server.newDatabase();
		try (Connection connection = server.connectAsAdmin(database); Statement statement = connection.createStatement()) {
			for (String sql : SCHEMA) {
				statement.execute(sql);
			}
		}
		return database;
	}

	private static String cases(Statement statement) throws SQLException {
		return rows(statement, "SELECT c.\"CASE_NUMBER\" || ' ' || COALESCE(c.\"OPENED\"::text, 'null') || ' ['"
				+ " || (SELECT string_agg(a.\"VALUE\", ', ' ORDER BY a.\"SEQ\") FROM \"CASE_ALLOCATIONS\" a WHERE a.\"PARENT_ID\" = c.\"ID\") || ']'"
				+ " FROM \"CASES\" c ORDER BY c.\"ID\"");
	}

	private static String rows(Statement statement, String query) throws SQLException {
		StringBuilder text = new StringBuilder();
		try (ResultSet rows = statement.executeQuery(query)) {
			while (rows.next()) {
				text.append(text.isEmpty() ? "" : "; ").append(rows.getString(1));
			}
		}
		return text.toString();
	}
}
