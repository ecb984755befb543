package org.qaworkbench.demo.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.SplittableRandom;

import org.qaworkbench.core.checklists.Relevance;
import org.qaworkbench.model.Answer;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.Item;
import org.qaworkbench.model.ItemKind;
import org.qaworkbench.model.Level;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.Section;

/**
 * Answers any checklist definition the way auditors tend to: mostly Good, some Requires improvement, few N/A;
 * an item with a condition is answered only when it has become relevant.
 */
final class DemoAnswers {

	private final SplittableRandom random;
	private final DemoNames names;

	DemoAnswers(SplittableRandom random, DemoNames names) {
		this.random = random;
		this.names = names;
	}

	/**
	 * Answers every relevant item, with the {@code known} value of an item where there is one (the case's details),
	 * else a made-up one; returns the rounded mean of the grades given, as a grade value, or null.
	 */
	String answer(ChecklistDefinition definition, Assessment assessment, LocalDate completedOn, int quality, Map<String, String> known) {
		Relevance relevance = new Relevance(definition, assessment);
		int sum = 0;
		int count = 0;
		for (Section section : definition.getSections()) {
			for (Item item : section.getItems()) {
				if (!relevance.isRelevant(item)) {
					continue;
				}
				if (item.getKind() == ItemKind.TICK_MATRIX) {
					for (int file = 1; file <= item.getMatrixFiles(); file++) {
						add(assessment, item, file, random.nextInt(10) < 8 ? "Y" : "N"); //$NON-NLS-1$ //$NON-NLS-2$
					}
					continue;
				}
				String value = fits(item, known.get(item.getItemId())) ? known.get(item.getItemId()) : value(item, completedOn, quality);
				add(assessment, item, 0, value);
				if (item.getKind() == ItemKind.GRADED && item.getScale() != null) {
					Level level = item.getScale().getLevels().stream().filter(l -> String.valueOf(l.getValue()).equals(value)).findFirst().orElse(null);
					if (level != null && !level.isNotApplicable()) {
						sum += level.getValue();
						count++;
					}
				}
			}
		}
		return count == 0 ? null : String.valueOf(Math.round((double) sum / count));
	}

	/** A known value fits its item: any text, and a single choice only when it is one of the choices. */
	private static boolean fits(Item item, String value) {
		return value != null && !value.isEmpty() && switch (item.getKind()) {
		case TEXT, DATE, NUMBER -> true;
		case SINGLE_CHOICE -> item.getChoices().contains(value);
		default -> false;
		};
	}

	private String value(Item item, LocalDate completedOn, int quality) {
		int roll = random.nextInt(100);
		return switch (item.getKind()) {
		case GRADED -> grade(item, roll, quality);
		case YES_NO -> roll < 80 + quality ? "Y" : "N"; //$NON-NLS-1$ //$NON-NLS-2$
		case YES_NO_NA, TICK_MATRIX -> roll < 75 ? "Y" : roll < 90 ? "N" : "NA"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		case DATE -> completedOn.minusDays(7 + random.nextInt(60)).toString();
		case NUMBER -> String.valueOf(1 + random.nextInt(6));
		case SINGLE_CHOICE, MULTIPLE_CHOICE -> item.getChoices().isEmpty() ? "" : names.pick(item.getChoices()); //$NON-NLS-1$
		case TEXT -> names.pick(DemoNames.COMMENTS);
		};
	}

	/** Mostly 2 (Good); a lower quality shifts grades towards 3 and 4. */
	private static String grade(Item item, int roll, int quality) {
		int grade = roll < 4 ? 5 : roll < 18 - quality ? 1 : roll < 68 - quality * 2 ? 2 : roll < 93 - quality ? 3 : 4;
		boolean onScale = item.getScale() != null && item.getScale().getLevels().stream().anyMatch(level -> level.getValue() == grade);
		return String.valueOf(onScale ? grade : item.getScale().getLevels().get(0).getValue());
	}

	private static void add(Assessment assessment, Item item, int file, String value) {
		Answer answer = QaFactory.eINSTANCE.createAnswer();
		answer.setItemId(item.getItemId());
		answer.setFileIndex(file);
		answer.setValue(value);
		assessment.getAnswers().add(answer);
	}
}
