package org.qaworkbench.caseaudit.ui.internal;

import java.time.LocalDate;
import java.util.Map;

import org.qaworkbench.core.audits.CaseAuditHeader;
import org.qaworkbench.core.store.Records;
import org.qaworkbench.model.Answer;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.Case;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.StaffMember;

/**
 * Pre-fills a new audit's header from the case record ({@link CaseAuditHeader}). Only empty answers are filled, so
 * whatever the auditor corrected stays; they remain answers the auditor can change.
 */
final class CaseHeader {

	private final Records records;

	CaseHeader(Records records) {
		this.records = records;
	}

	/** Fills the header questions the audit has not answered yet; returns how many it filled. */
	int prefill(Assessment audit, Case aCase, LocalDate auditDate) {
		int filled = 0;
		for (Map.Entry<String, String> value : CaseAuditHeader.values(aCase, context(audit, aCase, auditDate)).entrySet()) {
			if (value.getValue() != null && !value.getValue().isBlank() && audit.getAnswers().stream().noneMatch(answer -> answer.getItemId().equals(value.getKey()))) {
				Answer answer = QaFactory.eINSTANCE.createAnswer();
				answer.setItemId(value.getKey());
				answer.setValue(value.getValue());
				audit.getAnswers().add(answer);
				filled++;
			}
		}
		return filled;
	}

	/** References come back as proxies holding only an id: names and the locality are read from the store. */
	private CaseAuditHeader.Context context(Assessment audit, Case aCase, LocalDate auditDate) {
		String locality = aCase.getLocality() == null ? null : records.resolve(aCase.getLocality()).map(l -> l.getName()).orElse(null);
		return new CaseAuditHeader.Context(locality, staff -> records.resolve(staff).map(StaffMember::getName).orElse(null), audit.getAssessors(), auditDate,
				CaseAuditHeader.supervisionOf(records, aCase));
	}
}
