package org.qaworkbench.core.checklists.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.internal.Messages;

/**
 * Problems as a person reads them: the same mistake made on many elements (a misspelt kind on all 38 items) is said
 * once, on the first element, with how many more have it, rather than 38 lines that bury the other problems. Two
 * problems are the same when their file and message agree but for the line and column they name.
 */
public final class ProblemSummary {

	/** The same message on this many elements or more is said once. */
	static final int SUMMARISED_FROM = 3;
	private static final Pattern LOCATION = Pattern.compile("\\s*\\(line \\d+(, column \\d+)?\\)$"); //$NON-NLS-1$

	private ProblemSummary() {
	}

	/** The problems in their order, each repeated one said once, where it first occurs. */
	public static List<DefinitionProblem> of(List<DefinitionProblem> problems) {
		Map<String, List<DefinitionProblem>> alike = new LinkedHashMap<>();
		for (DefinitionProblem problem : problems) {
			alike.computeIfAbsent(problem.source() + '\n' + LOCATION.matcher(problem.message()).replaceFirst(""), key -> new ArrayList<>()).add(problem); //$NON-NLS-1$
		}
		List<DefinitionProblem> said = new ArrayList<>();
		for (List<DefinitionProblem> same : alike.values()) {
			DefinitionProblem first = same.get(0);
			if (same.size() < SUMMARISED_FROM || first.element().isEmpty()) {
				said.addAll(same);
			} else {
				said.add(new DefinitionProblem(first.source(), NLS.bind(Messages.Problems_sameOnMore, first.element(), same.size() - 1), first.message()));
			}
		}
		return said;
	}
}
