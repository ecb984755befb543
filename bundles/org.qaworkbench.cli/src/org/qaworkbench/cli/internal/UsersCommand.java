package org.qaworkbench.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.DataFolder;
import org.qaworkbench.core.audits.Staff;
import org.qaworkbench.core.cli.Options;
import org.qaworkbench.core.cli.Options.UsageException;
import org.qaworkbench.core.cli.QaCommand;
import org.qaworkbench.core.cli.SignIn;
import org.qaworkbench.core.identity.Account;
import org.qaworkbench.core.identity.AccountRules;
import org.qaworkbench.core.identity.Credentials;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.store.StoreException;
import org.qaworkbench.core.store.StoreLocation;
import org.qaworkbench.core.store.Stores;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.Role;
import org.qaworkbench.model.StaffMember;

/**
 * {@code qa users list|add|disable|enable|reset-password}: who may sign in, managed by an administrator signed in
 * ({@code --as}, QA_USER or the operating-system user, as every command). On a new installation {@code add} makes the
 * first administrator. The account rules themselves (administrator only, the last administrator, password length)
 * are the store's: this command only asks and reports.
 */
final class UsersCommand implements QaCommand {

	private static final String AS = "as"; //$NON-NLS-1$
	private static final String NAME = "name"; //$NON-NLS-1$
	private static final String ROLE = "role"; //$NON-NLS-1$
	private static final List<String> SUB_COMMANDS = List.of("list", "add", "disable", "enable", "reset-password"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	@Override
	public String name() {
		return "users"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return UsersMessages.summary;
	}

	@Override
	public int run(List<String> arguments, PrintStream out, PrintStream err) throws Exception {
		if (arguments.isEmpty()) {
			QaCommand.fail(err, UsersMessages.missing);
			return USAGE;
		}
		String sub = arguments.get(0);
		if (List.of("--help", "-h", "help").contains(sub)) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			out.println(NLS.bind(UsersMessages.usage, roleNames()));
			return OK;
		}
		if (!SUB_COMMANDS.contains(sub)) {
			QaCommand.fail(err, NLS.bind(UsersMessages.unknown, sub));
			return USAGE;
		}
		Options options = Options.parse(arguments.subList(1, arguments.size()), Set.of(AS, NAME, ROLE));
		SignIn signIn = SignIn.fromEnvironment();
		StoreLocation location = StoreLocation.resolve(DataFolder.resolve());
		if (sub.equals("list")) { //$NON-NLS-1$
			if (!options.positional().isEmpty()) {
				throw new UsageException(NLS.bind(UsersMessages.unexpected, options.positional().get(0), sub));
			}
			try (Store store = signIn.open(location, options.value(AS, null))) {
				AccountRules.requireAdministrator(store.records(), signIn.actor(options.value(AS, null)), location.dataFolder());
				list(store, out);
			}
			return OK;
		}
		String user = user(options, sub);
		if (sub.equals("add")) { //$NON-NLS-1$
			return add(signIn, location, options, user, out);
		}
		Actor by = signIn.actor(options.value(AS, null));
		try (Store store = signIn.open(location, options.value(AS, null))) {
			switch (sub) {
			case "disable" -> { //$NON-NLS-1$
				store.accounts().disable(by, user);
				out.println(NLS.bind(UsersMessages.disabled, user));
			}
			case "enable" -> { //$NON-NLS-1$
				store.accounts().enable(by, user);
				out.println(NLS.bind(UsersMessages.enabled, user));
			}
			default -> { // reset-password
				AccountRules.requireAdministrator(store.records(), by, location.dataFolder());
				char[] password = signIn.newPassword(user);
				try {
					store.accounts().resetPassword(by, user, password);
				} finally {
					Arrays.fill(password, '\0');
				}
				out.println(NLS.bind(UsersMessages.passwordReset, user));
			}
			}
		}
		return OK;
	}

