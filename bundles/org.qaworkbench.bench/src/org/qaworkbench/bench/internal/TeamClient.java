package org.qaworkbench.bench.internal;

import org.qaworkbench.model.Assessment;

/**
 * One person's workbench in {@code qa bench team}: the same three things done through the store or in raw JDBC,
 * each on the client's own connection.
 *
 * @param <C> an audit as opened for editing, carrying the row version it was read at
 */
interface TeamClient<C> extends AutoCloseable {

	/** Saves a new audit in one transaction; returns its id. */
	long create(Assessment audit) throws Exception;

	/** Reads a stored audit as an editor opens it. */
	C open(long id) throws Exception;

	/**
	 * Saves the opened copy with new comments (a marker naming this edit), if nobody saved the audit since it was read: returns the row
	 * version the save made, or {@link #REFUSED} when someone had (nothing written).
	 */
	int saveEdit(C copy, String marker) throws Exception;

	int REFUSED = -1;
}
