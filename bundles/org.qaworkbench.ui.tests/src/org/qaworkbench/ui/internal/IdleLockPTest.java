package org.qaworkbench.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.model.application.MAddon;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qaworkbench.core.Services;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.ui.internal.signin.IdleLock;
import org.qaworkbench.ui.internal.signin.LockDialog;
import org.qaworkbench.ui.internal.signin.Messages;
import org.qaworkbench.ui.internal.editor.ChecklistEditorPart;
import org.qaworkbench.ui.internal.editor.Editors;

/**
 * After the idle time (a few seconds here) without input the window locks over a checklist typed into and not saved;
 * a wrong password is refused with the generic message and a wait, the right one unlocks, and the answer typed is
 * still in the editor, unsaved.
 */
class IdleLockPTest {

	private final String run = Long.toString(System.nanoTime() % 1_000_000L);
	private final List<Throwable> failures = new ArrayList<>();
	private final List<String> seen = new ArrayList<>();
	private final MApplication application = Ui.window().getContext().get(MApplication.class);

	@AfterEach
	void noLockAndNoEditor() {
		lock().lockAfter(Duration.ZERO);
		Ui.parts().getParts().stream().filter(part -> part.getObject() instanceof ChecklistEditorPart).toList().forEach(part -> {
			((ChecklistEditorPart) part.getObject()).discardUnsaved();
			part.setDirty(false);
			Ui.parts().hidePart(part, true);
		});
	}

	@Test
	void theWindowLocksWhenIdleAndTheSamePersonsPasswordUnlocksItWithTheUnsavedAnswerIntact() throws Exception {
		Store store = Services.get(Store.class);
		SignedIn signedIn = application.getContext().get(SignedIn.class);
		Assessment stored = store.records().save(QuitPromptPTest.assessment(store, "IDLE" + run), signedIn.actor());
		MPart part = Editors.open(stored, application, Ui.window().getContext().get(EModelService.class), Ui.parts());
		ChecklistEditorPart editor = (ChecklistEditorPart) part.getObject();
		editor.select(editor.rowOf("safe"));
		Event key = new Event();
		key.character = 'y';
		key.keyCode = 'y';
		editor.table().notifyListeners(SWT.KeyDown, key);
		assertTrue(part.isDirty(), "typed, not saved");

		Ui.whenShown(Messages.Lock_title, shell -> {
			LockDialog dialog = (LockDialog) shell.getData();
			seen.add("locked over the window: " + shell.getBounds().equals(Ui.mainShell().getBounds()));
			shell.forceActive();
			Ui.press(SWT.ESC);
			Ui.retype(dialog.passwordField(), "not the password"); // after the Esc, which the X server delivers first
			seen.add("Esc leaves it locked: " + !shell.isDisposed());
			Ui.press(SWT.CR);
			Ui.spinUntil(() -> !dialog.refusalShown().isEmpty(), "the refusal");
			seen.add(dialog.refusalShown());
			Ui.spinUntil(() -> !dialog.isWaiting(), "the delay after a wrong password");
			Ui.retype(dialog.passwordField(), org.qaworkbench.testing.TestAccounts.PASSWORD);
			Ui.press(SWT.CR);
		}, failures);
		lock().lockAfter(Duration.ofSeconds(2));
		Ui.spinUntil(() -> !seen.isEmpty() && lock().lockShown() == null || !failures.isEmpty(), "the lock to come and go");
		lock().lockAfter(Duration.ZERO);

		assertEquals(List.of(), failures);
		assertEquals("locked over the window: true", seen.get(0));
		assertEquals("Esc leaves it locked: true", seen.get(1));
		assertTrue(seen.get(2).startsWith(genericRefusal()), seen.get(2));
		assertEquals(3, seen.size());
		assertTrue(part.isDirty(), "still unsaved after unlocking");
		assertEquals("Y", editor.assessment().getAnswers().get(0).getValue(), "the answer typed before the lock");
		assertEquals(signedIn.actor(), org.qaworkbench.testing.TestAccounts.ADMIN, "the same person carries on");
	}

	/** What the store says to a wrong password, found by asking it. */
	private static String genericRefusal() {
		try (var who = new org.qaworkbench.core.identity.Credentials(org.qaworkbench.testing.TestAccounts.USER, "not the password".toCharArray())) {
			Services.get(Store.class).accounts().verify(who);
			throw new AssertionError("a wrong password was taken");
		} catch (org.qaworkbench.core.store.StoreException e) {
			return e.getMessage();
		} catch (InterruptedException e) {
			throw new AssertionError(e);
		}
	}

	private IdleLock lock() {
		return application.getAddons().stream().filter(addon -> "org.qaworkbench.ui.addon.idlelock".equals(addon.getElementId()))
				.map(MAddon::getObject).map(IdleLock.class::cast).findFirst().orElseThrow();
	}
}
