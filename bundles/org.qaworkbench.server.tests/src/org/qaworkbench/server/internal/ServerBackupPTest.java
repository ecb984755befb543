package org.qaworkbench.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.core.cli.SignIn;
import org.qaworkbench.core.identity.Credentials;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.store.StoreLocation;
import org.qaworkbench.core.store.Stores;
import org.qaworkbench.model.Locality;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.testing.TestAccounts;
import org.qaworkbench.testing.TestPostgres;

/** qa backup on a workstation of a team, and the README's restore of what it wrote. */
class ServerBackupPTest {

	private static final String PERSON = "pat.first.team_backup";
	private static final String PASSWORD = "Pat's long password";

	private final TestPostgres server = TestPostgres.server();

	@TempDir
	Path temp;

	@Test
	void aWorkstationsBackupRestoresAsTheReadmeSays() throws Exception {
		Path dataFolder = temp.resolve("data");
		CommandRun init = CommandRun.run(new ServerCommand((user, where) -> server.adminPassword(), user -> PASSWORD.toCharArray()), dataFolder, "init",
				"--url", server.url("team_backup"), "--admin-user", server.adminUser(), "--first-admin", PERSON);
		assertEquals(0, init.exitCode(), init.err());
		try (AutoCloseable signedIn = TestAccounts.commandsSignIn(temp.resolve("passwords"), PERSON, PASSWORD)) {
			assertEquals(0, CommandRun.run(new ConnectCommand(), dataFolder, server.url("team_backup")).exitCode());
		}
		try (Store store = asThePerson(dataFolder)) {
			Locality locality = QaFactory.eINSTANCE.createLocality();
			locality.setName("Telford");
			store.records().save(locality, new Actor(PERSON));
		}

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		// on the workstation, signed in as the server's administrator (QA_USER, QA_PASSWORD, as the README says): row-level
		// security keeps every other login from reading every row, so nobody else can make a whole backup
		Map<String, String> administrator = Map.of(SignIn.USER_VARIABLE, server.adminUser(), SignIn.PASSWORD_VARIABLE, server.adminPassword());
		int exitCode = new ServerBackup(new PgDump(List.of(server.binaries()))).run(StoreLocation.resolve(dataFolder), new SignIn(administrator::get, null), null,
				temp.resolve("backups"), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
		assertEquals(0, exitCode);
		Path dump;
		try (Stream<Path> files = Files.list(temp.resolve("backups"))) {
			dump = files.findFirst().orElseThrow();
		}
		assertTrue(out.toString(StandardCharsets.UTF_8).contains(dump.toString()));

		// the README's restore: a new database owned by the owner role, pg_restore, and qa server init again
		try (Connection admin = server.connectAsAdmin("postgres"); Statement statement = admin.createStatement()) {
			statement.execute("DROP DATABASE team_backup WITH (FORCE)");
			statement.execute("CREATE DATABASE team_backup OWNER team_backup_owner");
		}
		ProcessBuilder restore = new ProcessBuilder(server.binaries().resolve("pg_restore").toString(), "--exit-on-error", "--no-password",
				"--dbname=postgresql://" + server.adminUser() + "@" + server.host() + ":" + server.port() + "/team_backup", dump.toString())
				.redirectErrorStream(true).redirectOutput(temp.resolve("pg_restore.log").toFile());
		restore.environment().put("PGPASSWORD", server.adminPassword());
		assertEquals(0, restore.start().waitFor(), () -> read(temp.resolve("pg_restore.log")));
		CommandRun again = CommandRun.run(new ServerCommand((user, where) -> server.adminPassword()), dataFolder, "init", "--url",
				server.url("team_backup"), "--admin-user", server.adminUser());
		assertEquals(0, again.exitCode(), again.err());

		try (Store store = asThePerson(dataFolder)) {
			assertEquals(List.of("Telford"), store.records().list(Locality.class).stream().map(Locality::getName).toList());
			Locality another = QaFactory.eINSTANCE.createLocality();
			another.setName("Wellington");
			store.records().save(another, new Actor(PERSON)); // the workstation writes again after the restore
		}
	}

	@Test
	void withoutPgDumpItSaysTheCommandToRunElsewhere() throws Exception {
		Path dataFolder = temp.resolve("data");
		// a login in the address (QA_WORKBENCH_SERVER may have one) is never used nor repeated: the person signing in is
		StoreLocation location = StoreLocation.server(dataFolder, "postgresql://qa_app:secret@db.example.org:5432/qa?sslmode=verify-full");
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		Files.createDirectories(temp.resolve("empty"));
		SignIn nobodyAsked = new SignIn(Map.of(SignIn.USER_VARIABLE, "pat.admin")::get, null); // no password needed to say the command
		int exitCode = new ServerBackup(new PgDump(List.of(temp.resolve("empty")))).run(location, nobodyAsked, null, temp.resolve("backups"), System.out,
				new PrintStream(err, true, StandardCharsets.UTF_8));
		assertEquals(1, exitCode);
		String said = err.toString(StandardCharsets.UTF_8);
		assertTrue(said.startsWith("qa: pg_dump is not installed here"), said);
		assertTrue(said.contains("pg_dump --format=custom --file=\"" + temp.resolve("backups").toAbsolutePath() + "/qa-"), said);
		assertTrue(said.contains("\"postgresql://pat.admin@db.example.org:5432/qa?sslmode=verify-full\""), said);
		assertTrue(!said.contains("secret"), "never the password: " + said);
	}

	private static Store asThePerson(Path dataFolder) throws Exception {
		try (Credentials who = new Credentials(PERSON, PASSWORD.toCharArray())) {
			return Stores.open(StoreLocation.resolve(dataFolder), who);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		} catch (java.io.IOException e) {
			return e.toString();
		}
	}
}
