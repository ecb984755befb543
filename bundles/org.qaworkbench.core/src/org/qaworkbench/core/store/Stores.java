package org.qaworkbench.core.store;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.qaworkbench.core.cli.Options.UsageException;
import org.qaworkbench.core.cli.SignIn;
import org.qaworkbench.core.domain.DomainStore;
import org.qaworkbench.core.identity.Credentials;
import org.qaworkbench.core.identity.FirstAdministrator;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Opens the configured store: the one entry point for the application, the commands and the tests. The
 * {@link StoreLocation} says where the database is, and the {@link StoreProvider} that {@linkplain
 * StoreProvider#opens opens such locations} opens it: never whichever provider happened to start first.
 */
public final class Stores {

	/** Declarative Services activates providers asynchronously at start-up: wait this long for the right one. */
	private static final long WAIT_MILLIS = 10_000;

	private Stores() {
	}

	/**
	 * Opens the database configured for a data folder (see {@link StoreLocation#resolve}), signed in as the person
	 * QA_USER and QA_PASSWORD (or QA_PASSWORD_FILE) name when they are set, for automation; without them nobody signs
	 * in, and an encrypted embedded database is refused ({@link StoreException.Reason#SIGN_IN_NEEDED}). Kept for the
	 * workbench until it asks who is signing in; commands use {@link SignIn}.
	 */
	public static Store open(Path dataFolder) throws StoreException {
		StoreLocation location = StoreLocation.resolve(dataFolder);
		SignIn environment = new SignIn(System::getenv, null); // not the properties commands in tests use
		if (location.isEmbedded() && environment.passwordIsGiven() && !needsFirstAdministrator(location)) {
			try (Credentials who = environment.credentials(null)) {
				return open(location, who);
			} catch (UsageException e) { // an unreadable QA_PASSWORD_FILE
				throw StoreException.failed(dataFolder, e);
			}
		}
		return open(location);
	}

	/**
	 * The engine's store behind the domain layer ({@link DomainStore}): every change anyone makes through the store
	 * opened here is validated, scored and checked against the sign-off lock once, whichever engine persists it.
	 * Nobody signs in: see {@link #open(Path)}.
	 */
	public static Store open(StoreLocation location) throws StoreException {
		return DomainStore.over(providerFor(location).open(location));
	}

	/**
	 * Opens the database signed in as {@code who} (embedded: their password unlocks the database key; a server:
	 * their own login). Refused with {@link StoreException.Reason#SIGN_IN_REFUSED} (one message for a wrong user name
	 * or password), {@link StoreException.Reason#ACCOUNT_DISABLED}, or {@link StoreException.Reason#NO_ACCOUNTS} for
	 * a new installation, which then {@linkplain #createFirstAdministrator creates its first administrator}.
	 */
	public static Store open(StoreLocation location, Credentials who) throws StoreException {
		return DomainStore.over(providerFor(location).open(location, who));
	}

	/**
	 * Creates the first administrator of a new installation (or of one from before accounts, whose database is
	 * encrypted now after a backup: {@link StoreInfo#backupBeforeEncryption()} says where), and returns the store
	 * opened as them.
	 */
	public static Store createFirstAdministrator(StoreLocation location, String fullName, Credentials who) throws StoreException {
		FirstAdministrator.check(location.dataFolder(), fullName, who);
		return DomainStore.over(providerFor(location).createFirstAdministrator(location, fullName, who));
	}

	/**
	 * Whether nobody can sign in yet ({@link #open(StoreLocation, Credentials)} would say
	 * {@link StoreException.Reason#NO_ACCOUNTS}): ask for the first administrator instead of a password.
	 */
	public static boolean needsFirstAdministrator(StoreLocation location) throws StoreException {
		return providerFor(location).needsFirstAdministrator(location);
	}

	/** Restores a backup of an embedded database that needs someone signed in to read it (an encrypted one). */
	public static void restore(Path dataFolder, Path backup, Credentials who) throws StoreException {
		StoreLocation location = StoreLocation.resolve(dataFolder);
		if (!location.isEmbedded()) {
			throw StoreException.restoreOnServer(dataFolder, location.describe());
		}
		providerFor(location).restore(dataFolder, backup, who);
	}

	/**
	 * Replaces the embedded database of a data folder with a backup (see {@link StoreProvider#restore}). A team
	 * database on a server is restored with the server's own tools, so that is refused.
	 */
	public static void restore(Path dataFolder, Path backup) throws StoreException {
		StoreLocation location = StoreLocation.resolve(dataFolder);
		if (!location.isEmbedded()) {
			throw StoreException.restoreOnServer(dataFolder, location.describe());
		}
		providerFor(location).restore(dataFolder, backup);
	}

	private static StoreProvider providerFor(StoreLocation location) throws StoreException {
		BundleContext context = FrameworkUtil.getBundle(Stores.class).getBundleContext();
		Object arrived = new Object();
		ServiceTracker<StoreProvider, StoreProvider> tracker = new ServiceTracker<>(context, StoreProvider.class, null) {
			@Override
			public StoreProvider addingService(ServiceReference<StoreProvider> reference) {
				StoreProvider provider = super.addingService(reference);
				synchronized (arrived) {
					arrived.notifyAll();
				}
				return provider;
			}
		};
		tracker.open();
		try {
			long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MILLIS);
			synchronized (arrived) {
				while (true) {
					for (StoreProvider provider : tracker.getTracked().values()) {
						if (provider.opens(location)) {
							return provider;
						}
					}
					long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
					if (left <= 0) {
						throw StoreException.noEngine(location.dataFolder(), location.describe());
					}
					arrived.wait(left);
				}
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw StoreException.noEngine(location.dataFolder(), location.describe());
		} finally {
			tracker.close();
		}
	}
}
