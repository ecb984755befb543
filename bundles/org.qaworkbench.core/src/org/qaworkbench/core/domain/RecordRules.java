package org.qaworkbench.core.domain;

import java.util.List;
import java.util.Optional;

import org.qaworkbench.core.checklists.scoring.Scoring;
import org.qaworkbench.core.store.InvalidRecordException;
import org.qaworkbench.core.store.InvalidRecordException.Problem;
import org.qaworkbench.core.validation.RecordValidator;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.AssessmentState;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.Identified;

/**
 * What every record goes through before a store keeps it: a draft assessment is scored by its checklist's rules
 * (its scores on the record itself brought up to date, as the editor shows them), then the record is validated. A
 * signed-off assessment keeps the scores it was completed with: they change only by an amendment, which the
 * workflow scores.
 */
final class RecordRules {

	private final DefinitionCache definitions;
	private final RecordValidator validator;

	RecordRules(DefinitionCache definitions) {
		this.definitions = definitions;
		this.validator = new RecordValidator(definitions::find);
	}

	void prepare(Identified record) throws InvalidRecordException {
		if (record instanceof Assessment assessment && assessment.getState() == AssessmentState.DRAFT && assessment.getDefinitionHash() != null) {
			Optional<ChecklistDefinition> definition = definitions.find(assessment.getDefinitionHash());
			if (definition.isPresent()) {
				Scoring.apply(definition.get(), assessment);
			}
		}
		List<Problem> problems = validator.problems(record);
		if (!problems.isEmpty()) {
			throw new InvalidRecordException(problems);
		}
	}
}
