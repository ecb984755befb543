package org.qaworkbench.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qaworkbench.core.Services;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.Case;
import org.qaworkbench.model.Item;
import org.qaworkbench.model.ItemKind;
import org.qaworkbench.model.Locality;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.ui.internal.editor.ChecklistEditorPart;
import org.qaworkbench.ui.internal.editor.Editors;
import org.qaworkbench.ui.internal.handlers.NewChecklistHandler;

/** Ctrl+N: the new checklist is stored with its first answer; one closed untouched leaves nothing under the case. */
class NewChecklistPTest {

	private static final String GROUP_VISIT = "org.qaworkbench.checklists.groupvisit";
	private final String run = Long.toString(System.nanoTime() % 1_000_000L);
	private final Store store;
	private final SignedIn signedIn = Ui.signedIn();

	NewChecklistPTest() throws InterruptedException {
		store = Services.get(Store.class);
	}

	@AfterEach
	void dropDrafts() {
		store.drafts().of(Ui.signedIn().actor()).forEach(draft -> store.drafts().discard(draft.id()));
	}

	@Test
	void aChecklistClosedUntouchedLeavesNothingAndTheFirstAnswerStoresIt() throws Exception {
		Case aCase = aCase();
		MPart untouched = open(NewChecklistHandler.start(aCase, GROUP_VISIT, LocalDate.of(2026, 11, 30), store, signedIn));
		assertEquals(List.of(), assessmentsOf(aCase), "nothing stored before an answer");
		assertFalse(untouched.isDirty());
		Ui.parts().hidePart(untouched, true);
		assertEquals(List.of(), assessmentsOf(aCase), "closed untouched: no empty assessment under the case");
		assertFalse(store.drafts().of(Ui.signedIn().actor()).stream().anyMatch(d -> ((Assessment) d.content()).getSubjectKey().equals(aCase.getCaseNumber())),
				"and no draft");

		MPart part = open(NewChecklistHandler.start(aCase, GROUP_VISIT, LocalDate.of(2026, 11, 30), store, signedIn));
		ChecklistEditorPart editor = (ChecklistEditorPart) part.getObject();
		Item yesNo = editor.editor().definition().getSections().stream().flatMap(section -> section.getItems().stream())
				.filter(item -> item.getKind() == ItemKind.YES_NO || item.getKind() == ItemKind.YES_NO_NA).findFirst().orElseThrow();
		editor.select(editor.rowOf(yesNo.getItemId()));
		Event key = new Event();
		key.character = 'y';
		key.keyCode = 'y';
		editor.table().notifyListeners(SWT.KeyDown, key);

		List<Assessment> stored = assessmentsOf(aCase);
		assertEquals(1, stored.size(), "stored with the first answer");
		assertEquals(0, stored.get(0).getAnswers().size(), "as it was started: the answer is unsaved work, like any other");
		assertTrue(part.isDirty());
		Ui.parts().savePart(part, false);
		assertEquals(List.of("Y"), assessmentsOf(aCase).get(0).getAnswers().stream().map(a -> a.getValue()).toList(), "Ctrl+S saves it");
		assertSame(part, open(assessmentsOf(aCase).get(0)), "opening it again finds its editor");
		Ui.parts().hidePart(part, true);
	}

	private List<Assessment> assessmentsOf(Case aCase) {
		return store.records().list(Assessment.class).stream().filter(a -> aCase.getCaseNumber().equals(a.getSubjectKey())).toList();
	}

	private static MPart open(Assessment assessment) {
		return Editors.open(assessment, Ui.window().getContext().get(MApplication.class),
				Ui.window().getContext().get(EModelService.class), Ui.parts());
	}

	private Case aCase() throws Exception {
		Locality locality = QaFactory.eINSTANCE.createLocality();
		locality.setName("Newtown " + run);
		locality = store.records().save(locality, Actor.localUser());
		Case aCase = QaFactory.eINSTANCE.createCase();
		aCase.setCaseNumber("LLN" + run);
		aCase.setFamilyNames("New");
		aCase.setLocality(locality);
		return store.records().save(aCase, Actor.localUser());
	}
}
