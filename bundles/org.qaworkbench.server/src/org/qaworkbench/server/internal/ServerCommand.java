package org.qaworkbench.server.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.DataFolder;
import org.qaworkbench.core.cli.Options;
import org.qaworkbench.core.cli.QaCommand;

/**
 * {@code qa server init --url postgresql://host:5432/qa --admin-user NAME [--new-app-password]}: makes a database on
 * a PostgreSQL server the team's database (see {@link ServerInit}) and prints what to run on each workstation. The
 * administrator's password comes from PGPASSWORD or a prompt, never from the command line.
 */
public final class ServerCommand implements QaCommand {

	private static final String INIT = "init"; //$NON-NLS-1$
	private static final String URL = "url"; //$NON-NLS-1$
	private static final String ADMIN_USER = "admin-user"; //$NON-NLS-1$
	private static final String NEW_APP_PASSWORD = "new-app-password"; //$NON-NLS-1$

	private final PasswordSource passwords;

	public ServerCommand() {
		this(PasswordSource.environmentOrTerminal());
	}

	ServerCommand(PasswordSource passwords) {
		this.passwords = passwords;
	}

	@Override
	public String name() {
		return "server"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.Server_summary;
	}

	@Override
	public int run(List<String> arguments, PrintStream out, PrintStream err) throws Exception {
		Options options = Options.parse(arguments, Set.of(URL, ADMIN_USER), Set.of(NEW_APP_PASSWORD));
		if (options.positional().size() != 1 || !INIT.equals(options.positional().get(0))) {
			QaCommand.fail(err, Messages.Server_usage);
			return USAGE;
		}
		String url = options.value(URL, null);
		String adminUser = options.value(ADMIN_USER, null);
		if (url == null || adminUser == null) {
			QaCommand.fail(err, Messages.Server_usage);
			return USAGE;
		}
		ServerAddress address = ServerAddress.parse(url);
		String password = passwords.password(adminUser, address.toString());
		ServerInit.Outcome outcome;
		try {
			outcome = new ServerInit(DataFolder.resolve()).run(address, adminUser, password, options.flag(NEW_APP_PASSWORD));
		} catch (ServerException e) {
			QaCommand.fail(err, e.getMessage());
			return FAILED;
		}
		TeamRoles roles = outcome.roles();
		out.println(NLS.bind(outcome.databaseCreated() ? Messages.Server_created : Messages.Server_existed, address.database(),
				address.host() + ":" + address.port())); //$NON-NLS-1$
		out.println(NLS.bind(outcome.rolesCreated() ? Messages.Server_rolesCreated : Messages.Server_rolesExisted, roles.owner(), roles.app()));
		out.println(NLS.bind(Messages.Server_schema, outcome.schemaVersion()));
		out.println(NLS.bind(Messages.Server_privileges, roles.owner(), roles.app()));
		out.println();
		out.println(Messages.Server_workstations);
		out.println("  qa connect " + address); //$NON-NLS-1$ // it logs in as the app role unless given --user
		if (outcome.appPassword() != null) {
			out.println(NLS.bind(Messages.Server_password, outcome.appPassword()));
		} else {
			out.println(NLS.bind(Messages.Server_passwordKept, roles.app()));
		}
		return OK;
	}
}
