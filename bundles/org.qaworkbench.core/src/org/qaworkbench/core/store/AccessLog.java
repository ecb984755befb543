package org.qaworkbench.core.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Who opened or exported a confidential record, when and from which workstation: append-only (the database refuses
 * any change or deletion of it, as it does for the history). The domain layer decides what is confidential and writes
 * here ({@link org.qaworkbench.core.domain.ConfidentialAccess}); an engine only stores and reads.
 */
public interface AccessLog {

	/** What was done with the record. */
	enum Access {
		OPENED, EXPORTED
	}

	/**
	 * One access: {@code recordKind} is the record's type (its EClass name), {@code format} the export's format
	 * ("pdf", "csv") or null for an opening.
	 */
	record Event(String userId, Instant at, String workstation, Access access, String recordKind, long recordId, String format) {

		public Event {
			Objects.requireNonNull(userId);
			Objects.requireNonNull(at);
			Objects.requireNonNull(workstation);
			Objects.requireNonNull(access);
			Objects.requireNonNull(recordKind);
		}
	}

	/** Appends one event, in its own transaction. */
	void record(Event event);

	/** The events of one record (record ids are unique across types), newest first, at most {@code limit}. */
	List<Event> of(long recordId, int limit);

	/** The newest events of every record, newest first, at most {@code limit}. */
	List<Event> newest(int limit);
}
