package org.qaworkbench.core.queries;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.qaworkbench.model.AssessmentState;

/**
 * An audit as {@code qa audits list} prints it: case (subject key), locality, state, dates, auditors' names in the
 * order recorded (someone no longer on the staff list as #id), checklist (its title, else its definition id), the computed overall score with its label, the auditor's judgement and the moderator's
 * grade (null where there are none).
 */
public record AuditEntry(long id, String subjectKey, String locality, AssessmentState state, LocalDate startedOn, LocalDate completedOn,
		List<String> auditors, String definitionId, String definitionHash, String title, BigDecimal overallScore, String overallLabel, String judgement,
		String moderatedJudgement) {

	/** The day it is dated by: completed, else started. */
	public LocalDate date() {
		return completedOn != null ? completedOn : startedOn;
	}
}
