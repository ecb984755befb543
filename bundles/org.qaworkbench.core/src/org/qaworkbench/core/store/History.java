package org.qaworkbench.core.store;

import java.time.Instant;
import java.util.List;

import org.qaworkbench.model.Identified;

/** Who changed a record, when, and what: append-only, oldest first. */
public interface History {

	List<Entry> of(Identified record);

	/** One save of a record. */
	record Entry(int rowVersion, String actor, Instant at, String action, List<Change> changes) {
	}

	/** One field before and after a save; an empty value means none. */
	record Change(String field, String before, String after) {
	}
}
