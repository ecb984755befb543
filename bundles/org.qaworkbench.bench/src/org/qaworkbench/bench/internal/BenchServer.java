package org.qaworkbench.bench.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Properties;
import java.util.function.UnaryOperator;

import org.qaworkbench.core.cli.Options.UsageException;

/**
 * The PostgreSQL server a benchmark runs on, {@code postgresql://[user@]host[:port][/database]}, and the throwaway
 * databases it makes there. The login is read as a workstation reads it: the address's user, else PGUSER, else the
 * name of the person logged in; the password from PGPASSWORD (or ~/.pgpass through the driver), so that it never
 * has to be typed on a command line. The login needs the right to create databases.
 */
final class BenchServer {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss"); //$NON-NLS-1$

	private final URI url;
	private final String host;
	private final int port;
	private final String user;
	private final String password;
	private final String maintenanceDatabase;

	private BenchServer(URI url, String user, String password) {
		this.url = url;
		this.host = url.getHost();
		this.port = url.getPort() < 0 ? 5432 : url.getPort();
		this.user = user;
		this.password = password;
		String path = url.getPath() == null ? "" : url.getPath().replaceFirst("^/", ""); //$NON-NLS-1$ //$NON-NLS-2$
		this.maintenanceDatabase = path.isEmpty() ? "postgres" : path; //$NON-NLS-1$
	}

	static BenchServer of(String address, UnaryOperator<String> environment) throws UsageException {
		URI url;
		try {
			url = new URI(address.strip());
		} catch (URISyntaxException e) {
			throw new UsageException("not a server address: " + address + " (postgresql://host:port)"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (!"postgresql".equals(url.getScheme()) || url.getHost() == null) { //$NON-NLS-1$
			throw new UsageException("not a PostgreSQL server address: " + address + " (postgresql://host:port)"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		String user = null;
		String password = null;
		if (url.getRawUserInfo() != null) {
			String[] info = url.getRawUserInfo().split(":", 2); //$NON-NLS-1$
			user = URLDecoder.decode(info[0], StandardCharsets.UTF_8);
			password = info.length > 1 ? URLDecoder.decode(info[1], StandardCharsets.UTF_8) : null;
		}
		if (user == null || user.isBlank()) {
			user = environment.apply("PGUSER"); //$NON-NLS-1$
		}
		if (user == null || user.isBlank()) {
			user = System.getProperty("user.name"); //$NON-NLS-1$
		}
		if (password == null) {
			password = environment.apply("PGPASSWORD"); //$NON-NLS-1$
		}
		return new BenchServer(url, user, password);
	}

	/** A connection as the benchmark's login, through the driver directly (DriverManager does not see OSGi bundles). */
	Connection connect(String database) throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", user); //$NON-NLS-1$
		if (password != null) {
			properties.setProperty("password", password); //$NON-NLS-1$
		}
		properties.setProperty("ApplicationName", "qa bench"); //$NON-NLS-1$ //$NON-NLS-2$
		Connection connection = new org.postgresql.Driver().connect("jdbc:postgresql://" + host + ":" + port + "/" + database, properties); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		if (connection == null) {
			throw new SQLException("the PostgreSQL driver did not take " + describe(database)); //$NON-NLS-1$
		}
		return connection;
	}

	/** A new empty database named for this run and its purpose; {@link #drop} removes it. */
	String createDatabase(String purpose) throws SQLException {
		String name = "qa_bench_" + LocalDateTime.now().format(STAMP) + "_" + purpose; //$NON-NLS-1$ //$NON-NLS-2$
		try (Connection connection = connect(maintenanceDatabase); Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name); //$NON-NLS-1$
		}
		return name;
	}

	void drop(String database) throws SQLException {
		try (Connection connection = connect(maintenanceDatabase); Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	String version() throws SQLException {
		try (Connection connection = connect(maintenanceDatabase); Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SHOW server_version")) { //$NON-NLS-1$
			result.next();
			return result.getString(1);
		}
	}

	/** The address of one database for the product's store, with the login as given (a password only from PGPASSWORD). */
	String url(String database) {
		String userInfo = url.getRawUserInfo() == null ? "" : url.getRawUserInfo() + "@"; //$NON-NLS-1$ //$NON-NLS-2$
		String query = url.getRawQuery() == null ? "" : "?" + url.getRawQuery(); //$NON-NLS-1$ //$NON-NLS-2$
		return "postgresql://" + userInfo + host + ":" + port + "/" + database + query; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	String user() {
		return user;
	}

	String host() {
		return host;
	}

	int port() {
		return port;
	}

	/** Where a database is, for people: no login, no password. */
	String describe(String database) {
		return "postgresql://" + host + ":" + port + "/" + database; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
