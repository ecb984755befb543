package org.qaworkbench.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;

/** The throwaway server is real: SCRAM logins over TCP, fresh databases, and it can be stopped and started again. */
class TestPostgresPTest {

	@Test
	void aTableSurvivesTheServerStoppingAndStartingAgain() throws SQLException {
		TestPostgres server = TestPostgres.server();
		String database = server.newDatabase();
		try (Connection connection = server.connectAsAdmin(database); Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE \"NOTE\" (\"ID\" BIGINT PRIMARY KEY, \"TEXT\" VARCHAR(100))");
			statement.execute("INSERT INTO \"NOTE\" VALUES (1, 'kept across a restart')");
		}

		server.stop();
		assertFalse(server.isRunning());
		assertThrows(PSQLException.class, () -> server.connectAsAdmin(database).close(), "nothing answers while stopped");

		server.start();
		try (Connection connection = server.connectAsAdmin(database); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT \"TEXT\" FROM \"NOTE\" WHERE \"ID\" = 1")) {
			assertTrue(rows.next());
			assertEquals("kept across a restart", rows.getString(1));
		}
	}

	@Test
	void eachNewDatabaseIsEmptyAndOnLoopbackWithAPasswordLogin() throws SQLException {
		TestPostgres server = TestPostgres.server();
		String first = server.newDatabase();
		String second = server.newDatabase();
		assertNotEquals(first, second);
		assertTrue(server.jdbcUrl(second).startsWith("jdbc:postgresql://127.0.0.1:" + server.port() + "/"));
		try (Connection connection = server.connectAsAdmin(second); Statement statement = connection.createStatement();
				ResultSet tables = statement.executeQuery(
						"SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")) {
			tables.next();
			assertEquals(0, tables.getInt(1));
		}
		PSQLException wrongPassword = assertThrows(PSQLException.class,
				() -> server.connect(second, server.adminUser(), "not the password").close());
		assertTrue(wrongPassword.getMessage().contains("password authentication failed"), wrongPassword.getMessage());
	}

	@Test
	void theServerRunsWithPasswordEncryptionScram() throws SQLException {
		TestPostgres server = TestPostgres.server();
		try (Connection connection = server.connectAsAdmin("postgres"); Statement statement = connection.createStatement();
				ResultSet stored = statement.executeQuery(
						"SELECT rolpassword FROM pg_authid WHERE rolname = '" + server.adminUser() + "'")) {
			stored.next();
			assertTrue(stored.getString(1).startsWith("SCRAM-SHA-256$"), "the admin's password is stored as SCRAM");
		}
	}
}
