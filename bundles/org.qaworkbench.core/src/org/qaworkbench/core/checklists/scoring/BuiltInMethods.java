package org.qaworkbench.core.checklists.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

import org.qaworkbench.model.Answer;
import org.qaworkbench.model.Item;
import org.qaworkbench.model.ItemKind;
import org.qaworkbench.model.Level;
import org.qaworkbench.model.Rounding;
import org.qaworkbench.model.Scale;

/** The scoring methods a definition declares without Java. Every method sees only relevant items. */
final class BuiltInMethods {

	private static final String YES = "Y"; //$NON-NLS-1$
	private static final String NO = "N"; //$NON-NLS-1$
	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private BuiltInMethods() {
	}

	/**
	 * Count of Yes: every Y among Yes/No, Yes/No/N-A and tick-matrix items, each ticked file of a matrix counting
	 * once. No score while none of those items has an answer, so a blank checklist does not show 0.
	 */
	static Optional<ComputedScore> countYes(ScoringInput input) {
		int yes = 0;
		int answered = 0;
		for (Item item : input.items()) {
			if (isYesNo(item)) {
				for (Answer answer : input.answers(item)) {
					answered++;
					yes += YES.equals(answer.getValue()) ? 1 : 0;
				}
			}
		}
		return answered == 0 ? Optional.empty() : Optional.of(new ComputedScore(BigDecimal.valueOf(yes), null));
	}

	/** Percentage of Yes among Y and N answers (matrix cells included); N/A and unanswered are not applicable. */
	static Optional<ComputedScore> percentYes(ScoringInput input) {
		int yes = 0;
		int applicable = 0;
		for (Item item : input.items()) {
			if (isYesNo(item)) {
				for (Answer answer : input.answers(item)) {
					boolean isYes = YES.equals(answer.getValue());
					if (isYes || NO.equals(answer.getValue())) {
						applicable++;
						yes += isYes ? 1 : 0;
					}
				}
			}
		}
		if (applicable == 0) {
			return Optional.empty(); // nothing applicable is not 0%
		}
		BigDecimal percent = BigDecimal.valueOf(yes).multiply(HUNDRED).divide(BigDecimal.valueOf(applicable), decimals(input), roundingMode(input));
		return Optional.of(new ComputedScore(percent, null));
	}

	/**
	 * Mean of the grade values of graded answers, N/A levels excluded, rounded once from the exact mean. The label is
	 * that of the level (of the first graded item's scale) whose value equals the rounded mean, if any.
	 */
	static Optional<ComputedScore> meanGrade(ScoringInput input) {
		long sum = 0;
		int count = 0;
		Scale scale = null;
		for (Item item : input.items()) {
			for (Answer answer : gradedAnswers(input, item)) {
				Level level = levelOf(item, answer.getValue());
				if (level != null && !level.isNotApplicable()) {
					sum += level.getValue();
					count++;
					scale = scale == null ? item.getScale() : scale;
				}
			}
		}
		if (count == 0) {
			return Optional.empty();
		}
		BigDecimal mean = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), decimals(input), roundingMode(input));
		String label = null;
		for (Level level : scale.getLevels()) {
			if (!level.isNotApplicable() && mean.compareTo(BigDecimal.valueOf(level.getValue())) == 0) {
				label = level.getLabel();
			}
		}
		return Optional.of(new ComputedScore(mean, label));
	}

	/**
	 * Worst grade: the level that comes last in its scale's order among the graded answers, N/A levels excluded.
	 * Scales list levels from best to worst (the audit scale: 1 Exceeds good ... 4 Inadequate, then 5 N/A), so for
	 * the audit scale this is the highest non-N/A value. Answers on different scales compare by position.
	 */
	static Optional<ComputedScore> worstGrade(ScoringInput input) {
		Level worst = null;
		int worstPosition = -1;
		for (Item item : input.items()) {
			for (Answer answer : gradedAnswers(input, item)) {
				Level level = levelOf(item, answer.getValue());
				if (level != null && !level.isNotApplicable()) {
					int position = item.getScale().getLevels().indexOf(level);
					if (position > worstPosition) {
						worst = level;
						worstPosition = position;
					}
				}
			}
		}
		return worst == null ? Optional.empty() : Optional.of(new ComputedScore(BigDecimal.valueOf(worst.getValue()), worst.getLabel()));
	}

	private static boolean isYesNo(Item item) {
		return item.getKind() == ItemKind.YES_NO || item.getKind() == ItemKind.YES_NO_NA || item.getKind() == ItemKind.TICK_MATRIX;
	}

	private static List<Answer> gradedAnswers(ScoringInput input, Item item) {
		return item.getKind() == ItemKind.GRADED && item.getScale() != null ? input.answers(item) : List.of();
	}

	private static Level levelOf(Item item, String value) {
		for (Level level : item.getScale().getLevels()) {
			if (String.valueOf(level.getValue()).equals(value)) {
				return level;
			}
		}
		return null; // not on the scale: validation refuses it, scoring ignores it
	}

	private static int decimals(ScoringInput input) {
		return Math.max(0, input.rule().getDecimals());
	}

	static RoundingMode roundingMode(ScoringInput input) {
		Rounding rounding = input.rule().getRounding();
		return switch (rounding == null ? Rounding.HALF_UP : rounding) {
		case HALF_UP -> RoundingMode.HALF_UP;
		case HALF_EVEN -> RoundingMode.HALF_EVEN;
		case DOWN -> RoundingMode.DOWN;
		case UP -> RoundingMode.UP;
		};
	}
}
