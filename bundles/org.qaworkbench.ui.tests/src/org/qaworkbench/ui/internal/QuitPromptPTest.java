package org.qaworkbench.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qaworkbench.ui.internal.Ui.mainShell;
import static org.qaworkbench.ui.internal.Ui.parts;
import static org.qaworkbench.ui.internal.Ui.window;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.IWindowCloseHandler;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qaworkbench.core.Services;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.AssessmentState;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.Item;
import org.qaworkbench.model.ItemKind;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.Section;
import org.qaworkbench.model.SubjectKind;
import org.qaworkbench.ui.internal.editor.ChecklistEditorPart;
import org.qaworkbench.ui.internal.editor.Editors;

/**
 * Quitting with an editor holding unsaved work: one question, Save / Discard / Cancel, whether the window is closed
 * or Ctrl+Q / File &gt; Quit is pressed; the dialog is answered by pressing its buttons.
 */
class QuitPromptPTest {

	private static final QaFactory QA = QaFactory.eINSTANCE;
	private static final String QUESTION = "Unsaved work";

	private final List<String> said = new ArrayList<>();
	private final String subject = "LLQ" + System.nanoTime() % 1_000_000L;
	private Store store;
	private Assessment stored;
	private MPart part;

	@BeforeEach
	void anEditorWithAnAnswerNotYetSaved() throws Exception {
		store = Services.get(Store.class);
		stored = store.records().save(assessment(store, subject), Actor.localUser());
		part = Editors.open(stored, window().getContext().get(MApplication.class), window().getContext().get(EModelService.class), parts());
		ChecklistEditorPart editor = (ChecklistEditorPart) part.getObject();
		editor.select(editor.rowOf("safe"));
		Event key = new Event();
		key.character = 'n';
		key.keyCode = 'n';
		editor.table().notifyListeners(SWT.KeyDown, key);
		assertTrue(part.isDirty());
		editor.autosave(); // as after 20 seconds of typing: a draft is kept
		assertTrue(DraftRecovery.keptDrafts(store, Ui.signedIn().actor()).containsKey(stored.getId()));
	}

	@AfterEach
	void closeTheEditorAndDropItsDrafts() {
		parts().hidePart(part, true);
		store.drafts().of(Ui.signedIn().actor()).forEach(draft -> store.drafts().discard(draft.id()));
	}

	@Test
	void ctrlQAsksFirstAndCancelCarriesOnWithEverything() {
		Ui.answer(QUESTION, "Cancel", said);

		EHandlerService handlers = window().getContext().get(EHandlerService.class);
		handlers.executeHandler(window().getContext().get(ECommandService.class).createCommand("org.qaworkbench.ui.command.quit", null));

		assertEquals(1, said.size(), "asked once");
		assertTrue(said.get(0).contains(part.getLocalizedLabel()), said.get(0));
		assertFalse(mainShell().isDisposed(), "still running");
		assertTrue(part.isDirty(), "the work is still there, unsaved");
		assertEquals("N", answer(((ChecklistEditorPart) part.getObject()).assessment(), "safe"));
		assertTrue(DraftRecovery.keptDrafts(store, Ui.signedIn().actor()).containsKey(stored.getId()), "and so is its draft");
	}

	@Test
	void closingTheWindowAndChoosingSaveStoresTheWorkThenQuits() {
		Ui.answer(QUESTION, "Save", said);

		assertTrue(closeHandler().close(window()), "may quit");

		assertEquals(1, said.size());
		assertFalse(part.isDirty());
		assertEquals("N", answer(store.records().find(Assessment.class, stored.getId()).orElseThrow(), "safe"), "saved");
		assertFalse(DraftRecovery.keptDrafts(store, Ui.signedIn().actor()).containsKey(stored.getId()), "no draft left to offer");
	}

	@Test
	void discardDropsTheWorkAndItsDraftThenQuits() {
		Ui.answer(QUESTION, "Discard", said);

		assertTrue(closeHandler().close(window()), "may quit");

		assertFalse(part.isDirty());
		assertEquals(null, answer(store.records().find(Assessment.class, stored.getId()).orElseThrow(), "safe"), "nothing saved");
		assertFalse(DraftRecovery.keptDrafts(store, Ui.signedIn().actor()).containsKey(stored.getId()), "the draft is dropped");
	}

	@Test
	void aRefusedSaveKeepsTheApplicationOpenAndSaysWhy() throws Exception {
		Assessment meanwhile = EcoreUtil.copy(stored);
		meanwhile.setTheme("Neglect");
		store.records().save(meanwhile, new Actor("someone.else"));
		Ui.answer(QUESTION, "Save", said);
		Ui.answer("Not saved", "OK", said);

		assertFalse(closeHandler().close(window()), "stays open");

		assertEquals(2, said.size(), "asked, then told why: " + said);
		assertTrue(said.get(1).contains("someone.else"), said.get(1));
		assertTrue(part.isDirty(), "the work is still on screen, unsaved");
	}

	private static IWindowCloseHandler closeHandler() {
		return window().getContext().get(IWindowCloseHandler.class);
	}

	private static String answer(Assessment assessment, String itemId) {
		return assessment.getAnswers().stream().filter(a -> a.getItemId().equals(itemId)).map(a -> a.getValue()).findFirst().orElse(null);
	}

	static Assessment assessment(Store store, String subject) {
		ChecklistDefinition definition = QA.createChecklistDefinition();
		definition.setDefinitionId("test.quit");
		definition.setVersion("1.0.0");
		definition.setTitle("Quit check");
		Section section = QA.createSection();
		section.setSectionId("main");
		section.setTitle("Main");
		Item safe = QA.createItem();
		safe.setItemId("safe");
		safe.setText("Is the child safe?");
		safe.setKind(ItemKind.YES_NO);
		section.getItems().add(safe);
		definition.getSections().add(section);
		Assessment assessment = QA.createAssessment();
		assessment.setDefinitionId(definition.getDefinitionId());
		assessment.setDefinitionVersion(definition.getVersion());
		assessment.setDefinitionHash(store.definitions().store(definition, Actor.localUser()));
		assessment.setSubjectKind(SubjectKind.CASE);
		assessment.setSubjectKey(subject);
		assessment.setStartedOn(LocalDate.of(2026, 11, 30));
		assessment.setState(AssessmentState.DRAFT);
		return assessment;
	}
}
