package org.qaworkbench.core.observations;

import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.Item;
import org.qaworkbench.model.ItemKind;
import org.qaworkbench.model.Level;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.Scale;
import org.qaworkbench.model.Section;

/** A form shaped like Attachment Three, small: two prompts, the reflection, a grade and recommendations. */
final class Forms {

	private Forms() {
	}

	static ObservationForm small() {
		QaFactory qa = QaFactory.eINSTANCE;
		ChecklistDefinition definition = qa.createChecklistDefinition();
		definition.setDefinitionId("test.observation");
		definition.setVersion("1.0.0");
		Scale scale = qa.createScale();
		scale.setScaleId("grades");
		String[] labels = { "Outstanding", "Good", "Requires improvement", "Inadequate" };
		for (int i = 0; i < labels.length; i++) {
			Level level = qa.createLevel();
			level.setValue(i + 1);
			level.setLabel(labels[i]);
			scale.getLevels().add(level);
		}
		definition.getScales().add(scale);
		definition.getSections().add(section("header", item(ObservationForm.DATE, "Date of Observation", true), item(ObservationForm.SETTING, "Setting", true)));
		definition.getSections().add(section("planning", item("planning-1", "What preparation took place?", true), item("planning-2", "Was it part of the Work Plan?", true)));
		definition.getSections().add(section("reflection", item(ObservationForm.REFLECTION, "Reflection", true)));
		Item grade = item(ObservationForm.GRADE, "Grading:", true);
		grade.setKind(ItemKind.GRADED);
		grade.setScale(scale);
		definition.getSections().add(section("grading", grade));
		definition.getSections().add(section("recommendations", item(ObservationForm.RECOMMENDATIONS, "Recommendations", false)));
		return new ObservationForm(definition);
	}

	private static Section section(String id, Item... items) {
		Section section = QaFactory.eINSTANCE.createSection();
		section.setSectionId(id);
		section.setTitle(id);
		for (Item item : items) {
			section.getItems().add(item);
		}
		return section;
	}

	private static Item item(String id, String text, boolean required) {
		Item item = QaFactory.eINSTANCE.createItem();
		item.setItemId(id);
		item.setText(text);
		item.setKind(ItemKind.TEXT);
		item.setRequired(required);
		return item;
	}
}
