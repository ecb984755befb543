package org.qaworkbench.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

class ChecklistDefinitionXmiPTest {

	private static final QaFactory QA = QaFactory.eINSTANCE;

	@Test
	void definitionRoundTripsThroughXmi() throws IOException {
		ChecklistDefinition original = groupVisit();
		ChecklistDefinition copy = EcoreUtil.copy(original);

		XmiRoundTrip roundTrip = XmiRoundTrip.of(original);

		ChecklistDefinition loaded = (ChecklistDefinition) roundTrip.loaded;
		assertNotSame(copy, loaded);
		assertTrue(EcoreUtil.equals(copy, loaded), () -> "differs after loading:\n" + roundTrip.xmi);
		assertEquals("org.qaworkbench.checklists.groupvisit", loaded.getDefinitionId());
		assertEquals(SubjectKind.GROUP_SESSION, loaded.getSubjectKind());
		assertEquals(5, loaded.getScales().get(0).getLevels().size());
		assertTrue(loaded.getScales().get(0).getLevels().get(4).isNotApplicable());
		assertEquals(List.of("Parent", "Carer", "Other"), loaded.getSections().get(0).getItems().get(2).getChoices());
		assertEquals(ScoringMethod.MEAN_GRADE, loaded.getOverallScoring().getMethod());
		assertEquals(Rounding.HALF_EVEN, loaded.getOverallScoring().getRounding());
	}

	@Test
	void crossReferencesResolveToTheLoadedObjects() throws IOException {
		ChecklistDefinition loaded = (ChecklistDefinition) XmiRoundTrip.of(groupVisit()).loaded;

		Scale scale = loaded.getScales().get(0);
		List<Item> items = loaded.getSections().get(0).getItems();
		Item graded = items.get(0);
		Item conditional = items.get(1);
		assertSame(scale, graded.getScale());
		assertFalse(graded.getScale().eIsProxy());
		assertSame(graded, conditional.getCondition().getItem());
		assertSame(loaded.eResource(), conditional.getCondition().getItem().eResource());
		assertEquals(List.of("3", "4"), conditional.getCondition().getAnswers());
	}

	@Test
	void equalityNoticesAChangedReference() throws IOException {
		// Guards the round-trip test itself: EcoreUtil.equals must see a reference pointing elsewhere.
		ChecklistDefinition original = groupVisit();
		ChecklistDefinition loaded = (ChecklistDefinition) XmiRoundTrip.of(EcoreUtil.copy(original)).loaded;
		List<Item> items = loaded.getSections().get(0).getItems();
		items.get(1).getCondition().setItem(items.get(2));
		assertFalse(EcoreUtil.equals(original, loaded));
	}

	/** A small group visit checklist: an audit scale, one section, a graded, a conditional and a choice item. */
	static ChecklistDefinition groupVisit() {
		ChecklistDefinition definition = QA.createChecklistDefinition();
		definition.setDefinitionId("org.qaworkbench.checklists.groupvisit");
		definition.setVersion("1.0.0");
		definition.setTitle("Group visit");
		definition.setPurpose("Quality of a group session");
		definition.setSubjectKind(SubjectKind.GROUP_SESSION);

		Scale scale = QA.createScale();
		scale.setScaleId("audit");
		scale.setName("Audit grade");
		String[] labels = { "Exceeds good", "Good", "Requires improvement", "Inadequate", "N/A" };
		for (int i = 0; i < labels.length; i++) {
			Level level = QA.createLevel();
			level.setValue(i + 1);
			level.setLabel(labels[i]);
			level.setDescriptor("Descriptor of " + labels[i]);
			level.setNotApplicable(i == labels.length - 1);
			scale.getLevels().add(level);
		}
		definition.getScales().add(scale);

		Section section = QA.createSection();
		section.setSectionId("planning");
		section.setTitle("Planning");
		Item graded = QA.createItem();
		graded.setItemId("planning.overall");
		graded.setText("How well was the session planned?");
		graded.setKind(ItemKind.GRADED);
		graded.setRequired(true);
		graded.setScale(scale);
		Item conditional = QA.createItem();
		conditional.setItemId("planning.actions");
		conditional.setText("What must improve?");
		conditional.setKind(ItemKind.TEXT);
		Condition condition = QA.createCondition();
		condition.setItem(graded);
		condition.getAnswers().addAll(List.of("3", "4"));
		conditional.setCondition(condition);
		Item choice = QA.createItem();
		choice.setItemId("planning.attendee");
		choice.setText("Who attended?");
		choice.setKind(ItemKind.MULTIPLE_CHOICE);
		choice.getChoices().addAll(List.of("Parent", "Carer", "Other"));
		section.getItems().addAll(List.of(graded, conditional, choice));
		ScoringRule sectionScoring = QA.createScoringRule();
		sectionScoring.setMethod(ScoringMethod.WORST_GRADE);
		section.setScoring(sectionScoring);
		definition.getSections().add(section);

		ScoringRule overall = QA.createScoringRule();
		overall.setMethod(ScoringMethod.MEAN_GRADE);
		overall.setRounding(Rounding.HALF_EVEN);
		overall.setDecimals(1);
		definition.setOverallScoring(overall);
		return definition;
	}
}
