package org.qaworkbench.core.store;

import java.time.Instant;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.Formats;
import org.qaworkbench.core.internal.Messages;

/**
 * Someone else saved the record after this copy was read: the save was refused and their data stands. Says who
 * and when, so the user can compare and redo their change.
 */
public final class StaleRecordException extends SaveRefusedException {

	private static final long serialVersionUID = 1L;

	private final String record;
	private final String changedBy;
	private final Instant changedAt;

	public StaleRecordException(String record, String changedBy, Instant changedAt) {
		super(NLS.bind(Messages.StaleRecord_message, new Object[] { record, changedBy, Formats.dateTime(changedAt) }));
		this.record = record;
		this.changedBy = changedBy;
		this.changedAt = changedAt;
	}

	public String record() {
		return record;
	}

	public String changedBy() {
		return changedBy;
	}

	public Instant changedAt() {
		return changedAt;
	}
}
