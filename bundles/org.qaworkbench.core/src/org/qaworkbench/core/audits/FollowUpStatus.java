package org.qaworkbench.core.audits;

import java.time.LocalDate;

import org.qaworkbench.core.internal.Messages;
import org.qaworkbench.model.RemedialAction;

/**
 * How an action's 3-month follow-up stands on a day, in order of urgency: past its date and not recorded (overdue),
 * falling due within {@value AuditWorkflow#DUE_SOON_DAYS} days (due), later (not yet), or recorded, finding the
 * action not done or done. One reading for every view, as the action's own overdue is {@link AuditWorkflow#overdue}.
 */
public enum FollowUpStatus {
	OVERDUE(Messages.FollowUp_overdue), DUE(Messages.FollowUp_due), NOT_YET(Messages.FollowUp_notYet), NOT_DONE(Messages.FollowUp_notDone),
	DONE(Messages.FollowUp_done);

	private final String label;

	FollowUpStatus(String label) {
		this.label = label;
	}

	/** The status in a word, as every view shows it: a follow-up months late reads "Overdue", never "due now". */
	public String label() {
		return label;
	}

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
