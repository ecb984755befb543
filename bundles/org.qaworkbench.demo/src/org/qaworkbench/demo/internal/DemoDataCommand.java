package org.qaworkbench.demo.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.DataFolder;
import org.qaworkbench.core.checklists.registry.ChecklistRegistry;
import org.qaworkbench.core.cli.Options;
import org.qaworkbench.core.cli.QaCommand;
import org.qaworkbench.core.cli.SignIn;
import org.qaworkbench.core.identity.Credentials;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.store.StoreException;
import org.qaworkbench.core.store.StoreLocation;
import org.qaworkbench.core.store.Stores;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.Locality;

/**
 * {@code qa demo-data [--seed S] [--scale N] [--replace]}: fills an empty database with a living, made-up service.
 * With {@code --replace}, a database that holds records (an interrupted run's, say) is backed up first, then replaced.
 */
public final class DemoDataCommand implements QaCommand {

	static final String CASE_AUDIT = "org.qaworkbench.checklists.caseaudit"; //$NON-NLS-1$
	/** About 600,000 cases and 240,000 audits: hours of work, and more than any service to try things on. */
	static final int MAX_SCALE = 1000;
	private static final String REPLACE = "replace"; //$NON-NLS-1$
	private static final String AS = "as"; //$NON-NLS-1$
	private static final DateTimeFormatter BACKUP_NAME = DateTimeFormatter.ofPattern("'before-demo-data-'yyyy-MM-dd-HHmmss"); //$NON-NLS-1$

	@Override
	public String name() {
		return "demo-data"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.DemoData_summary;
	}

	@Override
	public int run(List<String> arguments, PrintStream out, PrintStream err) throws Exception {
		Options options = Options.parse(arguments, Set.of("seed", "scale", AS), Set.of(REPLACE)); //$NON-NLS-1$ //$NON-NLS-2$
		long seed = options.number("seed", 2020, Long.MIN_VALUE, Long.MAX_VALUE); //$NON-NLS-1$
		int scale = options.integer("scale", 1, 1, MAX_SCALE); //$NON-NLS-1$
		ChecklistDefinition caseAudit = ChecklistRegistry.instance().newest(CASE_AUDIT).orElse(null);
		if (caseAudit == null) {
			QaCommand.fail(err, NLS.bind(Messages.DemoData_noCaseAudit, CASE_AUDIT));
			return FAILED;
		}
		Path dataFolder = DataFolder.resolve();
		StoreLocation location = StoreLocation.resolve(dataFolder);
		try (Store store = open(location, options, out)) {
			if (store.records().count(Locality.class) == 0) {
				out.println(NLS.bind(Messages.DemoData_done, generate(store, location, seed, scale, caseAudit), dataFolder));
				printSignIn(location, out);
				return OK;
			}
			if (!options.flag(REPLACE)) {
				QaCommand.fail(err, NLS.bind(Messages.DemoData_notEmpty, dataFolder));
				return FAILED;
			}
			Path backup = dataFolder.resolve("backups").resolve(LocalDateTime.now().format(BACKUP_NAME)); //$NON-NLS-1$
			store.backup(backup);
			out.println(NLS.bind(Messages.DemoData_backedUp, backup));
		}
		out.println(NLS.bind(Messages.DemoData_done, replace(dataFolder, seed, scale, caseAudit), dataFolder));
		printSignIn(location, out);
		return OK;
	}

	private static void printSignIn(StoreLocation location, PrintStream out) {
		if (location.isEmbedded()) {
			out.println(NLS.bind(Messages.DemoData_signIn, DemoAccounts.ADMINISTRATOR, DemoAccounts.PASSWORD));
		}
	}

	/**
	 * The store to fill, signed in: on an embedded database nobody can sign in to yet (a new one, or an empty one from
	 * before accounts), the demo's administrator is made first. One from before accounts that holds records is only
	 * looked at, without signing in: it is refused, or backed up and replaced.
	 */
	private static Store open(StoreLocation location, Options options, PrintStream out) throws Exception {
		if (!location.isEmbedded() || !Stores.needsFirstAdministrator(location)) {
			return SignIn.fromEnvironment().open(location, options.value(AS, null));
		}
		Path database = location.dataFolder().resolve("db"); //$NON-NLS-1$
		if (Files.isDirectory(database)) {
			Store old;
			try {
				old = Stores.open(location);
			} catch (StoreException e) {
				if (e.reason() != StoreException.Reason.SIGN_IN_NEEDED) {
					throw e;
				}
				// another process made the first administrator just now: sign in, as it is from now on
				return SignIn.fromEnvironment().open(location, options.value(AS, null));
			}
			if (old.records().count(Locality.class) > 0) {
				return old;
			}
			old.close();
		}
		Store store = DemoAccounts.createAdministrator(location);
		if (store.info().backupBeforeEncryption() != null) {
			out.println(NLS.bind(Messages.DemoData_encrypted, store.info().backupBeforeEncryption()));
		}
		return store;
	}

	/** The demo people, and on an embedded database their accounts, given by the administrator signed in. */
	private static String generate(Store store, StoreLocation location, long seed, int scale, ChecklistDefinition caseAudit) throws Exception {
		String made = new DemoService(store, DemoAccounts.administratorActing(), seed, scale, LocalDate.now()).generate(caseAudit).describe();
		if (location.isEmbedded()) {
			DemoAccounts.giveEveryoneTheDemoPassword(store, signedIn(store));
		}
		return made;
	}

	/** The demo administrator when they have an account here, else whoever signed in (who must be an administrator). */
	private static Actor signedIn(Store store) throws StoreException {
		boolean demoAdministrator = store.accounts().list().stream().anyMatch(account -> account.userName().equals(DemoAccounts.ADMINISTRATOR));
		return demoAdministrator ? DemoAccounts.administratorActing() : SignIn.fromEnvironment().actor(null);
	}

	/**
	 * Makes the demo data in a fresh database beside the old one and puts it in place as a restore does: checked
	 * first, the replaced database kept aside, and nothing changed if anything fails on the way.
	 */
	private static String replace(Path dataFolder, long seed, int scale, ChecklistDefinition caseAudit) throws Exception {
		Path fresh = Files.createTempDirectory(dataFolder, ".demo-data-"); //$NON-NLS-1$
		try {
			String made;
			StoreLocation freshLocation = StoreLocation.embedded(fresh);
			try (Store store = DemoAccounts.createAdministrator(freshLocation)) {
				made = generate(store, freshLocation, seed, scale, caseAudit);
			}
			try (Credentials administrator = DemoAccounts.administrator()) {
				Stores.restore(dataFolder, fresh, administrator);
			}
			return made;
		} finally {
			delete(fresh);
		}
	}

	/** The fresh database has been copied into place (or refused): a leftover of it would only take space. */
	private static void delete(Path folder) {
		try (var paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		} catch (IOException e) {
			// a hidden .demo-data-* folder is left behind; it holds nothing the database needs
		}
	}
}
