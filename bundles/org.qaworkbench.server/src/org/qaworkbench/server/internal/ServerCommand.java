package org.qaworkbench.server.internal;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.DataFolder;
import org.qaworkbench.core.cli.Options;
import org.qaworkbench.core.cli.Options.UsageException;
import org.qaworkbench.core.cli.QaCommand;
import org.qaworkbench.core.cli.SignIn;
import org.qaworkbench.core.identity.AccountRules;

/**
 * {@code qa server init --url postgresql://host:5432/qa --admin-user NAME [--first-admin USER [--first-admin-name NAME]]}:
 * makes a database on a PostgreSQL server the team's database (see {@link ServerInit}), with the first administrator's
 * own login role, and prints what to run on each workstation (no password: each person signs in as themself). The server administrator's
 * password comes from PGPASSWORD or a prompt, the first administrator's new one from QA_NEW_PASSWORD(_FILE) or typed
 * twice, never from the command line.
 */
public final class ServerCommand implements QaCommand {

	private static final String INIT = "init"; //$NON-NLS-1$
	private static final String URL = "url"; //$NON-NLS-1$
	private static final String ADMIN_USER = "admin-user"; //$NON-NLS-1$
	private static final String FIRST_ADMIN = "first-admin"; //$NON-NLS-1$
	private static final String FIRST_ADMIN_NAME = "first-admin-name"; //$NON-NLS-1$

	/** Where the first administrator's new password comes from: QA_NEW_PASSWORD(_FILE), else typed twice. */
	@FunctionalInterface
	interface NewPassword {
		char[] of(String userName) throws UsageException;
	}

	private final PasswordSource passwords;
	private final NewPassword newPasswords;

	public ServerCommand() {
		this(PasswordSource.environmentOrTerminal());
	}

	ServerCommand(PasswordSource passwords) {
		this(passwords, userName -> SignIn.fromEnvironment().newPassword(userName));
	}

	ServerCommand(PasswordSource passwords, NewPassword newPasswords) {
		this.passwords = passwords;
		this.newPasswords = newPasswords;
	}

	/** At least the length core asks of every password, checked before anything on the server changes. */
	private char[] newPassword(String userName) throws UsageException {
		char[] typed = newPasswords.of(userName);
		if (typed == null || String.valueOf(typed).strip().length() < AccountRules.MINIMUM_PASSWORD_LENGTH) {
			throw new UsageException(NLS.bind(Messages.Server_firstAdminPassword, AccountRules.MINIMUM_PASSWORD_LENGTH));
		}
		return typed;
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
		Options options = Options.parse(arguments, Set.of(URL, ADMIN_USER, FIRST_ADMIN, FIRST_ADMIN_NAME));
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
		String firstAdmin = options.value(FIRST_ADMIN, null);
		String password = passwords.password(adminUser, address.toString());
		ServerInit.FirstAdministrator first = firstAdmin == null || firstAdmin.isBlank() ? null
				: new ServerInit.FirstAdministrator(firstAdmin.strip(), options.value(FIRST_ADMIN_NAME, firstAdmin).strip(), newPassword(firstAdmin.strip()));
		ServerInit.Outcome outcome;
		try {
			outcome = new ServerInit(DataFolder.resolve()).run(address, adminUser, password, first);
		} catch (ServerException e) {
			QaCommand.fail(err, e.getMessage());
			return FAILED;
		} finally {
			if (first != null) {
				Arrays.fill(first.password(), '\0');
			}
		}
		TeamRoles roles = outcome.roles();
		out.println(NLS.bind(outcome.databaseCreated() ? Messages.Server_created : Messages.Server_existed, address.database(),
				address.host() + ":" + address.port())); //$NON-NLS-1$
		out.println(NLS.bind(outcome.rolesCreated() ? Messages.Server_rolesCreated : Messages.Server_rolesExisted, roles.owner(), roles.app()));
		out.println(NLS.bind(Messages.Server_schema, outcome.schemaVersion()));
		out.println(NLS.bind(Messages.Server_privileges, roles.owner(), roles.app()));
		ServerInit.FirstAdministratorMade made = outcome.firstAdministrator();
		if (made != null) {
			out.println(NLS.bind(made.loginCreated() ? Messages.Server_firstAdminCreated : Messages.Server_firstAdminExisted, made.userName(), roles.app()));
		}
		out.println();
		out.println(Messages.Server_workstations);
		out.println("  qa connect " + address); //$NON-NLS-1$
		out.println(Messages.Server_ownLogin);
		if (made == null) {
			out.println(NLS.bind(Messages.Server_noFirstAdmin, address, adminUser));
		}
		return OK;
	}
}
