package org.qaworkbench.audits;

import java.time.LocalDate;
import java.util.function.Predicate;

import org.qaworkbench.core.queries.AuditCriteria;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.AssessmentState;

/**
 * Which audits a listing or an export takes: of one locality (by its id), in one state, dated within a range (both
 * ends included). Each part left null lets every audit through. An audit's date is the day it was completed, or for
 * a draft the day it was started ({@link #dateOf}).
 */
public record AuditFilter(Long localityId, AssessmentState state, LocalDate from, LocalDate to) implements Predicate<Assessment> {

	public static final AuditFilter ALL = new AuditFilter(null, null, null, null);

	@Override
	public boolean test(Assessment audit) {
		if (localityId != null && (audit.getLocality() == null || audit.getLocality().getId() != localityId)) {
			return false;
		}
		if (state != null && audit.getState() != state) {
			return false;
		}
		LocalDate date = dateOf(audit);
		if (from != null && (date == null || date.isBefore(from))) {
			return false;
		}
		return to == null || date != null && !date.isAfter(to);
	}

	/** The same filter for the read models, which apply it in the database. */
	public AuditCriteria criteria() {
		return new AuditCriteria(localityId, null, state, from, to);
	}

	/** The day an audit is dated by: completed, else started. */
	public static LocalDate dateOf(Assessment audit) {
		return audit.getCompletedOn() != null ? audit.getCompletedOn() : audit.getStartedOn();
	}
}
