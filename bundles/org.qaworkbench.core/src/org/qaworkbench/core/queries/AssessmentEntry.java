package org.qaworkbench.core.queries;

import java.time.LocalDate;

import org.qaworkbench.model.AssessmentState;

/**
 * An assessment as a list shows it: its checklist's title (its definition id when the definition is not stored),
 * state and dates. {@code definitionId} chooses its editor.
 */
public record AssessmentEntry(long id, String definitionId, String title, AssessmentState state, LocalDate startedOn, LocalDate completedOn) {

	/** The day it is dated by: completed, else started. */
	public LocalDate date() {
		return completedOn != null ? completedOn : startedOn;
	}
}
