package org.qaworkbench.core.checklists.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The same mistake on many elements is said once, with how many more have it. */
class ProblemSummaryTest {

	@Test
	void aProblemRepeatedOnManyItemsIsSaidOnceWithTheCount() {
		String kind = "'Graded' is not a possible kind; write one of \"Graded on a scale\", \"Yes/No\""; //$NON-NLS-1$
		List<DefinitionProblem> problems = List.of( //
				new DefinitionProblem("v.xmi", "item 'q1'", kind + " (line 5, column 9)"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				new DefinitionProblem("v.xmi", "checklist", "the version 'one' is not a version"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				new DefinitionProblem("v.xmi", "item 'q2'", kind + " (line 6, column 9)"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				new DefinitionProblem("v.xmi", "item 'q3'", kind + " (line 7, column 9)"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				new DefinitionProblem("v.xmi", "item 'q4'", "it has no text"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				new DefinitionProblem("v.xmi", "item 'q5'", "it has no text")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

		assertEquals(List.of( //
				"v.xmi: item 'q1' and 2 more with the same problem: " + kind + " (line 5, column 9)", //$NON-NLS-1$ //$NON-NLS-2$
				"v.xmi: checklist: the version 'one' is not a version", //$NON-NLS-1$
				"v.xmi: item 'q4': it has no text", //$NON-NLS-1$
				"v.xmi: item 'q5': it has no text"), //$NON-NLS-1$
				ProblemSummary.of(problems).stream().map(DefinitionProblem::toString).toList(), "two alike are said as they are"); //$NON-NLS-1$
	}
}
