package org.qaworkbench.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qaworkbench.ui.internal.Ui.window;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.nebula.widgets.nattable.edit.editor.ICellEditor;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer.MoveDirectionEnum;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qaworkbench.core.Services;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.model.Answer;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.AssessmentState;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.Item;
import org.qaworkbench.model.ItemKind;
import org.qaworkbench.model.Level;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.Scale;
import org.qaworkbench.model.Section;
import org.qaworkbench.model.SubjectKind;
import org.qaworkbench.ui.internal.editor.ChecklistEditorPart;
import org.qaworkbench.ui.internal.editor.Editors;

/**
 * Values the rules refuse, typed into the real editor: each is refused at the field with its reason in the status
 * area beside the grid, nothing changes, and a save the store refuses says why instead of failing silently.
 */
class ChecklistEditorValuesPTest {

	private static final QaFactory QA = QaFactory.eINSTANCE;

	/** Editors closed unsaved keep drafts (as they should); drop them so no later test meets the offer-back dialog. */
	@AfterEach
	void discardDrafts() throws Exception {
		Store store = Services.get(Store.class);
		store.drafts().of(Ui.signedIn().actor()).forEach(draft -> store.drafts().discard(draft.id()));
	}

	@Test
	void aKeyOffTheScaleSaysWhyAndChangesNothing() throws Exception {
		MPart part = open(draft("LL888001"));
		ChecklistEditorPart editor = (ChecklistEditorPart) part.getObject();
		editor.select(editor.rowOf("grade"));

		for (char key : "079".toCharArray()) {
			type(editor, key);
			assertTrue(editor.progressText().contains("The key " + key + " was not taken: " + key + " is not a grade on the scale Audit grade (1, 2, 3, 4, 5)."),
					editor.progressText());
		}
		type(editor, 'y');
		assertTrue(editor.progressText().contains("The key Y was not taken: Y is not a grade on the scale"), editor.progressText());
		editor.select(editor.rowOf("count"));
		type(editor, '4');
		assertTrue(editor.progressText().contains("The key 4 was not taken: press Enter to type a number."), editor.progressText());

		assertEquals(List.of(), editor.assessment().getAnswers());
		assertFalse(part.isDirty(), "a refused key changes nothing");
		editor.select(editor.rowOf("grade"));
		type(editor, '3');
		assertEquals(Optional.of("grade=3"), editor.assessment().getAnswers().stream().map(a -> a.getItemId() + "=" + a.getValue()).findFirst());
		close(part);
	}

	@Test
	void numbersOutOfBoundsAndDatesOutOfOrderOrInTheFutureAreRefusedAtTheField() throws Exception {
		MPart part = open(draft("LL888002"));
		ChecklistEditorPart editor = (ChecklistEditorPart) part.getObject();
		editor.select(editor.rowOf("count"));

		typeAnswer(editor, "1e40000");
		assertTrue(editor.progressText().contains("'1e40000' was not kept: 1e40000 is not a number such as 12 or 3.5 (at most 15 digits"), editor.progressText());
		typeAnswer(editor, "9".repeat(401));
		assertTrue(editor.progressText().contains("was not kept: 999999999999999999999999\u2026 is not a number"), editor.progressText());
		typeAnswer(editor, "-5");
		assertTrue(editor.progressText().contains("'-5' was not kept: -5 is less than 0, the smallest answer this question takes."), editor.progressText());
		typeAnswer(editor, "31");
		assertTrue(editor.progressText().contains("'31' was not kept: 31 is more than 30, the largest answer this question takes."), editor.progressText());
		assertEquals(List.of(), editor.assessment().getAnswers(), "nothing refused is kept");
		assertFalse(part.isDirty());
		typeAnswer(editor, "12");

		editor.select(editor.rowOf("born"));
		typeAnswer(editor, "31/12/2099");
		assertTrue(editor.progressText().contains("'31/12/2099' was not kept: 31/12/2099 is after today"), editor.progressText());
		typeAnswer(editor, "01/01/1850");
		assertTrue(editor.progressText().contains("01/01/1850 is before 01/01/1900: check the year"), editor.progressText());
		typeAnswer(editor, "05/05/2021");
		editor.select(editor.rowOf("allocated"));
		typeAnswer(editor, "01/02/2020");
		assertTrue(editor.progressText().contains("01/02/2020 is before 05/05/2021, the answer to 'Date of birth'"), editor.progressText());

		assertEquals(List.of("count=12", "born=2021-05-05"), editor.assessment().getAnswers().stream().map(a -> a.getItemId() + "=" + a.getValue()).toList());
		close(part);
	}

	@Test
	void aCommentLongerThanAStoreKeepsIsRefusedWithTheLimit() throws Exception {
		MPart part = open(draft("LL888003"));
		ChecklistEditorPart editor = (ChecklistEditorPart) part.getObject();
		editor.select(editor.rowOf("grade"));

		// A pasted page (GTK's text field holds at most 65,534 characters of it).
		typeAnswer(editor, "x".repeat(50_000));

		assertTrue(editor.progressText().contains("The comment was not kept: it is 50,000 characters long; a text can hold at most 32,672."), editor.progressText());
		assertEquals(List.of(), editor.assessment().getAnswers());
		assertFalse(part.isDirty());
		close(part);
	}

