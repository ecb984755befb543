package org.qaworkbench.core.audits;

import java.time.LocalDate;

import org.qaworkbench.model.RemedialAction;

/**
 * How an action's 3-month follow-up stands on a day, in order of urgency: past its date and not recorded (overdue),
 * falling due within {@value AuditWorkflow#DUE_SOON_DAYS} days (due), later (not yet), or recorded, finding the
 * action not done or done. One reading for every view, as the action's own overdue is {@link AuditWorkflow#overdue}.
 */
public enum FollowUpStatus {
	OVERDUE, DUE, NOT_YET, NOT_DONE, DONE;

	public static FollowUpStatus of(RemedialAction action, LocalDate today) {
		if (!AuditWorkflow.followUpOpen().test(action)) {
			return AuditWorkflow.followedUpDone(action) ? DONE : NOT_DONE;
		}
		if (AuditWorkflow.followUpOverdue(action, today)) {
			return OVERDUE;
		}
		LocalDate dueOn = action.getFollowUp() == null ? null : action.getFollowUp().getDueOn();
		return dueOn != null && !dueOn.isAfter(today.plusDays(AuditWorkflow.DUE_SOON_DAYS)) ? DUE : NOT_YET;
	}
}
