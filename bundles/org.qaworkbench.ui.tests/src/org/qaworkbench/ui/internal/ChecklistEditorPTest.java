package org.qaworkbench.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.Test;
import org.qaworkbench.core.Services;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.model.Answer;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.AssessmentState;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.Condition;
import org.qaworkbench.model.Item;
import org.qaworkbench.model.ItemKind;
import org.qaworkbench.model.Level;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.Scale;
import org.qaworkbench.model.Section;
import org.qaworkbench.model.SubjectKind;
import org.qaworkbench.ui.internal.editor.ChecklistEditorPart;
import org.qaworkbench.ui.internal.editor.Editors;

/** Scores a checklist from the keyboard in the real workbench, saves it and finds every answer in the store. */
class ChecklistEditorPTest {

	/** Editors closed unsaved keep drafts (as they should); drop them so no later test meets the offer-back dialog. */
	@org.junit.jupiter.api.AfterEach
	void discardDrafts() throws Exception {
		Store store = Services.get(Store.class);
		store.drafts().of(Ui.signedIn().actor()).forEach(draft -> store.drafts().discard(draft.id()));
	}

	private static final QaFactory QA = QaFactory.eINSTANCE;

	@Test
	void aChecklistIsScoredFromTheKeyboardSavedAndReopenedWithEveryAnswer() throws Exception {
		Store store = Services.get(Store.class);
		Assessment draft = store.records().save(draft(store), Actor.localUser());
		MWindow window = (MWindow) Arrays.stream(Display.getCurrent().getShells()).filter(s -> s.getData("modelElement") instanceof MWindow)
				.map(s -> s.getData("modelElement")).findFirst().orElseThrow();
		MApplication application = window.getContext().get(MApplication.class);
		EPartService parts = window.getContext().get(EPartService.class);
		MPart part = Editors.open(draft, application, window.getContext().get(EModelService.class), parts);
		ChecklistEditorPart editor = (ChecklistEditorPart) part.getObject();
		editor.select(editor.firstItemRow());
		// NatTable finds Eclipse Collections through ServiceLoader; without SPI Fly started it would paint nothing.
		assertEquals(0, org.eclipse.collections.api.factory.Sets.mutable.empty().size(), "ServiceLoader providers are registered");

		for (char key : "231NYa".toCharArray()) {
			type(editor, key);
		}

		assertTrue(part.isDirty());
		assertTrue(editor.progressText().startsWith("Answered 6 of 6 required questions."), editor.progressText());
		Item visitDate = store.definitions().find(draft.getDefinitionHash()).orElseThrow().getSections().get(1).getItems().get(3);
		assertFalse(editor.typed(visitDate, "31/02/2026"), "an impossible date is refused");
		assertTrue(editor.progressText().contains("'31/02/2026' was not kept: this question needs a date as DD/MM/YYYY."), editor.progressText());
		editor.select(editor.rowOf("visitDate"));
		type(editor, '\r');
		org.eclipse.nebula.widgets.nattable.edit.editor.ICellEditor cellEditor = editor.table().getActiveCellEditor();
		assertTrue(cellEditor != null, "Enter opens the answer for typing");
		cellEditor.setCanonicalValue("2/11/2026");
		assertTrue(cellEditor.commit(org.eclipse.nebula.widgets.nattable.selection.SelectionLayer.MoveDirectionEnum.NONE));
		assertTrue(editor.progressText().contains("\nBasic required information: 2  Grade 2"), "live score of 2, 3 and 1: " + editor.progressText());
		editor.autosave();
		assertEquals(1, draftsOf(store, "LL777001"), "unsaved work is kept as a draft");
		parts.savePart(part, false);
		assertFalse(part.isDirty());
		assertEquals(0, draftsOf(store, "LL777001"), "the draft goes once the record is saved");

		Assessment stored = store.records().find(Assessment.class, draft.getId()).orElseThrow();
		assertEquals(List.of("q1=2", "q2=3", "q3=1", "atReferral=N", "within10Weeks=Y", "familyView=NA", "visitDate=2026-11-02"),
				stored.getAnswers().stream().map(ChecklistEditorPTest::text).toList());
		assertEquals(List.of("basic=2"), stored.getScores().stream().map(score -> score.getSectionId() + "=" + score.getValue().stripTrailingZeros().toPlainString()).toList(),
				"the computed scores are stored with the answers");
		parts.hidePart(part, true);
		ChecklistEditorPart reopened = (ChecklistEditorPart) Editors.open(stored, application, window.getContext().get(EModelService.class), parts).getObject();
		assertTrue(reopened.progressText().startsWith("Answered 6 of 6"), reopened.progressText());
	}

