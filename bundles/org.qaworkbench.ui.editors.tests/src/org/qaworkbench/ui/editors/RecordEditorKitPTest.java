package org.qaworkbench.ui.editors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qaworkbench.core.Services;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.model.AuditTheme;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.QaPackage;
import org.qaworkbench.ui.editors.KeptDrafts.RecordKey;

/**
 * A record type nobody edits, given an editor by one class and one XML element ({@link AuditThemeTestEditor}), in the
 * real workbench: opened from the registry, edited, autosaved as a draft of whoever is signed in, closed unsaved,
 * recovered from its draft as after a crash, saved with Ctrl+S's handler, and refused with who saved it meanwhile.
 */
class RecordEditorKitPTest {

	private Store store;
	private AuditTheme theme;
	private Actor me;

	@BeforeEach
	void anAuditTheme() throws Exception {
		store = Services.get(Store.class);
		me = window().getContext().get(SignedInPerson.class).actor();
		AuditTheme made = QaFactory.eINSTANCE.createAuditTheme();
		made.setName("Kit theme " + System.nanoTime() % 1_000_000L);
		theme = store.records().save(made, Actor.localUser());
	}

	@AfterEach
	void closeEditorsAndDropDrafts() {
		parts().getParts().stream().filter(part -> part.getObject() instanceof AuditThemeTestEditor).toList().forEach(part -> parts().hidePart(part, true));
		store.drafts().of(me).forEach(draft -> store.drafts().discard(draft.id()));
	}

	@Test
	void aRecordTypeWithOneClassAndOneElementIsEditedSavedAutosavedAndRecovered() throws Exception {
		MPart part = open(theme);
		AuditThemeTestEditor editor = (AuditThemeTestEditor) part.getObject();
		assertEquals(theme.getName(), editor.name().getText());
		assertFalse(part.isDirty());

		editor.name().setText("Neglect and drift");
		assertTrue(part.isDirty(), "an edit is unsaved work");
		editor.autosave(); // the autosave's tick
		RecordKey key = new RecordKey(QaPackage.Literals.AUDIT_THEME, theme.getId());
		assertTrue(KeptDrafts.of(store, me).containsKey(key), "kept as a draft of whoever is signed in");
		assertFalse(KeptDrafts.of(store, new Actor("someone.else")).containsKey(key), "and no one else's");

		parts().hidePart(part, true); // closed unsaved, as in a crash: the draft stays
		assertEquals(theme.getName(), store.records().find(AuditTheme.class, theme.getId()).orElseThrow().getName(), "nothing saved");
		// Recovered as the start-up offer does it: each record with a kept draft opens in its editor.
		MPart recovered = open(KeptDrafts.record(store, key).orElseThrow());
		AuditThemeTestEditor again = (AuditThemeTestEditor) recovered.getObject();
		assertEquals("Neglect and drift", again.name().getText(), "carrying on from the draft");
		assertTrue(again.said().startsWith("Restored the unsaved work kept at"), again.said());
		assertTrue(recovered.isDirty(), "recovered work still has to be saved");

		parts().savePart(recovered, false); // Ctrl+S
		assertFalse(recovered.isDirty());
		assertEquals("Neglect and drift", store.records().find(AuditTheme.class, theme.getId()).orElseThrow().getName(), "saved");
		assertFalse(KeptDrafts.of(store, me).containsKey(key), "saved, the draft goes");
		assertEquals(recovered, open(theme), "opening it again brings its editor to the front");
	}

	@Test
	void aSaveOverSomeoneElsesSaysWhoSavedItAndKeepsTheWork() throws Exception {
		MPart part = open(theme);
		AuditThemeTestEditor editor = (AuditThemeTestEditor) part.getObject();
		editor.name().setText("Mine");
		AuditTheme meanwhile = EcoreUtil.copy(theme);
		meanwhile.setName("Theirs");
		store.records().save(meanwhile, new Actor("someone.else"));
		String[] said = new String[1];
		Display display = Display.getCurrent();
		display.timerExec(100, new Runnable() {
			@Override
			public void run() {
				for (Shell shell : display.getShells()) {
					if (shell.isVisible() && "Not saved".equals(shell.getText())) {
						said[0] = labels(shell);
						shell.close();
						return;
					}
				}
				display.timerExec(100, this);
			}
		});

		parts().savePart(part, false);

		assertTrue(said[0] != null && said[0].contains("someone.else"), "the refusal names who saved it: " + said[0]);
		assertTrue(part.isDirty(), "the work is still on screen, unsaved");
		assertEquals("Mine", editor.theme().getName());
	}

	private static String labels(org.eclipse.swt.widgets.Composite composite) {
		StringBuilder text = new StringBuilder();
		for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Label label) {
				text.append(label.getText()).append('\n');
			} else if (child instanceof org.eclipse.swt.widgets.Composite inner) {
				text.append(labels(inner));
			}
		}
		return text.toString();
	}

	private static MPart open(org.qaworkbench.model.Identified record) {
		MWindow window = window();
		return RecordEditors.open(record, window.getContext().get(MApplication.class), window.getContext().get(EModelService.class), parts()).orElseThrow();
	}

	private static EPartService parts() {
		return window().getContext().get(EPartService.class);
	}

	private static MWindow window() {
		return (MWindow) Arrays.stream(Display.getCurrent().getShells()).filter(shell -> shell.getData("modelElement") instanceof MWindow)
				.map(shell -> shell.getData("modelElement")).findFirst().orElseThrow();
	}

}
