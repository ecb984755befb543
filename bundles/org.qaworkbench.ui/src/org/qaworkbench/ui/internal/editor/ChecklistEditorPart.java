package org.qaworkbench.ui.internal.editor;

import java.time.Clock;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.MDirtyable;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.qaworkbench.core.audits.AuditWorkflow;
import org.qaworkbench.core.store.InvalidRecordException;
import org.qaworkbench.core.store.SaveRefusedException;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.store.StoreFailureException;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.ui.internal.Messages;
import org.qaworkbench.ui.internal.SignedIn;

/**
 * The generic checklist editor: the shared {@link ChecklistEditor} with a Complete button. Any definition without an
 * editor of its own opens here. Completion is the {@link AuditWorkflow}'s, as in every editor: it is offered to whom
 * the workflow offers it, and signed off by the person signed in on the application's day.
 */
public final class ChecklistEditorPart implements Discardable {

	public static final String ASSESSMENT_ID = "assessmentId"; //$NON-NLS-1$

	@Inject
	private Store store;
	@Inject
	private MDirtyable dirty;
	@Inject
	private SignedIn signedIn;
	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	private Clock clock;

	private ChecklistEditor editor;
	private Button complete;

	@PostConstruct
	void create(Composite parent, MPart part) {
		Assessment assessment = Editors.assessmentOf(part, store);
		TimescaleEvidence evidence = TimescaleEvidence.of(store.records(), assessment, workflow().today());
		editor = new ChecklistEditor(parent, store, assessment, dirty, signedIn::actor, evidence.column());
		editor.setMoreGuidance(evidence::underGuidance);
		editor.setClock(clock());
		Editors.follow(part, editor);
		part.setLabel(editor.definition().getTitle() + " " + assessment.getSubjectKey()); //$NON-NLS-1$
		((org.eclipse.swt.layout.GridLayout) editor.foot().getLayout()).numColumns = 2;
		complete = new Button(editor.foot(), SWT.PUSH);
		complete.setText(Messages.Editor_complete);
		complete.addListener(SWT.Selection, event -> complete());
		showSteps();
		editor.onChange(this::showSteps);
	}

	/** Someone else signed in: what they may do here differs. */
	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	void signedInChanged(@UIEventTopic(SignedIn.CHANGED) SignedIn who) {
		if (complete != null && !complete.isDisposed()) {
			showSteps();
		}
	}

	/** Complete is offered when the workflow offers it to the person signed in; otherwise its tooltip says why not. */
	private void showSteps() {
		Optional<String> refusal = workflow().whyNot(AuditWorkflow.Step.COMPLETE, editor.assessment(), signedIn.actor());
		complete.setEnabled(refusal.isEmpty());
		complete.setToolTipText(refusal.orElse(null));
	}

	private AuditWorkflow workflow() {
		return new AuditWorkflow(store, clock());
	}

	/** The assessment a part edits, from its persisted state. */
	public static long assessmentId(MPart part) {
		return Long.parseLong(part.getPersistedState().get(ASSESSMENT_ID));
	}

	@Persist
	public void save() {
		editor.save();
	}

	@Override
	public void discardUnsaved() {
		editor.discardUnsaved();
	}

	/**
	 * Completes the checklist through the workflow: every required question that applies must be answered. When some
	 * are not, their rows are marked and the checklist stays a draft with everything typed kept.
	 */
	public boolean complete() {
		try {
			editor.stored(workflow().complete(editor.assessment(), signedIn.actor()));
			return true;
		} catch (InvalidRecordException e) {
			editor.showRefusal(e, Messages.Editor_notComplete);
			return false;
		} catch (SaveRefusedException e) {
			editor.say(e.getMessage());
			return false;
		} catch (StoreFailureException e) {
			editor.sayNotSaved(e);
			return false;
		}
	}

	private Clock clock() {
		return clock == null ? Clock.systemDefaultZone() : clock;
	}

	public ChecklistEditor editor() {
		return editor;
	}

	public Button completeButton() {
		return complete;
	}

	public void autosave() {
		editor.autosave();
	}

	public void select(int rowIndex) {
		editor.select(rowIndex);
	}

	public void selectFile(int rowIndex, int file) {
		editor.selectFile(rowIndex, file);
	}

	public int firstItemRow() {
		return editor.firstItemRow();
	}

	public int selectedRow() {
		return editor.selectedRow();
	}

	public int rowOf(String itemId) {
		return editor.rowOf(itemId);
	}

	public boolean isMarkedInvalid(String itemId) {
		return editor.isMarkedInvalid(itemId);
	}

	public NatTable table() {
		return editor.table();
	}

	public Assessment assessment() {
		return editor.assessment();
	}

	public String progressText() {
		return editor.progressText();
	}

	public String guidanceText() {
		return editor.guidanceText();
	}

	public boolean typed(org.qaworkbench.model.Item item, String text) {
		return editor.typed(item, text);
	}

	@Focus
	void focus() {
		editor.focus();
	}

	@PreDestroy
	void dispose() {
		editor.autosave();
	}
}
