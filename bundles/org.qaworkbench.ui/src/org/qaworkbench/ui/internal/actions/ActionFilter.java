package org.qaworkbench.ui.internal.actions;

import java.time.LocalDate;
import java.util.function.Predicate;

import org.qaworkbench.core.audits.AuditWorkflow;
import org.qaworkbench.ui.internal.Messages;

/**
 * Which actions the view shows: by what needs doing, and by locality, worker and auditor ({@code null} for all).
 */
record ActionFilter(Show show, String locality, String worker, String auditor, LocalDate today) implements Predicate<ActionRow> {

	/** An open action counts as due this many days before its date. */
	static final int DUE_SOON_DAYS = AuditWorkflow.DUE_SOON_DAYS;

	/** What needs doing: the first is what a team leader looks at every week. */
	enum Show {
		DUE_AND_OVERDUE(Messages.Actions_showDue), OVERDUE(Messages.Actions_showOverdue), FOLLOW_UPS_DUE(Messages.Actions_showFollowUpsDue),
		ALL(Messages.Actions_showAll);

		final String label;

		Show(String label) {
			this.label = label;
		}
	}

	@Override
	public boolean test(ActionRow row) {
		return shown(row) && matches(locality, row.locality()) && matches(worker, row.worker()) && (auditor == null || row.auditors().contains(auditor));
	}

	private boolean shown(ActionRow row) {
		return switch (show) {
		case DUE_AND_OVERDUE -> row.followUp().toDo() || row.status() == ActionRow.Status.OVERDUE
				|| row.status() == ActionRow.Status.OPEN && row.dueOn() != null && !row.dueOn().isAfter(today.plusDays(DUE_SOON_DAYS));
		case OVERDUE -> row.status() == ActionRow.Status.OVERDUE;
		case FOLLOW_UPS_DUE -> row.followUp().toDo();
		case ALL -> true;
		};
	}

	private static boolean matches(String chosen, String value) {
		return chosen == null || chosen.equals(value);
	}
}
