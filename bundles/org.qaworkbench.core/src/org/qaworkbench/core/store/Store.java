package org.qaworkbench.core.store;

import java.nio.file.Path;

/**
 * An open QA Workbench database. Closing it releases the database for other processes. Implementations are
 * thread-safe: each operation takes its own connection and transaction.
 */
public interface Store extends AutoCloseable {

	StoreInfo info();

	/** Organisation, cases, assessments, actions, observations and supervision records. */
	Records records();

	/** Every checklist definition version ever used, by content hash. */
	Definitions definitions();

	/** The append-only history of changes to records. */
	History history();

	/** Autosaved work in progress, offered back after a crash. */
	Drafts drafts();

	/**
	 * Copies the database, while it stays in use, into {@code folder}/db, a database Derby's own tools can open
	 * and {@link StoreProvider#restore} can bring back. Returns that database folder.
	 */
	Path backup(Path folder) throws StoreException;

	@Override
	void close();
}
