package org.qaworkbench.server.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.cli.Options.UsageException;

/**
 * Where a team database is, as a user types it: {@code postgresql://host[:port]/database[?sslmode=verify-full...]}.
 * The query is handed to the PostgreSQL driver unchanged (TLS settings). A user name or password inside the address
 * is refused: passwords never go on a command line, and the user is an option of its own.
 *
 * @param query the part after {@code ?}, empty when there is none
 */
record ServerAddress(String host, int port, String database, String query) {

	static final int DEFAULT_PORT = 5432;
	/** Database and role names are plain identifiers, so SQL can quote them without escaping anything. */
	static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,50}"); //$NON-NLS-1$
	private static final Pattern FORM = Pattern.compile(
			"(?:postgresql|postgres)://(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9._-]+)(?::(\\d{1,5}))?/([^/?]+)(?:\\?(.*))?"); //$NON-NLS-1$

	static ServerAddress parse(String text) throws UsageException {
		Matcher matcher = FORM.matcher(text.strip());
		if (text.contains("@")) { //$NON-NLS-1$
			throw new UsageException(NLS.bind(Messages.Address_noCredentials, text));
		}
		if (!matcher.matches()) {
			throw new UsageException(NLS.bind(Messages.Address_form, text));
		}
		int port = matcher.group(2) == null ? DEFAULT_PORT : Integer.parseInt(matcher.group(2));
		if (port < 1 || port > 65535) {
			throw new UsageException(NLS.bind(Messages.Address_form, text));
		}
		String database = matcher.group(3);
		if (!IDENTIFIER.matcher(database).matches()) {
			throw new UsageException(NLS.bind(Messages.Address_database, database));
		}
		return new ServerAddress(matcher.group(1), port, database, matcher.group(4) == null ? "" : matcher.group(4)); //$NON-NLS-1$
	}

	String jdbcUrl() {
		return jdbcUrl(database);
	}

	/** Another database on the same server with the same settings: the maintenance database {@code postgres}. */
	String jdbcUrl(String otherDatabase) {
		return "jdbc:postgresql://" + host + ":" + port + "/" + otherDatabase + (query.isEmpty() ? "" : "?" + query); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	}

	/** The address again as a user types it. */
	@Override
	public String toString() {
		return "postgresql://" + host + ":" + port + "/" + database + (query.isEmpty() ? "" : "?" + query); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	}
}
