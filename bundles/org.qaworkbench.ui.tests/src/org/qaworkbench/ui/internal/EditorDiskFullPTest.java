package org.qaworkbench.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.store.StoreFailureException;
import org.qaworkbench.core.store.Stores;
import org.qaworkbench.model.Answer;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.Item;
import org.qaworkbench.testing.SmallDisk;
import org.qaworkbench.ui.internal.editor.ChecklistEditor;

/**
 * The disk fills while someone types (a small tmpfs, filled for real): the editor keeps everything typed, says the
 * disk is full instead of failing, and keeps the draft on the next autosave once there is room; then Ctrl+S saves.
 */
class EditorDiskFullPTest {

	@TempDir
	Path temp;

	@Test
	void typedWorkStaysInTheEditorWhileTheDiskIsFullAndIsKeptOnceThereIsRoom() throws Exception {
		Path data = temp.resolve("data");
		Shell shell = new Shell(Display.getCurrent());
		try (SmallDisk disk = SmallDisk.mount(data, 24); Store store = Stores.open(data)) {
			Assessment stored = store.records().save(ChecklistEditorPTest.draft(store), Actor.localUser());
			MPart part = MBasicFactory.INSTANCE.createPart();
			ChecklistEditor editor = new ChecklistEditor(shell, store, stored, part, Actor::localUser);
			assertTrue(editor.typed(item(editor, "q1"), "2"));

			disk.fill();
			useUpTheRoomLeftInTheDatabase(store, stored);
			disk.fill(); // and what the database released when it shut down on that failure
			editor.autosave();
			assertTrue(editor.draftFailing());
			assertTrue(editor.progressText().startsWith("The disk that holds " + data + " is full"), editor.progressText());
			assertTrue(editor.progressText().contains("Your unsaved work stays in this window while QA Workbench stays open"), editor.progressText());
			assertTrue(editor.typed(item(editor, "q2"), "3"), "typing goes on while the disk is full");
			String said = dialogSaidDuring(() -> assertFalse(editor.save()));
			assertTrue(said.startsWith("Not saved. The disk that holds " + data + " is full"), said);
			assertTrue(said.endsWith("Everything you typed stays in this window while QA Workbench stays open; then save again with Ctrl+S."), said);
			assertTrue(part.isDirty());
			assertEquals(List.of("q1=2", "q2=3"), answers(editor.assessment()));

			disk.free();
			editor.autosave(); // the next tick of the autosave timer
			assertFalse(editor.draftFailing());
			assertEquals("Your unsaved work is kept as a draft again. Save it with Ctrl+S.", editor.progressText());
			Assessment drafted = (Assessment) store.drafts().of(Actor.localUser()).get(0).content();
			assertEquals(List.of("q1=2", "q2=3"), answers(drafted), "the draft holds what was typed after the disk filled");

			assertTrue(editor.save());
			assertFalse(part.isDirty());
			assertEquals(List.of("q1=2", "q2=3"), answers(store.records().find(Assessment.class, stored.getId()).orElseThrow()));
			assertTrue(store.drafts().of(Actor.localUser()).isEmpty());
		} finally {
			shell.dispose();
		}
	}

	/** The database's own files have room left when the disk fills; a little more work takes that too. */
	private static void useUpTheRoomLeftInTheDatabase(Store store, Assessment stored) {
		Assessment large = EcoreUtil.copy(stored);
		large.setComments("Room taken. ".repeat(2000));
		try {
			for (int i = 0; i < 10_000; i++) {
				store.drafts().save(0, "room " + i, large, new Actor("someone-else"));
			}
		} catch (StoreFailureException full) {
			assertTrue(full.isDiskFull(), full::toString);
			return;
		}
		throw new AssertionError("10,000 drafts saved on a full disk");
	}

	private static Item item(ChecklistEditor editor, String itemId) {
		return editor.definition().getSections().stream().flatMap(section -> section.getItems().stream()).filter(item -> item.getItemId().equals(itemId))
				.findFirst().orElseThrow();
	}

	private static List<String> answers(Assessment assessment) {
		return assessment.getAnswers().stream().map((Answer answer) -> answer.getItemId() + "=" + answer.getValue()).toList();
	}

	/** Runs {@code action}, which opens a "Not saved" dialog; reads the dialog's message and closes it. */
	private static String dialogSaidDuring(Runnable action) {
		Display display = Display.getCurrent();
		String[] said = { null };
		boolean[] done = { false };
		display.timerExec(50, new Runnable() {
			@Override
			public void run() {
				for (Shell open : display.getShells()) {
					if (open.isVisible() && "Not saved".equals(open.getText())) {
						said[0] = longestLabel(open);
						open.close();
						return;
					}
				}
				if (!done[0]) {
					display.timerExec(50, this);
				}
			}
		});
		try {
			action.run();
		} finally {
			done[0] = true; // a failing action must not leave the watcher closing later tests' dialogs
		}
		assertTrue(said[0] != null, "a Not saved dialog was shown");
		return said[0];
	}

	private static String longestLabel(Control control) {
		String longest = control instanceof Label label ? label.getText() : ""; //$NON-NLS-1$
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (Control child : composite.getChildren()) {
				String text = longestLabel(child);
				longest = text.length() > longest.length() ? text : longest;
			}
		}
		return longest;
	}
}
