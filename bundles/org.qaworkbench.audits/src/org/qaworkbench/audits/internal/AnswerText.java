package org.qaworkbench.audits.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.qaworkbench.core.Formats;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.Item;
import org.qaworkbench.model.Level;
import org.qaworkbench.model.Scale;
import org.qaworkbench.model.Score;
import org.qaworkbench.model.ScoringRule;

/** Answers and scores as the paper form shows them: "2 Good", "Yes", "31/01/2026", chosen options one after another. */
public final class AnswerText {

	private AnswerText() {
	}

	/** A stored value of an item for people; the value itself when it is not one the item knows. */
	public static String of(Item item, String value) {
		if (value == null || value.isEmpty()) {
			return ""; //$NON-NLS-1$
		}
		return switch (item.getKind()) {
		case GRADED -> level(item.getScale(), value).map(AnswerText::grade).orElse(value);
		case YES_NO, YES_NO_NA, TICK_MATRIX -> yesNo(value);
		case DATE -> date(value);
		case MULTIPLE_CHOICE -> String.join("; ", value.lines().toList()); //$NON-NLS-1$
		case TEXT, NUMBER, SINGLE_CHOICE -> value;
		};
	}

	/** An overall grade ("2") with the label of the level it is on a scale of the definition: "2 Good". */
	public static String grade(ChecklistDefinition definition, String value) {
		if (value == null || value.isBlank()) {
			return ""; //$NON-NLS-1$
		}
		for (Scale scale : definition.getScales()) {
			Optional<Level> level = level(scale, value.strip());
			if (level.isPresent()) {
				return grade(level.get());
			}
		}
		return value.strip();
	}

	/**
	 * A computed score as "2 Good", or the number alone when it is not a level ("66.67"), to the decimals its rule
	 * declares (the store keeps more).
	 */
	public static String score(Score score, ScoringRule rule) {
		return score(score.getValue(), score.getLabel(), rule);
	}

	/** A computed score's value and label as {@link #score(Score, ScoringRule)} shows them. */
	public static String score(BigDecimal score, String label, ScoringRule rule) {
		BigDecimal value = rule == null ? score.stripTrailingZeros() : score.setScale(rule.getDecimals(), RoundingMode.HALF_UP);
		String number = value.toPlainString();
		return label == null || label.isBlank() ? number : number + " " + label; //$NON-NLS-1$
	}

	/** The audit's computed overall score (its section id is empty). */
	public static Optional<Score> overall(Assessment audit) {
		return audit.getScores().stream().filter(score -> (score.getSectionId() == null || score.getSectionId().isEmpty()) && score.getValue() != null).findFirst();
	}

	public static String grade(Level level) {
		return level.getValue() + " " + level.getLabel(); //$NON-NLS-1$
	}

	public static Optional<Level> level(Scale scale, String value) {
		return scale == null ? Optional.empty() : scale.getLevels().stream().filter(level -> String.valueOf(level.getValue()).equals(value)).findFirst();
	}

	public static String yesNo(String value) {
		return switch (value) {
		case "Y" -> Messages.Answer_yes; //$NON-NLS-1$
		case "N" -> Messages.Answer_no; //$NON-NLS-1$
		case "NA" -> Messages.Answer_notApplicable; //$NON-NLS-1$
		default -> value;
		};
	}

	private static String date(String value) {
		try {
			return Formats.date(LocalDate.parse(value));
		} catch (DateTimeParseException e) {
			return value;
		}
	}
}
