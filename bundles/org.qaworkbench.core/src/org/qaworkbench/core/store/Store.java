package org.qaworkbench.core.store;

/**
 * An open QA Workbench database. One per process; closing it releases the database for other processes.
 */
public interface Store extends AutoCloseable {

	StoreInfo info();

	@Override
	void close();
}
