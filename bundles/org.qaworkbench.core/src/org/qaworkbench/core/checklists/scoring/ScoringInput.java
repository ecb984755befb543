package org.qaworkbench.core.checklists.scoring;

import java.util.List;
import java.util.Optional;

import org.qaworkbench.model.Answer;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.Item;
import org.qaworkbench.model.ItemKind;
import org.qaworkbench.model.ScoringRule;
import org.qaworkbench.model.Section;

/**
 * What one rule scores: the relevant items of a section (or of every section for the overall score) of an
 * assessment.
 *
 * @param section empty for the overall score
 * @param items the relevant items in scope, in definition order
 */
public record ScoringInput(ChecklistDefinition definition, Assessment assessment, Optional<Section> section, ScoringRule rule, List<Item> items) {

	public ScoringInput {
		items = List.copyOf(items);
	}

	/**
	 * The non-blank answers to an item: for a tick matrix one per sampled file (1..matrixFiles), otherwise the one
	 * with file index 0. Answers to files the item does not have are ignored.
	 */
	public List<Answer> answers(Item item) {
		boolean matrix = item.getKind() == ItemKind.TICK_MATRIX;
		return assessment.getAnswers().stream()
				.filter(answer -> item.getItemId().equals(answer.getItemId()))
				.filter(answer -> matrix ? answer.getFileIndex() >= 1 && answer.getFileIndex() <= item.getMatrixFiles() : answer.getFileIndex() == 0)
				.filter(answer -> answer.getValue() != null && !answer.getValue().isBlank())
				.toList();
	}
}
