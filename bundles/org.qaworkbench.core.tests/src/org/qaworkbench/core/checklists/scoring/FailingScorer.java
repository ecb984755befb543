package org.qaworkbench.core.checklists.scoring;

import java.util.Optional;

/** Contributed by this fragment's fragment.xml: always throws, as a broken scorer would. */
public final class FailingScorer implements ChecklistScorer {

	@Override
	public Optional<ComputedScore> score(ScoringInput input) {
		throw new IllegalStateException("a broken scorer");
	}
}
