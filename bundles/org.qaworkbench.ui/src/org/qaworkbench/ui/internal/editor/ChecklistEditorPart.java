package org.qaworkbench.ui.internal.editor;

import java.time.LocalDate;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.MDirtyable;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.qaworkbench.core.store.InvalidRecordException;
import org.qaworkbench.core.store.SaveRefusedException;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.AssessmentState;
import org.qaworkbench.ui.internal.Messages;
import org.qaworkbench.ui.internal.SignedIn;

/**
 * The generic checklist editor: the shared {@link ChecklistEditor} with a Complete button. Any definition without an
 * editor of its own opens here.
 */
public final class ChecklistEditorPart implements Discardable {

	public static final String ASSESSMENT_ID = "assessmentId"; //$NON-NLS-1$

	@Inject
	private Store store;
	@Inject
	private MDirtyable dirty;
	@Inject
	private SignedIn signedIn;

	private ChecklistEditor editor;
	private Button complete;

	@PostConstruct
	void create(Composite parent, MPart part) {
		Assessment assessment = Editors.assessmentOf(part, store);
		editor = new ChecklistEditor(parent, store, assessment, dirty, signedIn::actor);
		Editors.follow(part, editor);
		part.setLabel(editor.definition().getTitle() + " " + assessment.getSubjectKey()); //$NON-NLS-1$
		((org.eclipse.swt.layout.GridLayout) editor.foot().getLayout()).numColumns = 2;
		complete = new Button(editor.foot(), SWT.PUSH);
		complete.setText(Messages.Editor_complete);
		complete.addListener(SWT.Selection, event -> complete());
		complete.setEnabled(editor.isEditable());
		editor.onChange(() -> complete.setEnabled(editor.isEditable()));
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
	 * Completes the checklist: every required question that applies must be answered. When some are not, their
	 * rows are marked and the checklist stays a draft with everything typed kept.
	 */
	public boolean complete() {
		Assessment completed = EcoreUtil.copy(editor.assessment());
		completed.setState(AssessmentState.COMPLETED);
		completed.setCompletedOn(LocalDate.now());
		try {
			editor.store(completed);
			return true;
		} catch (InvalidRecordException e) {
			editor.showRefusal(e, Messages.Editor_notComplete);
			return false;
		} catch (SaveRefusedException e) {
			editor.say(e.getMessage());
			return false;
		}
	}

	public ChecklistEditor editor() {
		return editor;
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
