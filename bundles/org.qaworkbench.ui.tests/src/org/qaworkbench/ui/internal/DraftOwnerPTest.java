package org.qaworkbench.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qaworkbench.core.Services;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.Role;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.ui.internal.editor.ChecklistEditorPart;
import org.qaworkbench.ui.internal.editor.Editors;

/** Unsaved work belongs to whoever typed it: it is offered back when they sign in, and never to anyone else. */
class DraftOwnerPTest {

	private final String run = Long.toString(System.nanoTime() % 1_000_000L);
	private final List<String> said = new ArrayList<>();
	private final Store store;
	private final SignedIn signedIn = Ui.signedIn();
	private StaffMember ann;

	DraftOwnerPTest() throws InterruptedException {
		store = Services.get(Store.class);
	}

	/** The start's own offer (the operating system user's drafts: none here) may still be queued: let it pass first. */
	@BeforeEach
	void letTheStartSettle() {
		while (Display.getCurrent().readAndDispatch()) {
			// until nothing is pending
		}
	}

	@AfterEach
	void backToTheTestAdministrator() {
		Ui.signInAsTheTestAdministrator();
		Ui.parts().getParts().stream().filter(part -> part.getObject() instanceof ChecklistEditorPart).toList()
				.forEach(part -> Ui.parts().hidePart(part, true));
		if (ann != null) {
			store.drafts().of(new Actor(ann.getUserId())).forEach(draft -> store.drafts().discard(draft.id()));
		}
	}

	@Test
	void aDraftIsKeptForWhoTypedItAndOfferedToThemWhenTheySignIn() throws Exception {
		ann = staff("ann" + run);
		StaffMember bob = staff("bob" + run);
		Ui.signInAs(ann);
		Assessment stored = store.records().save(QuitPromptPTest.assessment(store, "LLD" + run), Actor.localUser());
		MPart part = open(stored);
		ChecklistEditorPart editor = (ChecklistEditorPart) part.getObject();
		editor.select(editor.rowOf("safe"));
		Event key = new Event();
		key.character = 'y';
		key.keyCode = 'y';
		editor.table().notifyListeners(SWT.KeyDown, key);
		Ui.parts().hidePart(part, true); // closed unsaved: its draft is kept

		assertTrue(DraftRecovery.keptDrafts(store, new Actor(ann.getUserId())).containsKey(stored.getId()), "kept as Ann's");
		assertFalse(DraftRecovery.keptDrafts(store, Ui.administrator()).containsKey(stored.getId()), "not the administrator's the workbench started as");
		assertFalse(DraftRecovery.keptDrafts(store, new Actor(bob.getUserId())).containsKey(stored.getId()), "nor Bob's");

		Ui.signInAs(bob);
		Ui.answer("Unsaved work was kept", "Yes", said);
		Ui.signInAs(ann);
		Ui.spinUntil(() -> !said.isEmpty(), "Ann's unsaved work offered when she signs in");

		assertEquals(1, said.size(), "one offer, to Ann: " + said);
		assertTrue(said.get(0).contains("LLD" + run), said.get(0));
		ChecklistEditorPart reopened = (ChecklistEditorPart) Ui.parts().getParts().stream()
				.filter(p -> p.getObject() instanceof ChecklistEditorPart open && open.assessment().getId() == stored.getId()).findFirst().orElseThrow().getObject();
		assertEquals("Y", reopened.assessment().getAnswers().get(0).getValue(), "carrying on from her draft");
	}

	private MPart open(Assessment assessment) {
		return Editors.open(assessment, Ui.window().getContext().get(MApplication.class),
				Ui.window().getContext().get(EModelService.class), Ui.parts());
	}

	private StaffMember staff(String userId) throws Exception {
		StaffMember staff = QaFactory.eINSTANCE.createStaffMember();
		staff.setName("Staff " + userId);
		staff.setInitials("S");
		staff.setUserId(userId);
		staff.getRoles().add(Role.PRACTITIONER);
		return store.records().save(staff, Actor.localUser());
	}
}
