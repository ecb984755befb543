package org.qaworkbench.demo.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.qaworkbench.core.audits.Staff;
import org.qaworkbench.model.Allocation;
import org.qaworkbench.model.Case;
import org.qaworkbench.model.KeyDate;
import org.qaworkbench.model.KeyDateKind;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.model.SupervisionSession;

/**
 * The answers to the case audit's "Case details" questions, read off the case as it stood on the day of the audit,
 * by item id (a definition without these items just has no use for them).
 */
final class DemoCaseDetails {

	private DemoCaseDetails() {
	}

	static Map<String, String> of(Case aCase, String locality, StaffMember auditor, LocalDate auditedOn, List<SupervisionSession> supervision) {
		Map<String, String> details = new HashMap<>();
		details.put("details-locality", locality); //$NON-NLS-1$
		details.put("details-audit-date", auditedOn.toString()); //$NON-NLS-1$
		details.put("details-llcs", aCase.getCaseNumber()); //$NON-NLS-1$
		details.put("details-current-worker", Staff.currentWorker(aCase).map(StaffMember::getName).orElse("")); //$NON-NLS-1$ //$NON-NLS-2$
		details.put("details-current-allocated", aCase.getAllocations().get(aCase.getAllocations().size() - 1).getAllocatedOn().toString()); //$NON-NLS-1$
		Staff.previousAllocation(aCase).filter(previous -> !previous.getClosedOn().isAfter(auditedOn)).ifPresent(previous -> previous(details, previous));
		details.put("details-line-manager", aCase.getLineManager().getName()); //$NON-NLS-1$
		details.put("details-auditors", auditor.getName()); //$NON-NLS-1$
		details.put("details-status", aCase.getStatus().getLiteral()); //$NON-NLS-1$
		details.put("details-child", aCase.getChild().getName()); //$NON-NLS-1$
		details.put("details-family", aCase.getFamilyNames()); //$NON-NLS-1$
		details.put("details-dob", aCase.getChild().getDateOfBirth().toString()); //$NON-NLS-1$
		for (KeyDate keyDate : aCase.getKeyDates()) {
			if (keyDate.getDate().isAfter(auditedOn)) {
				continue;
			}
			if (keyDate.getKind() == KeyDateKind.ASSESSMENT) {
				details.put("details-assessment-type", keyDate.getDetail()); //$NON-NLS-1$
				details.put("details-assessment-date", keyDate.getDate().toString()); //$NON-NLS-1$
			} else if (keyDate.getKind() == KeyDateKind.SUPPORT_PLAN) {
				details.put("details-plan-type", "Family support plan"); //$NON-NLS-1$ //$NON-NLS-2$
				details.put("details-plan-date", keyDate.getDate().toString()); //$NON-NLS-1$
			}
		}
		supervision.stream().filter(SupervisionSession::isHeld).map(SupervisionSession::getSessionOn).filter(on -> !on.isAfter(auditedOn))
				.reduce((earlier, later) -> later).ifPresent(on -> details.put("details-supervision-date", on.toString())); //$NON-NLS-1$
		return details;
	}

	private static void previous(Map<String, String> details, Allocation previous) {
		details.put("details-previous-worker", previous.getWorker().getName()); //$NON-NLS-1$
		details.put("details-previous-allocated", previous.getAllocatedOn().toString()); //$NON-NLS-1$
		details.put("details-previous-closed", previous.getClosedOn().toString()); //$NON-NLS-1$
	}
}
