package org.qaworkbench.store.postgresql.internal;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A team database's address, {@code postgresql://[user[:password]@]host[:port]/database[?name=value&...]}, as the
 * driver needs it. The login comes from the address's user info, else its {@code user} and {@code password}
 * parameters, else the environment variables PGUSER and PGPASSWORD (as psql reads them), else the name of the
 * person logged in to the computer with no password (the driver then reads ~/.pgpass, %APPDATA%\postgresql\pgpass.conf
 * on Windows). Every other parameter goes to the driver as it is, such as {@code sslmode=verify-full}.
 */
record ServerAddress(String host, int port, String database, String user, String password, Map<String, String> parameters) {

	static final int DEFAULT_PORT = 5432;

	static ServerAddress of(URI url, UnaryOperator<String> environment) {
		Map<String, String> parameters = new LinkedHashMap<>();
		if (url.getRawQuery() != null) {
			for (String pair : url.getRawQuery().split("&")) { //$NON-NLS-1$
				int equals = pair.indexOf('=');
				if (equals > 0) {
					parameters.put(decode(pair.substring(0, equals)), decode(pair.substring(equals + 1)));
				}
			}
		}
		String user = parameters.remove("user"); //$NON-NLS-1$
		String password = parameters.remove("password"); //$NON-NLS-1$
		if (url.getRawUserInfo() != null) {
			String[] info = url.getRawUserInfo().split(":", 2); //$NON-NLS-1$
			user = decode(info[0]);
			password = info.length > 1 ? decode(info[1]) : password;
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
		String path = url.getPath() == null ? "" : url.getPath().replaceFirst("^/", ""); //$NON-NLS-1$ //$NON-NLS-2$
		String database = path.isEmpty() ? "qa" : path; //$NON-NLS-1$
		return new ServerAddress(url.getHost(), url.getPort() < 0 ? DEFAULT_PORT : url.getPort(), database, user, password, Map.copyOf(parameters));
	}

	private static String decode(String text) {
		return URLDecoder.decode(text, StandardCharsets.UTF_8);
	}

	/** The same database, logged in to as a person: their own login role and password. */
	ServerAddress as(String user, String password) {
		return new ServerAddress(host, port, database, user, password, parameters);
	}

	/** The address for people and logs: no user name, no password. */
	String describe() {
		return "postgresql://" + host + ":" + port + "/" + database; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	String jdbcUrl() {
		return "jdbc:postgresql://" + host + ":" + port + "/" + database; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Override
	public String toString() {
		return describe();
	}
}
