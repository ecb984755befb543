package org.qaworkbench.demo.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.qaworkbench.core.audits.CaseAuditHeader;
import org.qaworkbench.model.Case;
import org.qaworkbench.model.CaseworkSupervision;
import org.qaworkbench.model.StaffMember;

/**
 * The answers to the case audit's "Case details" questions as the case stood on the day of the audit
 * ({@link CaseAuditHeader}), by item id (a definition without these items just has no use for them);
 * {@link DemoAnswers#UNANSWERED} for those the record has nothing for.
 */
final class DemoCaseDetails {

	private DemoCaseDetails() {
	}

	static Map<String, String> of(Case aCase, String locality, StaffMember auditor, LocalDate auditedOn, List<CaseworkSupervision> casework) {
		Map<String, String> details = new HashMap<>();
		CaseAuditHeader.values(aCase, new CaseAuditHeader.Context(locality, StaffMember::getName, List.of(auditor), auditedOn, casework))
				.forEach((itemId, value) -> details.put(itemId, value == null ? DemoAnswers.UNANSWERED : value));
		return details;
	}
}
