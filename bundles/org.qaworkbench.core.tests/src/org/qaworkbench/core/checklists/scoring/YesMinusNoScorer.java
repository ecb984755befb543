package org.qaworkbench.core.checklists.scoring;

import java.math.BigDecimal;
import java.util.Optional;

/** Contributed by this fragment's fragment.xml: Y answers minus N answers, labelled "net". */
public final class YesMinusNoScorer implements ChecklistScorer {

	@Override
	public Optional<ComputedScore> score(ScoringInput input) {
		long net = input.items().stream().flatMap(item -> input.answers(item).stream())
				.mapToLong(answer -> "Y".equals(answer.getValue()) ? 1 : "N".equals(answer.getValue()) ? -1 : 0).sum();
		return Optional.of(new ComputedScore(BigDecimal.valueOf(net), "net"));
	}
}
