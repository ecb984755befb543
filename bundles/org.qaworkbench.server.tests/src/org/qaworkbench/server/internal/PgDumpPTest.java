package org.qaworkbench.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.testing.TestPostgres;

/** A team database's backup is pg_dump's custom format, and the README's pg_restore brings it back. */
class PgDumpPTest {

	private final TestPostgres server = TestPostgres.server();

	@Test
	void aDumpRestoresIntoANewDatabaseWithEveryRow(@TempDir Path folder) throws Exception {
		String database = server.newDatabase();
		try (Connection connection = server.connectAsAdmin(database); Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE \"CASES\" (\"ID\" BIGINT PRIMARY KEY, \"CASE_NUMBER\" VARCHAR(255))");
			statement.execute("INSERT INTO \"CASES\" SELECT n, 'C-' || n FROM generate_series(1, 250) n");
		}
		ServerAddress address = ServerAddress.parse(server.url(database));
		PgDump pgDump = new PgDump(List.of(server.binaries()));
		Path file = pgDump.dump(pgDump.find().orElseThrow(), address, server.adminUser(), server.adminPassword(), PgDump.fileFor(address, folder));
		assertTrue(file.getFileName().toString().matches(database + "-\\d{4}-\\d\\d-\\d\\d-\\d{6}\\.dump"), file.toString());
		assertEquals("PGDMP", new String(Files.readAllBytes(file), 0, 5, StandardCharsets.US_ASCII), "pg_dump's custom format");

		String restored = server.newDatabase();
		ProcessBuilder restore = new ProcessBuilder(server.binaries().resolve("pg_restore").toString(), "--exit-on-error", "--no-password",
				"--dbname=postgresql://" + server.adminUser() + "@" + server.host() + ":" + server.port() + "/" + restored, file.toString())
				.redirectErrorStream(true).redirectOutput(folder.resolve("pg_restore.log").toFile());
		restore.environment().put("PGPASSWORD", server.adminPassword());
		assertEquals(0, restore.start().waitFor(), () -> read(folder.resolve("pg_restore.log")));
		try (Connection connection = server.connectAsAdmin(restored); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT COUNT(*), MAX(\"CASE_NUMBER\") FROM \"CASES\"")) {
			rows.next();
			assertEquals(250, rows.getInt(1));
			assertEquals("C-99", rows.getString(2));
		}
	}

	@Test
	void aWrongPasswordIsReportedInPgDumpsWordsAndLeavesNoFile(@TempDir Path folder) throws Exception {
		ServerAddress address = ServerAddress.parse(server.url(server.newDatabase()));
		PgDump pgDump = new PgDump(List.of(server.binaries()));
		Path file = PgDump.fileFor(address, folder);
		ServerException refused = assertThrows(ServerException.class,
				() -> pgDump.dump(pgDump.find().orElseThrow(), address, server.adminUser(), "wrong", file));
		assertTrue(refused.getMessage().contains("password authentication failed"), refused.getMessage());
		assertFalse(Files.exists(file));
	}

	@Test
	void withoutPgDumpTheCommandToRunElsewhereIsExact(@TempDir Path empty) throws Exception {
		assertTrue(new PgDump(List.of(empty)).find().isEmpty());
		ServerAddress address = ServerAddress.parse("postgresql://db.example.org/qa?sslmode=verify-full");
		assertEquals("pg_dump --format=custom --file=\"/backups/qa.dump\" \"postgresql://qa_app@db.example.org:5432/qa?sslmode=verify-full\"",
				PgDump.command(address, "qa_app", Path.of("/backups/qa.dump")));
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		} catch (java.io.IOException e) {
			return e.toString();
		}
	}
}
