package org.qaworkbench.core.queries;

import java.time.LocalDate;

import org.qaworkbench.model.AssessmentState;

/**
 * Which audits a query takes: of one locality (by id), of one checklist (definition id), in one state, dated within a
 * range (both ends included). Each part left null lets every audit through. An audit's date is the day it was
 * completed, or for a draft the day it was started.
 */
public record AuditCriteria(Long localityId, String definitionId, AssessmentState state, LocalDate from, LocalDate to) {

	public static final AuditCriteria ALL = new AuditCriteria(null, null, null, null, null);

	public AuditCriteria withLocality(Long id) {
		return new AuditCriteria(id, definitionId, state, from, to);
	}

	public AuditCriteria withDefinition(String id) {
		return new AuditCriteria(localityId, id, state, from, to);
	}

	public AuditCriteria withState(AssessmentState wanted) {
		return new AuditCriteria(localityId, definitionId, wanted, from, to);
	}

	public AuditCriteria within(LocalDate first, LocalDate last) {
		return new AuditCriteria(localityId, definitionId, state, first, last);
	}
}
