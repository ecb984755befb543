package org.qaworkbench.core.checklists.scoring;

import java.util.Optional;

/**
 * A Java scorer for a rule the built-in methods cannot express, contributed through the extension point
 * {@code org.qaworkbench.core.scorers} and named by {@code scorerId} in a definition's scoring rule with the
 * method "Custom scorer". Implementations need a public no-argument constructor; one instance serves every
 * assessment, so keep them stateless.
 */
public interface ChecklistScorer {

	/**
	 * @param input the relevant items in scope (a section, or the whole definition for the overall score) and their
	 *            answers; irrelevant items are already left out
	 * @return the score, or empty when there is nothing to score
	 */
	Optional<ComputedScore> score(ScoringInput input);
}
