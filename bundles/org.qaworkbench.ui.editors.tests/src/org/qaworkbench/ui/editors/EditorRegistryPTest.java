package org.qaworkbench.ui.editors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.Identified;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.Team;

/** Choosing a record's editor over the contributions in this fragment's fragment.xml (and the product's own). */
class EditorRegistryPTest {

	private static final QaFactory QA = QaFactory.eINSTANCE;
	private final EditorRegistry editors = new EditorRegistry(RegistryFactory.getRegistry());

	@Test
	void anAssessmentWithoutAnEditorOfItsOwnOpensInTheGenericChecklistEditor() {
		assertEquals("bundleclass://org.qaworkbench.ui/org.qaworkbench.ui.internal.editor.ChecklistEditorPart",
				editors.editorFor(assessment("org.qaworkbench.checklists.groupvisit")).orElseThrow().contributionURI(),
				"the generic editor (priority 0) beats this fragment's editor of any record (priority -5)");
	}

	@Test
	void theCaseAuditHasItsOwnEditor() {
		assertEquals("org.qaworkbench.caseaudit.ui.internal.CaseAuditEditorPart",
				editors.editorFor(assessment("org.qaworkbench.checklists.caseaudit")).orElseThrow().className());
	}

	@Test
	void anExactDefinitionIdBeatsAPatternAtTheSamePriority() {
		assertEquals(SpecialEditor.class.getName(), editors.editorFor(assessment("test.kit.special")).orElseThrow().className());
		assertEquals(PatternEditor.class.getName(), editors.editorFor(assessment("test.kit.other")).orElseThrow().className());
	}

	@Test
	void aBrokenClassThatWouldWinIsSkippedAndAConditionDecides() {
		assertEquals(NamedTeamEditor.class.getName(), editors.editorFor(team("Named team")).orElseThrow().className(), "the condition takes it");
		assertEquals(AnyRecordEditor.class.getName(), editors.editorFor(team("Other team")).orElseThrow().className(),
				"the condition declines: the editor of a supertype opens it");
	}

	@Test
	void brokenContributionsAreReportedOnceAndSkipped() {
		List<RegistryReader.Problem> told = new ArrayList<>();
		editors.addProblemListener(told::add);
		editors.editorFor(team("Other team"));
		editors.editorFor(team("Other team"));
		editors.editorFor(QA.createLocality());
		editors.editorFor(QA.createLocality());

		List<RegistryReader.Problem> problems = editors.problems();
		assertEquals(4, problems.size(), problems::toString);
		assertTrue(problems.stream().anyMatch(problem -> problem.reason().contains("NoSuchEditor")), problems::toString);
		assertTrue(problems.stream().anyMatch(problem -> problem.reason().contains("'high'")), problems::toString);
		assertTrue(problems.stream().anyMatch(problem -> problem.reason().contains("names no recordType")), problems::toString);
		assertTrue(problems.stream().anyMatch(problem -> problem.reason().contains("NoSuchCondition")), problems::toString);
		assertEquals(problems, told, "each told once, as it was found");
		assertEquals(AnyRecordEditor.class.getName(), editors.editorFor(QA.createLocality()).orElseThrow().className(),
				"a condition that cannot be created passes the record on");
	}

	private static Assessment assessment(String definitionId) {
		Assessment assessment = QA.createAssessment();
		assessment.setDefinitionId(definitionId);
		return assessment;
	}

	private static Team team(String name) {
		Team team = QA.createTeam();
		team.setName(name);
		return team;
	}

	/** Takes teams whose name begins "Named". */
	public static final class Named implements EditorCondition {
		@Override
		public boolean canHandle(Identified record) {
			return record instanceof Team team && team.getName() != null && team.getName().startsWith("Named");
		}
	}

	/** Stand for part classes a bundle contributes: the registry only checks that they load. */
	public static final class NamedTeamEditor {
	}

	public static final class AnyRecordEditor {
	}

	public static final class PatternEditor {
	}

	public static final class SpecialEditor {
	}
}