	/** Work kept before values were checked as typed (a long comment in a draft): Ctrl+S says why it is not saved. */
	@Test
	void aSaveTheStoreRefusesSaysWhyBesideTheGridAndKeepsTheWork() throws Exception {
		Store store = Services.get(Store.class);
		Assessment saved = draft("LL888004");
		Assessment typed = EcoreUtil.copy(saved);
		Answer answer = QA.createAnswer();
		answer.setItemId("grade");
		answer.setValue("2");
		answer.setComment("y".repeat(40_000));
		typed.getAnswers().add(answer);
		store.drafts().save(0, "LL888004", typed, Ui.signedIn().actor());
		MPart part = open(saved);
		ChecklistEditorPart editor = (ChecklistEditorPart) part.getObject();
		assertTrue(part.isDirty());

		window().getContext().get(EPartService.class).savePart(part, false);

		assertTrue(part.isDirty(), "not saved");
		assertTrue(editor.progressText().startsWith("Not saved: one answer cannot be kept (marked in red, the first one selected)."), editor.progressText());
		assertTrue(editor.progressText().contains("\nA graded question: it is 40,000 characters long; a text can hold at most 32,672"), editor.progressText());
		assertFalse(editor.progressText().contains("answers["), "no internal ids: " + editor.progressText());
		assertTrue(editor.isMarkedInvalid("grade"));
		assertEquals(40_000, editor.assessment().getAnswers().get(0).getComment().length(), "everything typed is kept");
		assertNull(store.records().find(Assessment.class, saved.getId()).orElseThrow().getAnswers().stream().findFirst().orElse(null));
		close(part);
	}

	/** A graded question (1-5), a number of 0 to 30, a date of birth and an allocation that cannot precede it. */
	private static Assessment draft(String subject) throws Exception {
		Store store = Services.get(Store.class);
		ChecklistDefinition definition = QA.createChecklistDefinition();
		definition.setDefinitionId("test.values");
		definition.setVersion("1.0.0");
		definition.setTitle("Values audit");
		Scale scale = QA.createScale();
		scale.setScaleId("grade");
		scale.setName("Audit grade");
		for (int value = 1; value <= 5; value++) {
			Level level = QA.createLevel();
			level.setValue(value);
			level.setLabel("Grade " + value);
			scale.getLevels().add(level);
		}
		definition.getScales().add(scale);
		Section section = QA.createSection();
		section.setSectionId("values");
		section.setTitle("Values");
		Item grade = item("grade", "A graded question", ItemKind.GRADED);
		grade.setScale(scale);
		Item count = item("count", "Children in the household", ItemKind.NUMBER);
		count.setMaximum(new BigDecimal("30"));
		Item born = item("born", "Date of birth", ItemKind.DATE);
		Item allocated = item("allocated", "Date allocated", ItemKind.DATE);
		allocated.setNotBefore(born);
		section.getItems().addAll(List.of(grade, count, born, allocated));
		definition.getSections().add(section);

		Assessment draft = QA.createAssessment();
		draft.setDefinitionId(definition.getDefinitionId());
		draft.setDefinitionVersion(definition.getVersion());
		draft.setDefinitionHash(store.definitions().store(definition, Actor.localUser()));
		draft.setSubjectKind(SubjectKind.CASE);
		draft.setSubjectKey(subject);
		draft.setStartedOn(LocalDate.of(2026, 11, 2));
		draft.setState(AssessmentState.DRAFT);
		return store.records().save(draft, Actor.localUser());
	}

	private static Item item(String id, String text, ItemKind kind) {
		Item item = QA.createItem();
		item.setItemId(id);
		item.setText(text);
		item.setKind(kind);
		return item;
	}

	private static MPart open(Assessment assessment) {
		MWindow window = window();
		return Editors.open(assessment, window.getContext().get(MApplication.class), window.getContext().get(EModelService.class),
				window.getContext().get(EPartService.class));
	}

	private static void close(MPart part) {
		window().getContext().get(EPartService.class).hidePart(part, true);
	}

	/** Enter opens the answer (or, for a question answered by keys, the comment); the text is committed as Enter would. */
	private static void typeAnswer(ChecklistEditorPart editor, String text) {
		type(editor, '\r');
		ICellEditor cellEditor = editor.table().getActiveCellEditor();
		assertTrue(cellEditor != null, "Enter opens the cell for typing");
		cellEditor.setCanonicalValue(text);
		cellEditor.commit(MoveDirectionEnum.NONE);
	}

	private static void type(ChecklistEditorPart editor, char key) {
		Event event = new Event();
		event.character = key;
		event.keyCode = Character.toLowerCase(key);
		event.stateMask = SWT.NONE;
		editor.table().notifyListeners(SWT.KeyDown, event);
	}
}
