package org.qaworkbench.ui.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.qaworkbench.core.Formats;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Drafts.Draft;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.QaPackage;
import org.qaworkbench.ui.editors.KeptDrafts;
import org.qaworkbench.ui.editors.KeptDrafts.RecordKey;
import org.qaworkbench.ui.editors.RecordEditors;

/**
 * Offers back the work the person at the keyboard typed but did not save (after a crash, say): once the window is
 * up, to whoever is signed in then, and again to each person who signs in over it (SignedIn#signIn), each only their
 * own. Each record with a kept draft, of whatever type, opens in its editor, which carries on from the draft. Declining keeps the
 * drafts for the next time; nothing typed is dropped.
 */
public final class DraftRecovery {

	// Optional: this addon lives in the application context, which outlives the Store service (unregistered and
	// closed once the workbench has returned); a required Store would be re-injected, and fail, at that moment.
	@Inject
	@Optional
	private Store store;
	@Inject
	private SignedIn signedIn;
	@Inject
	private MApplication application;
	@Inject
	private EModelService models;
	/** An offer is on screen: a second one (the start's, arriving while a sign-in's is open) would ask the same twice. */
	private boolean offering;

	/**
	 * At the first turn of the event loop, which begins once the window is up. Not on the posted start-up event: a
	 * quit straight after the window appears can come first, and the event then reaches a disposed display.
	 */
	@PostConstruct
	void offerAtStart(Display display) {
		display.asyncExec(() -> offer(signedIn.actor()));
	}

	@Inject
	@Optional
	void offerOnSignIn(@UIEventTopic(SignedIn.CHANGED) SignedIn changed) {
		offer(changed.actor());
	}

	private void offer(Actor actor) {
		if (store == null || offering) {
			return;
		}
		Map<RecordKey, Draft> kept = KeptDrafts.of(store, actor);
		if (kept.isEmpty()) {
			return;
		}
		String list = kept.values().stream().map(draft -> draft.title() + "  (" + Formats.dateTime(draft.savedAt()) + ")").collect(Collectors.joining("\n")); //$NON-NLS-1$ //$NON-NLS-2$
		boolean reopen;
		offering = true;
		try {
			reopen = MessageDialog.openQuestion(Display.getCurrent().getActiveShell(), Messages.Drafts_title, NLS.bind(Messages.Drafts_question, list));
		} finally {
			offering = false;
		}
		if (reopen) {
			reopenRecords(kept.keySet().stream().toList());
		}
	}

	/** The newest kept draft of each assessment that {@code owner} typed, by assessment id. */
	public static Map<Long, Draft> keptDrafts(Store store, Actor owner) {
		Map<Long, Draft> kept = new LinkedHashMap<>();
		KeptDrafts.of(store, owner).forEach((record, draft) -> {
			if (draft.content() instanceof Assessment) {
				kept.put(record.id(), draft);
			}
		});
		return kept;
	}

	/** Opens each assessment in its editor, which finds the draft. */
	public void reopen(List<Long> assessmentIds) {
		reopenRecords(assessmentIds.stream().map(id -> new RecordKey(QaPackage.Literals.ASSESSMENT, id)).toList());
	}

	/** Opens each record in its editor, which finds the draft. Parts are opened through the window's part service. */
	public void reopenRecords(List<RecordKey> records) {
		MWindow window = application.getSelectedElement() != null ? application.getSelectedElement() : application.getChildren().get(0);
		EPartService parts = window.getContext().get(EPartService.class);
		for (RecordKey key : records) {
			KeptDrafts.record(store, key).ifPresent(record -> RecordEditors.open(record, application, models, parts));
		}
	}
}
