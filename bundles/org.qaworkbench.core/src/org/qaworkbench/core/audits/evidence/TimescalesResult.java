package org.qaworkbench.core.audits.evidence;

import java.util.List;

import org.qaworkbench.core.checklists.validation.DefinitionProblem;

/** What reading a timescales file gave: its rules, or (never both) the problems that make it unusable. */
public record TimescalesResult(String source, List<TimescaleRule> rules, List<DefinitionProblem> problems) {

	public TimescalesResult {
		rules = List.copyOf(rules);
		problems = List.copyOf(problems);
	}

	public boolean isValid() {
		return problems.isEmpty();
	}
}
