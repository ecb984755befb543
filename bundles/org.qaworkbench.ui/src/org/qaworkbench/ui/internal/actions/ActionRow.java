package org.qaworkbench.ui.internal.actions;

import java.time.LocalDate;
import java.util.List;

import org.qaworkbench.core.audits.FollowUpStatus;
import org.qaworkbench.core.queries.ActionEntry;
import org.qaworkbench.ui.internal.Messages;

/**
 * One remedial action as the Actions view lists it: the action, where it came from, and how it stands today; the
 * audit's definition id chooses its editor.
 */
public record ActionRow(long actionId, long assessmentId, String caseNumber, String locality, String worker, List<String> auditors, String action,
		LocalDate dueOn, Status status, LocalDate followUpDueOn, FollowUp followUp, String definitionId) {

	/** The auditors as one line. */
	public String auditor() {
		return String.join(", ", auditors); //$NON-NLS-1$
	}

	/** How the action stands; in order of urgency. */
	public enum Status {
		OVERDUE(Messages.Actions_overdue), OPEN(Messages.Actions_open), COMPLETED(Messages.Actions_completed);

		final String label;

		Status(String label) {
			this.label = label;
		}

		static Status of(ActionEntry action, LocalDate today) {
			return action.completedOn() != null ? COMPLETED : action.overdue(today) ? OVERDUE : OPEN;
		}
	}

	/** How the auditor's follow-up stands ({@link FollowUpStatus}); in order of urgency. */
	public enum FollowUp {
		OVERDUE(Messages.Actions_followUpOverdue), DUE(Messages.Actions_followUpDue), NOT_YET(Messages.Actions_followUpNotYet),
		NOT_DONE(Messages.Actions_followUpNotDone), DONE(Messages.Actions_followUpDone);

		final String label;

		FollowUp(String label) {
			this.label = label;
		}

		static FollowUp of(ActionEntry action, LocalDate today) {
			return switch (action.followUpStatus(today)) {
			case OVERDUE -> OVERDUE;
			case DUE -> DUE;
			case NOT_YET -> NOT_YET;
			case NOT_DONE -> NOT_DONE;
			case DONE -> DONE;
			};
		}

		/** Overdue or due soon: the auditor has it to do. */
		boolean toDo() {
			return this == OVERDUE || this == DUE;
		}
	}
}
