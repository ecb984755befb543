package org.qaworkbench.core.checklists.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * What checking a checklist plugin jar gave: the problems of the jar itself (manifest, plugin.xml, missing files)
 * and the result of each definition file it contributes; warnings are what does not stop it working but is
 * probably a mistake (a Bundle-Version that differs from the definition's version).
 */
public record PluginResult(String bundle, List<DefinitionProblem> problems, List<DefinitionResult> definitions, List<DefinitionProblem> warnings) {

	public PluginResult {
		problems = List.copyOf(problems);
		definitions = List.copyOf(definitions);
		warnings = List.copyOf(warnings);
	}

	public PluginResult(String bundle, List<DefinitionProblem> problems, List<DefinitionResult> definitions) {
		this(bundle, problems, definitions, List.of());
	}

	/** No problem in the jar and every definition valid. */
	public boolean isValid() {
		return problems.isEmpty() && definitions.stream().allMatch(DefinitionResult::isValid);
	}

	/** Every problem, those of the jar first, then each definition's. */
	public List<DefinitionProblem> allProblems() {
		List<DefinitionProblem> all = new ArrayList<>(problems);
		definitions.forEach(definition -> all.addAll(definition.problems()));
		return all;
	}
}
