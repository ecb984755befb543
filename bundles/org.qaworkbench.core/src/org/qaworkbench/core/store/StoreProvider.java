package org.qaworkbench.core.store;

import java.nio.file.Path;

/**
 * Opens the database of a data folder, creating it on first use and bringing its schema up to date. Offered as an
 * OSGi service by each storage engine's bundle; {@link Stores} chooses the one that {@linkplain #opens opens} the
 * configured {@link StoreLocation}.
 */
public interface StoreProvider {

	/** True when this provider opens databases at such a location (the embedded one, or a kind of server). */
	boolean opens(StoreLocation location);

	/** Opens the database of the data folder; callers use {@link Stores#open(Path)}, which chooses the engine. */
	Store open(Path dataFolder) throws StoreException;

	/** Opens the database at a location this provider {@linkplain #opens opens}. */
	default Store open(StoreLocation location) throws StoreException {
		return open(location.dataFolder());
	}

	/**
	 * Replaces the database of a data folder with a backup made by {@link Store#backup}. The database must not be
	 * open anywhere. The backup is opened and checked as {@link Store#check} does, before anything is replaced: an
	 * unusable or damaged one changes nothing.
	 */
	void restore(Path dataFolder, Path backup) throws StoreException;
}
