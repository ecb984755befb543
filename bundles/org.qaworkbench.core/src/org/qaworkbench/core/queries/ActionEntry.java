package org.qaworkbench.core.queries;

import java.time.LocalDate;
import java.util.List;

import org.qaworkbench.core.audits.AuditWorkflow;
import org.qaworkbench.core.audits.FollowUpStatus;
import org.qaworkbench.model.FollowUp;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.RemedialAction;

/**
 * A remedial action as the Actions view lists it: the action, where it came from (its audit, the audit's checklist
 * and case, the locality of the audit or else of its case), who (the action's owner, the auditors) and the dates its
 * status is read from. {@code auditId} is 0 for an action whose audit is gone (and for a development action from an
 * observation, whose {@code observationId} is set instead: 0 otherwise); names are empty when unknown.
 */
public record ActionEntry(long actionId, long auditId, String definitionId, String caseNumber, String locality, String worker, List<String> auditors,
		String action, LocalDate dueOn, LocalDate completedOn, LocalDate followUpDueOn, LocalDate followUpCheckedOn, Boolean followUpDone, long observationId) {

	/** Past its due date and not completed, as {@link AuditWorkflow#overdue} reads it. */
	public boolean overdue(LocalDate today) {
		return AuditWorkflow.overdue(asAction(), today);
	}

	/** How its follow-up stands on a day, as {@link FollowUpStatus} reads it. */
	public FollowUpStatus followUpStatus(LocalDate today) {
		return FollowUpStatus.of(asAction(), today);
	}

	/**
	 * The fields the workflow's rules read, as a detached action (nothing is loaded): the rules stay in one place,
	 * written against the model, and a row is judged exactly as a stored action is.
	 */
	private RemedialAction asAction() {
		RemedialAction action = QaFactory.eINSTANCE.createRemedialAction();
		action.setDueOn(dueOn);
		action.setCompletedOn(completedOn);
		if (followUpDueOn != null || followUpCheckedOn != null || followUpDone != null) {
			FollowUp followUp = QaFactory.eINSTANCE.createFollowUp();
			followUp.setDueOn(followUpDueOn);
			followUp.setCheckedOn(followUpCheckedOn);
			followUp.setDone(Boolean.TRUE.equals(followUpDone));
			action.setFollowUp(followUp);
		}
		return action;
	}
}
