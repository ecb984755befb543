package org.qaworkbench.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL server for the tests of one JVM: initdb in a temporary folder, started with pg_ctl on a free
 * loopback port, stopped and deleted at JVM exit. No mock and no skip: a machine without PostgreSQL fails the test
 * and says what to install (releng/scripts/test and .ci/run install it). Logins are SCRAM-SHA-256 over TCP, as a
 * team database's are.
 *
 * <p>The binaries are found in QA_TEST_POSTGRES_BIN (system property {@code qa.test.postgres.bin} or environment),
 * else the newest /usr/lib/postgresql/N/bin (Debian, Ubuntu), else initdb on the PATH. initdb and postgres refuse to
 * run as root, so a root JVM runs them as the user {@code postgres} (or QA_TEST_POSTGRES_USER) through runuser.
 */
public final class TestPostgres {

	private static final String ADMIN_USER = "qa_test_admin";
	private static final long START_SECONDS = 60;
	private static TestPostgres server;

	private final Path binaries;
	private final Path folder;
	private final String runAs;
	private final String adminPassword;
	private final AtomicInteger databases = new AtomicInteger();
	private int port;
	private boolean running;

	private TestPostgres(Path binaries, Path folder, String runAs, String adminPassword) {
		this.binaries = binaries;
		this.folder = folder;
		this.runAs = runAs;
		this.adminPassword = adminPassword;
	}

	/** The JVM's server, created and started on first use; stopped and deleted when the JVM exits. */
	public static synchronized TestPostgres server() {
		if (server == null) {
			try {
				server = create();
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while starting the test PostgreSQL", e);
			}
		}
		if (!server.running) {
			server.start(); // a test that stopped it and failed before starting it again must not break the next
		}
		return server;
	}

	private static TestPostgres create() throws IOException, InterruptedException {
		Path binaries = findBinaries();
		String runAs = "root".equals(System.getProperty("user.name")) ? setting("QA_TEST_POSTGRES_USER", "postgres") : null;
		Path folder = Files.createTempDirectory("qa-test-postgres-");
		String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
		TestPostgres created = new TestPostgres(binaries, folder, runAs, password);
		Runtime.getRuntime().addShutdownHook(new Thread(created::destroy, "stop test PostgreSQL"));
		created.initdb();
		created.startOnFreePort();
		return created;
	}

	public String adminUser() {
		return ADMIN_USER;
	}

	public String adminPassword() {
		return adminPassword;
	}

	public String host() {
		return "127.0.0.1";
	}

	public int port() {
		return port;
	}

	/** The JDBC URL of a database on this server. */
	public String jdbcUrl(String database) {
		return "jdbc:postgresql://" + host() + ":" + port + "/" + database;
	}

	/** The URL a user types for this database ({@code qa connect postgresql://host:port/db}). */
	public String url(String database) {
		return "postgresql://" + host() + ":" + port + "/" + database;
	}

	/** A fresh, empty database (one per test class, so tests never see each other's rows); returns its name. */
	public String newDatabase() {
		String name = "qa_test_" + databases.incrementAndGet();
		try (Connection connection = connectAsAdmin("postgres"); Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		} catch (SQLException e) {
			throw new IllegalStateException("Could not create the test database " + name + ": " + e.getMessage(), e);
		}
		return name;
	}

	/** A connection to a database as the superuser that initdb created, by password over TCP. */
	public Connection connectAsAdmin(String database) throws SQLException {
		return connect(database, ADMIN_USER, adminPassword);
	}

