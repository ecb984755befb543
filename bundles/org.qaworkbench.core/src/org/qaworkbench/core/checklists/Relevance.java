package org.qaworkbench.core.checklists;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.qaworkbench.model.Answer;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.Condition;
import org.qaworkbench.model.Item;
import org.qaworkbench.model.Section;

/**
 * Which items of a definition apply to an assessment: an item with a condition is relevant only when the item
 * it names has one of the condition's answers (and is itself relevant). Irrelevant items are hidden, not required
 * and not scored.
 */
public final class Relevance {

	private final Assessment assessment;

	public Relevance(ChecklistDefinition definition, Assessment assessment) {
		Objects.requireNonNull(definition);
		this.assessment = assessment;
	}

	/** The definition's items by id, in definition order. */
	public static Map<String, Item> itemsById(ChecklistDefinition definition) {
		Map<String, Item> items = new LinkedHashMap<>();
		for (Section section : definition.getSections()) {
			for (Item item : section.getItems()) {
				items.put(item.getItemId(), item);
			}
		}
		return items;
	}

	public boolean isRelevant(Item item) {
		for (Item current = item; current.getCondition() != null; current = current.getCondition().getItem()) {
			Condition condition = current.getCondition();
			if (condition.getItem() == null || !condition.getAnswers().contains(valueOf(condition.getItem()))) {
				return false;
			}
			if (condition.getItem() == item) {
				return false; // a cycle; the definition validator reports it
			}
		}
		return true;
	}

	public boolean isAnswered(Item item) {
		return assessment.getAnswers().stream()
				.anyMatch(answer -> item.getItemId().equals(answer.getItemId()) && answer.getValue() != null && !answer.getValue().isBlank());
	}

	private String valueOf(Item item) {
		return assessment.getAnswers().stream().filter(answer -> item.getItemId().equals(answer.getItemId()) && answer.getFileIndex() == 0)
				.map(Answer::getValue).findFirst().orElse(null);
	}
}
