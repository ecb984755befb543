package org.qaworkbench.core.checklists.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.qaworkbench.model.ChecklistDefinition;

/**
 * What reading (and validating) one definition file gave: the definition when it could be read, and the problems
 * found. Never null, never thrown: a caller decides what a problem means for it.
 */
public final class DefinitionResult {

	private final String source;
	private final ChecklistDefinition definition;
	private final List<DefinitionProblem> problems;

	DefinitionResult(String source, ChecklistDefinition definition, List<DefinitionProblem> problems) {
		this.source = source;
		this.definition = definition;
		this.problems = List.copyOf(problems);
	}

	/** Where the definition came from, as every problem names it. */
	public String source() {
		return source;
	}

	/** The definition, when the file could be read as one (it may still have validation problems). */
	public Optional<ChecklistDefinition> definition() {
		return Optional.ofNullable(definition);
	}

	public List<DefinitionProblem> problems() {
		return problems;
	}

	/** Read, and without a single problem: fit to be offered to users. */
	public boolean isValid() {
		return definition != null && problems.isEmpty();
	}

	/** This result with the validator's findings added; a definition that could not be read stays as it is. */
	public DefinitionResult validated() {
		if (definition == null) {
			return this;
		}
		List<DefinitionProblem> all = new ArrayList<>(problems);
		all.addAll(DefinitionValidator.validate(definition, source));
		return new DefinitionResult(source, definition, all);
	}
}