	/** A connection as any user, through the driver directly (DriverManager does not see OSGi bundles). */
	public Connection connect(String database, String user, String password) throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", user);
		properties.setProperty("password", password);
		Connection connection = new org.postgresql.Driver().connect(jdbcUrl(database), properties);
		if (connection == null) {
			throw new SQLException("The PostgreSQL driver did not accept " + jdbcUrl(database));
		}
		return connection;
	}

	/** Stops the server now (open connections are cut), to test what happens when the server goes away. */
	public synchronized void stop() {
		if (running) {
			pgCtl("stop", "-m", "fast");
			running = false;
		}
	}

	/** Starts it again on the same port, so URLs handed out before still work; returns once it accepts logins. */
	public synchronized void start() {
		if (!running) {
			pgCtl("start", "-o", serverOptions(port));
			running = true;
		}
	}

	public synchronized boolean isRunning() {
		return running;
	}

	private void initdb() throws IOException, InterruptedException {
		Path passwordFile = folder.resolve("admin-password");
		Files.writeString(passwordFile, adminPassword + "\n", StandardCharsets.UTF_8);
		Files.createDirectories(folder.resolve("sockets"));
		if (runAs != null) {
			run(List.of("chown", "-R", runAs + ":", folder.toString()), "Giving the test PostgreSQL folder to user " + runAs
					+ " (tests run as root; set QA_TEST_POSTGRES_USER to another unprivileged user if there is no " + runAs + ")");
		}
		run(asServerUser(binaries.resolve("initdb").toString(), "-D", dataFolder(), "-U", ADMIN_USER,
				"--auth=scram-sha-256", "--pwfile=" + passwordFile, "--encoding=UTF8", "--locale=C", "--no-sync"),
				"initdb of the test PostgreSQL");
		Files.delete(passwordFile);
	}

	private void startOnFreePort() throws IOException {
		IllegalStateException last = null;
		for (int attempt = 0; attempt < 3; attempt++) { // another process may take the free port before postgres does
			port = freeLoopbackPort();
			try {
				start();
				return;
			} catch (IllegalStateException e) {
				last = e;
			}
		}
		throw last;
	}

	private String serverOptions(int onPort) {
		return "-p " + onPort + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=" + folder.resolve("sockets")
				+ " -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200";
	}

	private void pgCtl(String action, String... options) {
		List<String> command = new ArrayList<>(List.of(binaries.resolve("pg_ctl").toString(), action, "-D", dataFolder(),
				"-w", "-t", String.valueOf(START_SECONDS), "-l", folder.resolve("server.log").toString()));
		command.addAll(List.of(options));
		try {
			run(asServerUser(command.toArray(String[]::new)), "pg_ctl " + action + " of the test PostgreSQL (log: "
					+ folder.resolve("server.log") + ")");
		} catch (IOException e) {
			throw new IllegalStateException(e.getMessage(), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted: pg_ctl " + action, e);
		}
	}

	private void destroy() {
		try {
			if (running) {
				pgCtl("stop", "-m", "immediate");
				running = false;
			}
		} catch (RuntimeException e) {
			System.err.println(e.getMessage());
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		} catch (IOException e) {
			System.err.println("Could not delete " + folder + ": " + e.getMessage());
		}
	}

	private String dataFolder() {
		return folder.resolve("data").toString();
	}

	private List<String> asServerUser(String... command) {
		List<String> full = new ArrayList<>();
		if (runAs != null) {
			full.addAll(List.of("runuser", "-u", runAs, "--"));
		}
		full.addAll(List.of(command));
		return full;
	}

	private static void run(List<String> command, String what) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(START_SECONDS + 30, TimeUnit.SECONDS) || process.exitValue() != 0) {
			process.destroyForcibly();
			throw new IOException(what + " failed: " + String.join(" ", command) + "\n" + output);
		}
	}

	private static int freeLoopbackPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	static Path findBinaries() {
		String configured = setting("QA_TEST_POSTGRES_BIN", null);
		List<Path> candidates = new ArrayList<>();
		if (configured != null) {
			candidates.add(Path.of(configured));
		} else {
			candidates.addAll(debianBinaries());
			for (String entry : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
				if (!entry.isEmpty()) {
					candidates.add(Path.of(entry));
				}
			}
		}
		for (Path candidate : candidates) {
			if (Files.isExecutable(candidate.resolve("initdb")) && Files.isExecutable(candidate.resolve("pg_ctl"))) {
				return candidate;
			}
		}
		throw new IllegalStateException("The tests need a PostgreSQL server (15 or newer) and found no initdb and pg_ctl in "
				+ (configured != null ? configured + " (QA_TEST_POSTGRES_BIN)"
						: "/usr/lib/postgresql/<version>/bin or on the PATH")
				+ ". Install it (Debian/Ubuntu: apt-get install postgresql; .ci/run does this) or set QA_TEST_POSTGRES_BIN"
				+ " to the folder holding initdb and pg_ctl.");
	}

	/** /usr/lib/postgresql/N/bin, newest version first. */
	private static List<Path> debianBinaries() {
		Path root = Path.of("/usr/lib/postgresql");
		if (!Files.isDirectory(root)) {
			return List.of();
		}
		try (Stream<Path> versions = Files.list(root)) {
			return versions.filter(path -> path.getFileName().toString().matches("\\d+(\\.\\d+)?"))
					.sorted(Comparator.comparing((Path path) -> Double.parseDouble(path.getFileName().toString())).reversed())
					.map(path -> path.resolve("bin")).toList();
		} catch (IOException e) {
			return List.of();
		}
	}

	/** A system property (qa.test.postgres.bin for QA_TEST_POSTGRES_BIN) wins over the environment variable. */
	private static String setting(String environmentName, String fallback) {
		String property = System.getProperty(environmentName.toLowerCase().replace('_', '.'));
		if (property != null && !property.isBlank()) {
			return property;
		}
		String environment = System.getenv(environmentName);
		return environment != null && !environment.isBlank() ? environment : fallback;
	}
}
