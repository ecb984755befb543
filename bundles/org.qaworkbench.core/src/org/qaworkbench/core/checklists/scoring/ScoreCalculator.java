package org.qaworkbench.core.checklists.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.qaworkbench.core.checklists.Relevance;
import org.qaworkbench.model.Answer;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.Item;
import org.qaworkbench.model.ItemKind;
import org.qaworkbench.model.ScoringRule;
import org.qaworkbench.model.Section;

/** Applies a definition's rules to an assessment; custom scorers come from the given lookup. */
final class ScoreCalculator {

	private final Function<String, Optional<ChecklistScorer>> customScorers;

	ScoreCalculator(Function<String, Optional<ChecklistScorer>> customScorers) {
		this.customScorers = customScorers;
	}

	ScoreCard score(ChecklistDefinition definition, Assessment assessment) {
		Relevance relevance = new Relevance(definition, assessment);
		Map<String, ComputedScore> sections = new LinkedHashMap<>();
		Map<String, MatrixTotals> matrices = new HashMap<>();
		Map<String, List<Integer>> fileTotals = new HashMap<>();
		List<Item> everyItem = new ArrayList<>();
		for (Section section : definition.getSections()) {
			List<Item> items = section.getItems().stream().filter(relevance::isRelevant).toList();
			everyItem.addAll(items);
			score(new ScoringInput(definition, assessment, Optional.of(section), section.getScoring(), items)).ifPresent(score -> sections.put(section.getSectionId(), score));
			List<Integer> columns = new ArrayList<>();
			for (Item item : items) {
				if (item.getKind() == ItemKind.TICK_MATRIX) {
					MatrixTotals totals = totals(assessment, item);
					matrices.put(item.getItemId(), totals);
					for (int file = 0; file < totals.perFile().size(); file++) {
						if (file == columns.size()) {
							columns.add(0);
						}
						columns.set(file, columns.get(file) + totals.perFile().get(file));
					}
				}
			}
			if (!columns.isEmpty()) {
				fileTotals.put(section.getSectionId(), columns);
			}
		}
		// The overall rule runs over all items, not over section scores: a mean of means would weigh short sections up.
		ComputedScore overall = score(new ScoringInput(definition, assessment, Optional.empty(), definition.getOverallScoring(), everyItem)).orElse(null);
		return new ScoreCard(sections, overall, matrices, fileTotals);
	}

	private Optional<ComputedScore> score(ScoringInput input) {
		ScoringRule rule = input.rule();
		if (rule == null || rule.getMethod() == null) {
			return Optional.empty();
		}
		return switch (rule.getMethod()) {
		case NONE -> Optional.empty();
		case COUNT_YES -> BuiltInMethods.countYes(input);
		case PERCENT_YES -> BuiltInMethods.percentYes(input);
		case MEAN_GRADE -> BuiltInMethods.meanGrade(input);
		case WORST_GRADE -> BuiltInMethods.worstGrade(input);
		case CUSTOM -> customScorers.apply(rule.getScorerId()).flatMap(scorer -> ContributedScorers.run(scorer, rule.getScorerId(), input));
		};
	}

	private static MatrixTotals totals(Assessment assessment, Item item) {
		int[] ticks = new int[Math.max(0, item.getMatrixFiles())];
		for (Answer answer : assessment.getAnswers()) {
			if (item.getItemId().equals(answer.getItemId()) && answer.getFileIndex() >= 1 && answer.getFileIndex() <= ticks.length && "Y".equals(answer.getValue())) { //$NON-NLS-1$
				ticks[answer.getFileIndex() - 1] = 1;
			}
		}
		List<Integer> perFile = new ArrayList<>();
		int total = 0;
		for (int tick : ticks) {
			perFile.add(tick);
			total += tick;
		}
		return new MatrixTotals(item.getItemId(), perFile, total);
	}
}
