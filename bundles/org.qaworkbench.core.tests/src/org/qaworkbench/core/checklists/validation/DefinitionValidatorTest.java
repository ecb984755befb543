package org.qaworkbench.core.checklists.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.InternalEObject;
import org.junit.jupiter.api.Test;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.Condition;
import org.qaworkbench.model.Item;
import org.qaworkbench.model.ItemKind;
import org.qaworkbench.model.Level;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.Scale;
import org.qaworkbench.model.ScoringMethod;
import org.qaworkbench.model.ScoringRule;
import org.qaworkbench.model.Section;

/** The validator on definitions built in code: no file, no platform. */
class DefinitionValidatorTest {

	private static final QaFactory QA = QaFactory.eINSTANCE;
	private static final String SOURCE = "visit.xmi"; //$NON-NLS-1$

	private final ChecklistDefinition definition = definition();
	private final Section section = definition.getSections().get(0);

	@Test
	void aSmallCompleteDefinitionHasNoProblem() {
		assertEquals(List.of(), problems());
	}

	@Test
	void theHeaderNeedsIdVersionAndTitle() {
		definition.setDefinitionId(" "); //$NON-NLS-1$
		definition.setVersion(null);
		definition.setTitle(""); //$NON-NLS-1$
		assertEquals(List.of("visit.xmi: checklist: it has no definitionId; give it a stable id, such as org.example.visit", //$NON-NLS-1$
				"visit.xmi: checklist: it has no version; give it one, such as 1.0.0", //$NON-NLS-1$
				"visit.xmi: checklist: it has no title"), problems()); //$NON-NLS-1$
	}

	@Test
	void versionsAreMajorMinorMicroWithAnOptionalQualifier() {
		for (String good : List.of("1.0.0", "2.10.3.v20250101", "0.0.1.beta-2")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			definition.setVersion(good);
			assertEquals(List.of(), problems(), good);
		}
		for (String bad : List.of("1", "1.0", "1.0.0.", "v1.0.0", "1.0.0.a b")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			definition.setVersion(bad);
			assertEquals(1, problems().size(), bad);
		}
	}

	@Test
	void anItemWithoutAnIdIsNamedByItsPlace() {
		section.getItems().get(1).setItemId(null);
		assertEquals(List.of("visit.xmi: item 2 in section 'a': it has no id"), problems()); //$NON-NLS-1$
	}

	@Test
	void aScaleNeedsLevelsWithValuesOfTheirOwn() {
		Scale scale = definition.getScales().get(0);
		scale.getLevels().get(2).setValue(1);
		assertEquals(List.of("visit.xmi: scale 'grade': the value 1 is given to more than one level"), problems()); //$NON-NLS-1$
		scale.getLevels().clear();
		assertEquals(List.of("visit.xmi: scale 'grade': it has no levels", //$NON-NLS-1$
				"visit.xmi: item 'q2': the condition's answer '2' is not an answer item 'q1' can have (none)"), problems()); //$NON-NLS-1$
	}

	@Test
	void aGradedItemNeedsAScaleOfThisDefinition() {
		Scale elsewhere = QA.createScale();
		elsewhere.setScaleId("other"); //$NON-NLS-1$
		section.getItems().get(0).setScale(elsewhere);
		assertEquals(List.of("visit.xmi: item 'q1': it names the scale 'other', which is not in this checklist"), problems()); //$NON-NLS-1$
		section.getItems().get(0).setScale(null);
		assertEquals(List.of("visit.xmi: item 'q1': it is graded on a scale but names no scale"), problems()); //$NON-NLS-1$
	}

	@Test
	void aConditionOnItselfIsRefused() {
		Item q2 = section.getItems().get(1);
		q2.getCondition().setItem(q2);
		assertEquals(List.of("visit.xmi: item 'q2': the condition refers to the item itself"), problems()); //$NON-NLS-1$
	}

	@Test
	void aConditionToAnUnresolvedItemIsRefused() {
		Item proxy = QA.createItem();
		((InternalEObject) proxy).eSetProxyURI(URI.createURI("other.xmi#q7")); //$NON-NLS-1$
		section.getItems().get(1).getCondition().setItem(proxy);
		assertEquals(List.of("visit.xmi: item 'q2': the condition refers to item 'q7', which is not in this checklist"), problems()); //$NON-NLS-1$
	}