	private static void list(Store store, PrintStream out) throws StoreException {
		List<Account> accounts = store.accounts().list();
		if (accounts.isEmpty()) {
			out.println(UsersMessages.none);
		}
		for (Account account : accounts) {
			Optional<StaffMember> staff = Staff.of(store.records(), new Actor(account.userName()));
			String who = staff.map(member -> member.getName() + "\t" + member.getRoles().stream().map(Role::getLiteral).collect(Collectors.joining(", "))) //$NON-NLS-1$ //$NON-NLS-2$
					.orElse(UsersMessages.notOnStaffList + "\t"); //$NON-NLS-1$
			out.println(account.userName() + "\t" + who + "\t" + (account.disabled() ? UsersMessages.stateDisabled : UsersMessages.stateEnabled)); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** An account for someone on the staff list, who is added to it first when given a name and roles. */
	private static int add(SignIn signIn, StoreLocation location, Options options, String user, PrintStream out) throws Exception {
		List<Role> roles = roles(options.value(ROLE, null));
		String name = options.value(NAME, null);
		if (Stores.needsFirstAdministrator(location)) {
			return firstAdministrator(signIn, location, user, name, roles, out);
		}
		try (Store store = signIn.open(location, options.value(AS, null))) {
			Path dataFolder = location.dataFolder();
			Actor by = signIn.actor(options.value(AS, null));
			AccountRules.requireAdministrator(store.records(), by, dataFolder);
			Optional<StaffMember> staff = Staff.of(store.records(), new Actor(user));
			if (staff.isEmpty() && (name == null || name.isBlank() || roles.isEmpty())) {
				throw new UsageException(NLS.bind(UsersMessages.needsNameAndRole, user));
			}
			char[] password = signIn.newPassword(user);
			try {
				AccountRules.requirePassword(password, dataFolder);
				if (staff.isEmpty()) {
					StaffMember member = QaFactory.eINSTANCE.createStaffMember();
					member.setName(name.strip());
					member.setUserId(user);
					member.getRoles().addAll(roles);
					store.records().save(member, by);
					out.println(NLS.bind(UsersMessages.addedStaff, new Object[] { name.strip(), user, literals(roles) }));
				}
				store.accounts().add(by, user, password);
			} finally {
				Arrays.fill(password, '\0');
			}
			out.println(NLS.bind(UsersMessages.added, user));
		}
		return OK;
	}

	/** Nobody can sign in yet: the first account must be an administrator's, named and given that role. */
	private static int firstAdministrator(SignIn signIn, StoreLocation location, String user, String name, List<Role> roles, PrintStream out) throws Exception {
		if (name == null || name.isBlank() || !roles.contains(Role.ADMINISTRATOR)) {
			throw new UsageException(UsersMessages.firstMustBeAdministrator);
		}
		try (Credentials who = new Credentials(user, signIn.newPassword(user)); Store store = Stores.createFirstAdministrator(location, name, who)) {
			List<Role> others = new ArrayList<>(roles);
			others.remove(Role.ADMINISTRATOR);
			if (!others.isEmpty()) {
				StaffMember administrator = Staff.of(store.records(), new Actor(user)).orElseThrow();
				others.stream().filter(role -> !administrator.getRoles().contains(role)).forEach(administrator.getRoles()::add);
				store.records().save(administrator, new Actor(user));
			}
			out.println(NLS.bind(UsersMessages.firstAdministrator, user));
			if (store.info().backupBeforeEncryption() != null) {
				out.println(NLS.bind(UsersMessages.encrypted, store.info().backupBeforeEncryption()));
			}
		}
		return OK;
	}

	private static String user(Options options, String sub) throws UsageException {
		if (options.positional().isEmpty()) {
			throw new UsageException(NLS.bind(UsersMessages.needsUser, sub));
		}
		if (options.positional().size() > 1) {
			throw new UsageException(NLS.bind(UsersMessages.unexpected, options.positional().get(1), sub));
		}
		return options.positional().get(0).strip();
	}

	/** {@code --role TEAM_LEADER,ADMINISTRATOR}: names as in the model, any case, hyphens or underscores. */
	private static List<Role> roles(String value) throws UsageException {
		List<Role> roles = new ArrayList<>();
		if (value == null) {
			return roles;
		}
		for (String name : value.split(",")) { //$NON-NLS-1$
			Role role = Role.getByName(name.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
			if (role == null) {
				throw new UsageException(NLS.bind(UsersMessages.unknownRole, name.strip(), roleNames()));
			}
			roles.add(role);
		}
		return roles;
	}

	private static String roleNames() {
		return Role.VALUES.stream().map(Role::getName).collect(Collectors.joining(", ")); //$NON-NLS-1$
	}

	private static String literals(List<Role> roles) {
		return roles.stream().map(Role::getLiteral).collect(Collectors.joining(", ")); //$NON-NLS-1$
	}
}