	@Test
	void aSignedOffAssessmentOpensReadOnly() throws Exception {
		Store store = Services.get(Store.class);
		Assessment completed = draft(store);
		for (String[] answer : new String[][] { { "q1", "2" }, { "q2", "2" }, { "q3", "2" }, { "atReferral", "Y" }, { "familyView", "Y" } }) {
			Answer given = QA.createAnswer();
			given.setItemId(answer[0]);
			given.setValue(answer[1]);
			completed.getAnswers().add(given);
		}
		completed.setState(AssessmentState.COMPLETED);
		completed.setCompletedOn(LocalDate.of(2026, 11, 9));
		completed = store.records().save(completed, Actor.localUser());
		MWindow window = (MWindow) Arrays.stream(Display.getCurrent().getShells()).filter(s -> s.getData("modelElement") instanceof MWindow)
				.map(s -> s.getData("modelElement")).findFirst().orElseThrow();
		MPart part = Editors.open(completed, window.getContext().get(MApplication.class), window.getContext().get(EModelService.class),
				window.getContext().get(EPartService.class));
		ChecklistEditorPart editor = (ChecklistEditorPart) part.getObject();
		editor.select(editor.firstItemRow());

		type(editor, '4');

		assertFalse(part.isDirty());
		assertEquals("2", editor.assessment().getAnswers().get(0).getValue());
		window.getContext().get(EPartService.class).hidePart(part, true);
	}

	private static long draftsOf(Store store, String subject) {
		return store.drafts().of(Ui.signedIn().actor()).stream().filter(draft -> subject.equals(((Assessment) draft.content()).getSubjectKey())).count();
	}

	/** Sends a key press to the table as the keyboard would. */
	private static void type(ChecklistEditorPart editor, char key) {
		Event event = new Event();
		event.character = key;
		event.keyCode = Character.toLowerCase(key);
		event.stateMask = SWT.NONE;
		editor.table().notifyListeners(SWT.KeyDown, event);
	}

	private static String text(Answer answer) {
		return answer.getItemId() + "=" + answer.getValue();
	}

	/** A draft of a small checklist whose definition is stored in {@code store}. */
	static Assessment draft(Store store) {
		ChecklistDefinition definition = QA.createChecklistDefinition();
		definition.setDefinitionId("test.keyboard");
		definition.setVersion("1.0.0");
		definition.setTitle("Keyboard audit");
		Scale scale = QA.createScale();
		scale.setScaleId("grade");
		scale.setName("Audit grade");
		for (int value = 1; value <= 5; value++) {
			Level level = QA.createLevel();
			level.setValue(value);
			level.setLabel(value == 5 ? "N/A" : "Grade " + value);
			level.setNotApplicable(value == 5);
			scale.getLevels().add(level);
		}
		definition.getScales().add(scale);
		Section graded = QA.createSection();
		graded.setSectionId("basic");
		graded.setTitle("Basic required information");
		for (int i = 1; i <= 3; i++) {
			Item item = item("q" + i, ItemKind.GRADED);
			item.setScale(scale);
			graded.getItems().add(item);
		}
		org.qaworkbench.model.ScoringRule mean = QA.createScoringRule();
		mean.setMethod(org.qaworkbench.model.ScoringMethod.MEAN_GRADE);
		mean.setRounding(org.qaworkbench.model.Rounding.HALF_UP);
		graded.setScoring(mean);
		Section assessment = QA.createSection();
		assessment.setSectionId("assessment");
		assessment.setTitle("Assessment");
		Item atReferral = item("atReferral", ItemKind.YES_NO);
		Item followUp = item("within10Weeks", ItemKind.YES_NO);
		Condition onlyWhenNo = QA.createCondition();
		onlyWhenNo.setItem(atReferral);
		onlyWhenNo.getAnswers().add("N");
		followUp.setCondition(onlyWhenNo);
		Item visitDate = item("visitDate", ItemKind.DATE);
		visitDate.setRequired(false);
		assessment.getItems().addAll(List.of(atReferral, followUp, item("familyView", ItemKind.YES_NO_NA), visitDate));
		definition.getSections().addAll(List.of(graded, assessment));

		Assessment draft = QA.createAssessment();
		draft.setDefinitionId("test.keyboard");
		draft.setDefinitionVersion("1.0.0");
		draft.setDefinitionHash(store.definitions().store(definition, Actor.localUser()));
		draft.setSubjectKind(SubjectKind.CASE);
		draft.setSubjectKey("LL777001");
		draft.setStartedOn(LocalDate.of(2026, 11, 2));
		draft.setState(AssessmentState.DRAFT);
		return draft;
	}

	private static Item item(String id, ItemKind kind) {
		Item item = QA.createItem();
		item.setItemId(id);
		item.setText("Question " + id);
		item.setKind(kind);
		item.setRequired(true);
		return item;
	}
}
