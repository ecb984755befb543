package org.qaworkbench.core.store;

import java.nio.file.Path;

import org.qaworkbench.core.identity.Accounts;
import org.qaworkbench.core.queries.Queries;

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

	/** Read models for lists and figures: only the columns they show, counted in the database. */
	Queries queries();

	/** Who may sign in to this database; changed by administrators only. */
	Accounts accounts();

	/**
	 * Checks every table and index of the database, reading all of it: a damaged one is refused with a
	 * {@link StoreException.Reason#DAMAGED} naming the table.
	 */
	void check() throws StoreException;

	/**
	 * {@linkplain #check() Checks} the database, then copies it, while this store stays open, into {@code folder}/db,
	 * a database Derby's own tools can open and {@link StoreProvider#restore} can bring back. Returns that database
	 * folder. A damaged database is refused and nothing is copied.
	 */
	Path backup(Path folder) throws StoreException;

	@Override
	void close();
}
