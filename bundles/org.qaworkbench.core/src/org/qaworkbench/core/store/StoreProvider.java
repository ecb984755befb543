package org.qaworkbench.core.store;

import java.nio.file.Path;

/**
 * Opens the database of a data folder, creating it on first use and bringing its schema up to date. Offered as an
 * OSGi service by the storage bundle.
 */
public interface StoreProvider {

	Store open(Path dataFolder) throws StoreException;
}
