package org.qaworkbench.server.internal;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.cli.QaCommand;
import org.qaworkbench.core.cli.SignIn;
import org.qaworkbench.core.store.StoreLocation;

/**
 * {@code qa backup DIR} on a workstation of a team: pg_dump of the team database as the person signed in ({@code --as},
 * QA_USER, QA_PASSWORD(_FILE) or a prompt, as every command; never a login kept on the workstation). It takes an
 * administrator's login that sees every row (the server's administrator): row-level security keeps every other login
 * from reading every row, and pg_dump then refuses rather than write half a backup. Where pg_dump is not installed,
 * the exact command to run on a machine that has it.
 */
public final class ServerBackup {

	private final PgDump pgDump;

	public ServerBackup() {
		this(PgDump.installed());
	}

	ServerBackup(PgDump pgDump) {
		this.pgDump = pgDump;
	}

	/** Returns the exit code of {@code qa backup}, run by {@code signIn}'s person ({@code as}: the command's --as). */
	public int run(StoreLocation location, SignIn signIn, String as, Path folder, PrintStream out, PrintStream err) throws Exception {
		URI server = location.server().orElseThrow();
		ServerAddress address = ServerAddress.parse(withoutLogin(server));
		String user = signIn.userName(as);
		Path file = PgDump.fileFor(address, folder);
		Optional<Path> installed = pgDump.find();
		if (installed.isEmpty()) {
			QaCommand.fail(err, NLS.bind(Messages.Backup_noPgDump, PgDump.command(address, user, file), user));
			return QaCommand.FAILED;
		}
		char[] password = signIn.password(user);
		try {
			out.println(NLS.bind(Messages.Backup_done, address, pgDump.dump(installed.get(), address, user, new String(password), file)));
			return QaCommand.OK;
		} catch (ServerException e) {
			QaCommand.fail(err, e.getMessage());
			return QaCommand.FAILED;
		} finally {
			Arrays.fill(password, '\0');
		}
	}

	/** The address as a person types it: no user or password, and no user or password among its settings. */
	private static String withoutLogin(URI server) {
		String query = server.getRawQuery() == null ? "" : Arrays.stream(server.getRawQuery().split("&")) //$NON-NLS-1$ //$NON-NLS-2$
				.filter(pair -> !pair.startsWith("user=") && !pair.startsWith("password=")).collect(Collectors.joining("&")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return server.getScheme() + "://" + server.getHost() + (server.getPort() < 0 ? "" : ":" + server.getPort()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ server.getRawPath() + (query.isEmpty() ? "" : "?" + query); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
