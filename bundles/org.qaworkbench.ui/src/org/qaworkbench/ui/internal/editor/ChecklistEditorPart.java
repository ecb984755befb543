package org.qaworkbench.ui.internal.editor;

import java.util.function.BiPredicate;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.qaworkbench.core.audits.AuditWorkflow;
import org.qaworkbench.core.store.InvalidRecordException;
import org.qaworkbench.core.store.SaveRefusedException;
import org.qaworkbench.core.store.StoreFailureException;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.ui.editors.RecordEditorPart;
import org.qaworkbench.ui.editors.RecordSession;
import org.qaworkbench.ui.editors.WorkflowButtons;
import org.qaworkbench.ui.internal.Messages;

/**
 * The generic checklist editor: the shared {@link ChecklistEditor} with a Complete button, on the editor kit. Any
 * definition without an editor of its own opens here. Completion is the {@link AuditWorkflow}'s, as in every editor:
 * the button is offered when the workflow's available steps hold it for the person signed in, and its tooltip says
 * the workflow's reason otherwise; it is signed off by that person on the application's day.
 */
public final class ChecklistEditorPart extends RecordEditorPart<Assessment> {

	private ChecklistEditor editor;
	private WorkflowButtons<AuditWorkflow.Step> steps;
	private Button complete;

	@Override
	protected Class<Assessment> recordType() {
		return Assessment.class;
	}

	@Override
	protected BiPredicate<Assessment, Assessment> takesDraft() {
		return ChecklistEditor.TAKES_DRAFT;
	}

	@Override
	protected void createContents(Composite parent, RecordSession<Assessment> session) {
		Assessment assessment = session.record();
		TimescaleEvidence evidence = TimescaleEvidence.of(store().records(), assessment, today());
		editor = new ChecklistEditor(parent, session, evidence.column());
		editor.setMoreGuidance(evidence::underGuidance);
		editor.setClock(clock());
		editor.onChange(this::followStored);
		part().setLabel(editor.definition().getTitle() + " " + assessment.getSubjectKey()); //$NON-NLS-1$
		((org.eclipse.swt.layout.GridLayout) editor.foot().getLayout()).numColumns = 2;
		steps = new WorkflowButtons<>(editor.foot(), AuditWorkflow.Step.class);
		complete = steps.add(AuditWorkflow.Step.COMPLETE, Messages.Editor_complete, this::complete);
		showSteps();
		editor.onChange(this::showSteps);
	}

	@Override
	protected void personChanged() {
		if (complete != null && !complete.isDisposed()) {
			showSteps();
		}
	}

	/** What the workflow offers the person signed in; the others say why not. */
	private void showSteps() {
		AuditWorkflow workflow = workflow();
		steps.show(workflow.availableSteps(editor.assessment(), actor()), step -> workflow.whyNot(step, editor.assessment(), actor()));
	}

	private AuditWorkflow workflow() {
		return new AuditWorkflow(store(), clock());
	}

	/**
	 * Completes the checklist through the workflow: every required question that applies must be answered. When some
	 * are not, their rows are marked and the checklist stays a draft with everything typed kept.
	 */
	public boolean complete() {
		try {
			editor.stored(workflow().complete(editor.assessment(), actor()));
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

	public ChecklistEditor editor() {
		return editor;
	}

	public Button completeButton() {
		return complete;
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

	@Override
	public void focus() {
		editor.focus();
	}
}