	@Test
	void aConditionNeedsAnItemAndAnswers() {
		Condition condition = section.getItems().get(1).getCondition();
		condition.getAnswers().clear();
		assertEquals(List.of("visit.xmi: item 'q2': the condition lists no answers"), problems()); //$NON-NLS-1$
		condition.setItem(null);
		assertEquals(List.of("visit.xmi: item 'q2': the condition names no item"), problems()); //$NON-NLS-1$
	}

	@Test
	void conditionAnswersFitTheKindOfItem() {
		Item q1 = section.getItems().get(0);
		Condition condition = section.getItems().get(1).getCondition();
		definition.getOverallScoring().setMethod(ScoringMethod.NONE);
		q1.setKind(ItemKind.YES_NO_NA);
		ECollections.setEList(condition.getAnswers(), List.of("Y", "N", "NA")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		section.getScoring().setMethod(ScoringMethod.PERCENT_YES);
		assertEquals(List.of(), problems());
		q1.setKind(ItemKind.SINGLE_CHOICE);
		q1.getChoices().addAll(List.of("Home", "School")); //$NON-NLS-1$ //$NON-NLS-2$
		ECollections.setEList(condition.getAnswers(), List.of("School", "Y")); //$NON-NLS-1$ //$NON-NLS-2$
		section.getScoring().setMethod(ScoringMethod.NONE);
		assertEquals(List.of("visit.xmi: item 'q2': the condition's answer 'Y' is not an answer item 'q1' can have (Home, School)"), problems()); //$NON-NLS-1$
		q1.setKind(ItemKind.TICK_MATRIX);
		q1.setMatrixFiles(4);
		assertEquals(List.of("visit.xmi: item 'q2': the condition refers to item 'q1', a tick matrix; a condition can only depend on an item with one answer"), //$NON-NLS-1$
				problems());
	}

	@Test
	void decimalsAreBetweenZeroAndFour() {
		section.getScoring().setDecimals(4);
		definition.getOverallScoring().setDecimals(-1);
		assertEquals(List.of("visit.xmi: the overall scoring: decimals must be between 0 and 4, not -1"), problems()); //$NON-NLS-1$
	}

	@Test
	void aCustomScorerIsNamed() {
		definition.getOverallScoring().setMethod(ScoringMethod.CUSTOM);
		definition.getOverallScoring().setScorerId("org.example.scorer"); //$NON-NLS-1$
		assertEquals(List.of(), problems());
	}

	@Test
	void worstGradeAndPercentageNeedTheirKindsOfItemInTheWholeChecklistForTheOverallScore() {
		section.getScoring().setMethod(ScoringMethod.NONE);
		definition.getOverallScoring().setMethod(ScoringMethod.PERCENT_YES);
		assertEquals(List.of("visit.xmi: the overall scoring: 'Percentage of Yes' needs at least one Yes/No, Yes/No/N-A or tick matrix item in the checklist, and there is none"), //$NON-NLS-1$
				problems());
		section.getItems().get(0).setKind(ItemKind.TEXT);
		definition.getOverallScoring().setMethod(ScoringMethod.WORST_GRADE);
		assertEquals(List.of("visit.xmi: the overall scoring: 'Worst grade' needs at least one item graded on a scale in the checklist, and there is none"), //$NON-NLS-1$
				problems());
	}

	@Test
	void aNumberRangeIsOnNumberItemsWithinTheDigitsAnAnswerMayHaveAndInOrder() {
		Item count = item("count", ItemKind.NUMBER); //$NON-NLS-1$
		section.getItems().add(count);
		count.setMinimum(new BigDecimal("1")); //$NON-NLS-1$
		count.setMaximum(new BigDecimal("30")); //$NON-NLS-1$
		assertEquals(List.of(), problems());
		count.setMinimum(new BigDecimal("31")); //$NON-NLS-1$
		assertEquals(List.of("visit.xmi: item 'count': its minimum 31 is more than its maximum 30"), problems()); //$NON-NLS-1$
		count.setMinimum(null);
		count.setMaximum(new BigDecimal("-1")); //$NON-NLS-1$
		assertEquals(List.of("visit.xmi: item 'count': its minimum 0 is more than its maximum -1"), problems(), "the minimum is 0 unless declared"); //$NON-NLS-1$ //$NON-NLS-2$
		count.setMaximum(new BigDecimal("1e99999999")); //$NON-NLS-1$
		assertEquals(List.of("visit.xmi: item 'count': its maximum 1E+99999999 is not a number of at most 15 digits before the decimal point and 6 after"), //$NON-NLS-1$
				problems());
		count.setMaximum(null);
		section.getItems().get(1).setMaximum(BigDecimal.TEN);
		assertEquals(List.of("visit.xmi: item 'q2': it declares a minimum or maximum, which only a number item takes"), problems()); //$NON-NLS-1$
	}

	@Test
	void aDateIsNotBeforeAnotherDateItemOfTheChecklist() {
		Item born = item("born", ItemKind.DATE); //$NON-NLS-1$
		Item allocated = item("allocated", ItemKind.DATE); //$NON-NLS-1$
		section.getItems().addAll(List.of(born, allocated));
		allocated.setNotBefore(born);
		assertEquals(List.of(), problems());
		allocated.setNotBefore(section.getItems().get(1));
		assertEquals(List.of("visit.xmi: item 'allocated': notBefore names item 'q2', which is not another date item of this checklist"), problems()); //$NON-NLS-1$
		allocated.setNotBefore(allocated);
		assertEquals(List.of("visit.xmi: item 'allocated': notBefore names item 'allocated', which is not another date item of this checklist"), problems()); //$NON-NLS-1$
		allocated.setNotBefore(null);
		section.getItems().get(1).setNotBefore(born);
		assertEquals(List.of("visit.xmi: item 'q2': it names an item it cannot precede (notBefore), which only a date item takes"), problems()); //$NON-NLS-1$
	}

	private List<String> problems() {
		return DefinitionValidator.validate(definition, SOURCE).stream().map(DefinitionProblem::toString).toList();
	}

	/** A graded item q1 and a free-text item q2 shown when q1 is graded 2, scored by mean grade. */
	private static ChecklistDefinition definition() {
		ChecklistDefinition definition = QA.createChecklistDefinition();
		definition.setDefinitionId("org.example.visit"); //$NON-NLS-1$
		definition.setVersion("1.0.0"); //$NON-NLS-1$
		definition.setTitle("Home visit"); //$NON-NLS-1$
		Scale scale = QA.createScale();
		scale.setScaleId("grade"); //$NON-NLS-1$
		for (int value = 1; value <= 3; value++) {
			Level level = QA.createLevel();
			level.setValue(value);
			level.setLabel("Level " + value); //$NON-NLS-1$
			scale.getLevels().add(level);
		}
		definition.getScales().add(scale);
		Section section = QA.createSection();
		section.setSectionId("a"); //$NON-NLS-1$
		section.setTitle("A"); //$NON-NLS-1$
		Item q1 = item("q1", ItemKind.GRADED); //$NON-NLS-1$
		q1.setScale(scale);
		Item q2 = item("q2", ItemKind.TEXT); //$NON-NLS-1$
		Condition condition = QA.createCondition();
		condition.setItem(q1);
		condition.getAnswers().add("2"); //$NON-NLS-1$
		q2.setCondition(condition);
		section.getItems().addAll(List.of(q1, q2));
		section.setScoring(rule(ScoringMethod.MEAN_GRADE));
		definition.getSections().add(section);
		definition.setOverallScoring(rule(ScoringMethod.MEAN_GRADE));
		return definition;
	}

	private static Item item(String id, ItemKind kind) {
		Item item = QA.createItem();
		item.setItemId(id);
		item.setText("Question " + id); //$NON-NLS-1$
		item.setKind(kind);
		return item;
	}

	private static ScoringRule rule(ScoringMethod method) {
		ScoringRule rule = QA.createScoringRule();
		rule.setMethod(method);
		return rule;
	}
}
