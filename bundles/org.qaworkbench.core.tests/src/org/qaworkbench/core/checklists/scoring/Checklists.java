package org.qaworkbench.core.checklists.scoring;

import org.qaworkbench.model.Answer;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.AssessmentState;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.Condition;
import org.qaworkbench.model.Item;
import org.qaworkbench.model.ItemKind;
import org.qaworkbench.model.Level;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.Rounding;
import org.qaworkbench.model.Scale;
import org.qaworkbench.model.ScoringMethod;
import org.qaworkbench.model.ScoringRule;
import org.qaworkbench.model.Section;

/** Small definitions and assessments built in code, for scoring tests. */
public final class Checklists {

	static final QaFactory QA = QaFactory.eINSTANCE;

	private final ChecklistDefinition definition = QA.createChecklistDefinition();
	private final Assessment assessment = QA.createAssessment();
	private final Scale grades;

	public Checklists() {
		definition.setDefinitionId("test.scoring");
		definition.setVersion("1.0.0");
		definition.setTitle("Scoring test");
		grades = QA.createScale();
		grades.setScaleId("audit-grade");
		grades.setName("Quality of case file measure");
		String[] labels = { "Exceeds good", "Good", "Requires improvement", "Inadequate", "N/A" };
		for (int i = 0; i < labels.length; i++) {
			Level level = QA.createLevel();
			level.setValue(i + 1);
			level.setLabel(labels[i]);
			level.setNotApplicable(i == 4);
			grades.getLevels().add(level);
		}
		definition.getScales().add(grades);
		assessment.setDefinitionId(definition.getDefinitionId());
		assessment.setDefinitionVersion(definition.getVersion());
		assessment.setDefinitionHash("hash");
		assessment.setState(AssessmentState.COMPLETED);
	}

	public ChecklistDefinition definition() {
		return definition;
	}

	public Assessment assessment() {
		return assessment;
	}

	public Section section(String id, ScoringRule rule) {
		Section section = QA.createSection();
		section.setSectionId(id);
		section.setTitle("Section " + id);
		section.setScoring(rule);
		definition.getSections().add(section);
		return section;
	}

	public Checklists overall(ScoringRule rule) {
		definition.setOverallScoring(rule);
		return this;
	}

	public static ScoringRule rule(ScoringMethod method, Rounding rounding, int decimals) {
		ScoringRule rule = QA.createScoringRule();
		rule.setMethod(method);
		rule.setRounding(rounding);
		rule.setDecimals(decimals);
		return rule;
	}

	public static ScoringRule rule(ScoringMethod method) {
		return rule(method, Rounding.HALF_UP, 0);
	}

	public static ScoringRule custom(String scorerId) {
		ScoringRule rule = rule(ScoringMethod.CUSTOM);
		rule.setScorerId(scorerId);
		return rule;
	}

	public Item item(Section section, String id, ItemKind kind) {
		Item item = QA.createItem();
		item.setItemId(id);
		item.setText("Question " + id);
		item.setKind(kind);
		if (kind == ItemKind.GRADED) {
			item.setScale(grades);
		}
		if (kind == ItemKind.TICK_MATRIX) {
			item.setMatrixFiles(4);
		}
		section.getItems().add(item);
		return item;
	}

	/** Adds one item per value to the section, answered with that value (null: left unanswered). */
	public Checklists answered(Section section, ItemKind kind, String... values) {
		for (String value : values) {
			Item item = item(section, section.getSectionId() + "." + section.getItems().size(), kind);
			if (value != null) {
				answer(item, 0, value);
			}
		}
		return this;
	}

	/** Adds a tick-matrix item answered for files 1, 2 ... with the given values. */
	public Item matrix(Section section, String id, String... files) {
		Item item = item(section, id, ItemKind.TICK_MATRIX);
		for (int file = 1; file <= files.length; file++) {
			answer(item, file, files[file - 1]);
		}
		return item;
	}

	public Checklists answer(Item item, int file, String value) {
		Answer answer = QA.createAnswer();
		answer.setItemId(item.getItemId());
		answer.setFileIndex(file);
		answer.setValue(value);
		assessment.getAnswers().add(answer);
		return this;
	}

	/** Makes the item relevant only when another item is answered with one of the values. */
	public static void onlyWhen(Item item, Item other, String... values) {
		Condition condition = QA.createCondition();
		condition.setItem(other);
		condition.getAnswers().addAll(java.util.List.of(values));
		item.setCondition(condition);
	}
}
