package org.qaworkbench.core.observations;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.Item;
import org.qaworkbench.model.Level;
import org.qaworkbench.model.Section;

/**
 * A direct observation form read as one: the header, the prompts the observer answers with a narrative (each kept
 * under its item id), the practitioner's reflection, the grading scale and the recommendations. The form is data (a
 * definition contributed to {@code org.qaworkbench.core.observationForms}); only these item ids are known by name.
 */
public final class ObservationForm {

	public static final String DATE = "date-of-observation"; //$NON-NLS-1$
	public static final String PRACTITIONER = "practitioner"; //$NON-NLS-1$
	public static final String OBSERVER = "observer"; //$NON-NLS-1$
	public static final String CHILD_ID = "child-id"; //$NON-NLS-1$
	public static final String SETTING = "setting"; //$NON-NLS-1$
	public static final String CONSENT = "consent"; //$NON-NLS-1$
	public static final String REFLECTION = "reflection"; //$NON-NLS-1$
	public static final String GRADE = "grade"; //$NON-NLS-1$
	public static final String RECOMMENDATIONS = "recommendations"; //$NON-NLS-1$

	private static final Set<String> NAMED = Set.of(DATE, PRACTITIONER, OBSERVER, CHILD_ID, SETTING, CONSENT, REFLECTION, GRADE, RECOMMENDATIONS);

	private final ChecklistDefinition definition;

	public ObservationForm(ChecklistDefinition definition) {
		this.definition = definition;
	}

	public ChecklistDefinition definition() {
		return definition;
	}

	/** The sections holding prompts the observer answers, in the form's order. */
	public List<Section> promptSections() {
		return definition.getSections().stream().filter(section -> !prompts(section).isEmpty()).toList();
	}

	/** The prompts of one section the observer answers with a narrative. */
	public List<Item> prompts(Section section) {
		return section.getItems().stream().filter(item -> !NAMED.contains(item.getItemId())).toList();
	}

	/** Every prompt the observer answers, in the form's order. */
	public List<Item> prompts() {
		return promptSections().stream().flatMap(section -> prompts(section).stream()).toList();
	}

	public Optional<Item> item(String itemId) {
		return definition.getSections().stream().flatMap(section -> section.getItems().stream()).filter(item -> itemId.equals(item.getItemId())).findFirst();
	}

	/** The form's wording of a named item; {@code fallback} when an adapted form leaves it out. */
	public String text(String itemId, String fallback) {
		return item(itemId).map(Item::getText).orElse(fallback);
	}

	/** The grading scale's levels, best first as the form declares them. */
	public List<Level> grades() {
		return item(GRADE).filter(item -> item.getScale() != null).map(item -> List.copyOf(item.getScale().getLevels())).orElse(List.of());
	}

	public Optional<Level> grade(int value) {
		return grades().stream().filter(level -> level.getValue() == value).findFirst();
	}

	/** "Good" for 2 on the Ofsted scale; the number when the form does not know it. */
	public String gradeLabel(int value) {
		return grade(value).map(Level::getLabel).orElse(value == 0 ? "" : Integer.toString(value)); //$NON-NLS-1$
	}
}
