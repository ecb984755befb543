package org.qaworkbench.server.internal;

import java.io.PrintStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.cli.QaCommand;
import org.qaworkbench.core.store.StoreLocation;

/**
 * {@code qa backup DIR} on a workstation of a team: pg_dump of the team database with the login of the address (the
 * administrator's: row-level security keeps every other login from reading every row, and pg_dump then refuses rather
 * than write half a backup), or, where pg_dump is not installed, the exact command to run on a machine that has it.
 */
public final class ServerBackup {

	private final PgDump pgDump;

	public ServerBackup() {
		this(PgDump.installed());
	}

	ServerBackup(PgDump pgDump) {
		this.pgDump = pgDump;
	}

	/** Returns the exit code of {@code qa backup}. */
	public int run(StoreLocation location, Path folder, PrintStream out, PrintStream err) throws Exception {
		URI server = location.server().orElseThrow();
		ServerAddress address = ServerAddress.parse(withoutLogin(server));
		String[] login = server.getRawUserInfo() == null ? new String[0] : server.getRawUserInfo().split(":", 2); //$NON-NLS-1$
		String user = login.length > 0 ? decode(login[0]) : firstSet(System.getenv("PGUSER"), System.getProperty("user.name")); //$NON-NLS-1$ //$NON-NLS-2$
		String password = login.length > 1 ? decode(login[1]) : System.getenv(PasswordSource.PGPASSWORD);
		Path file = PgDump.fileFor(address, folder);
		Optional<Path> installed = pgDump.find();
		if (installed.isEmpty()) {
			QaCommand.fail(err, NLS.bind(Messages.Backup_noPgDump, PgDump.command(address, user, file), user));
			return QaCommand.FAILED;
		}
		try {
			out.println(NLS.bind(Messages.Backup_done, address, pgDump.dump(installed.get(), address, user, password, file)));
			return QaCommand.OK;
		} catch (ServerException e) {
			QaCommand.fail(err, e.getMessage());
			return QaCommand.FAILED;
		}
	}

	/** The address as a person types it: no user or password, and no user or password among its settings. */
	private static String withoutLogin(URI server) {
		String query = server.getRawQuery() == null ? "" : Arrays.stream(server.getRawQuery().split("&")) //$NON-NLS-1$ //$NON-NLS-2$
				.filter(pair -> !pair.startsWith("user=") && !pair.startsWith("password=")).collect(Collectors.joining("&")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return server.getScheme() + "://" + server.getHost() + (server.getPort() < 0 ? "" : ":" + server.getPort()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ server.getRawPath() + (query.isEmpty() ? "" : "?" + query); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String firstSet(String first, String second) {
		return first != null && !first.isBlank() ? first : second;
	}

	private static String decode(String text) {
		return URLDecoder.decode(text, StandardCharsets.UTF_8);
	}
}
