package org.qaworkbench.core.checklists.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One computed score: its value as it is stored (scale = the rule's decimals) and, when the value is a level of
 * the scale, that level's label ("Good"); otherwise {@code label} is null.
 */
public record ComputedScore(BigDecimal value, String label) {

	public ComputedScore {
		Objects.requireNonNull(value);
	}

	/** The value as it is stored and shown: "2", "66.67". */
	public String text() {
		return value.toPlainString();
	}
}
