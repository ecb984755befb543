package org.qaworkbench.core.store;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
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

	/** Opens the database configured for a data folder (see {@link StoreLocation#resolve}). */
	public static Store open(Path dataFolder) throws StoreException {
		return open(StoreLocation.resolve(dataFolder));
	}

	public static Store open(StoreLocation location) throws StoreException {
		return providerFor(location).open(location);
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
