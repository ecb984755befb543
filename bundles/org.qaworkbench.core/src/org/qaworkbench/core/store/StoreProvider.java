package org.qaworkbench.core.store;

import java.nio.file.Path;

/**
 * Opens the database of a data folder, creating it on first use and bringing its schema up to date. Offered as an
 * OSGi service by the storage bundle.
 */
public interface StoreProvider {

	Store open(Path dataFolder) throws StoreException;

	/**
	 * Replaces the database of a data folder with a backup made by {@link Store#backup}. The database must not be
	 * open anywhere. The backup is opened and checked as {@link Store#check} does, before anything is replaced: an
	 * unusable or damaged one changes nothing.
	 */
	void restore(Path dataFolder, Path backup) throws StoreException;
}
