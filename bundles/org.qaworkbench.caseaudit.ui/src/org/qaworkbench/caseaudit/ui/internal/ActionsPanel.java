package org.qaworkbench.caseaudit.ui.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.qaworkbench.core.Formats;
import org.qaworkbench.core.audits.AuditWorkflow;
import org.qaworkbench.core.audits.AuditWorkflow.ActionStep;
import org.qaworkbench.core.audits.FollowUpStatus;
import org.qaworkbench.core.store.SaveRefusedException;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.store.StoreFailureException;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.AssessmentState;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.RemedialAction;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.ui.editors.FormDialog;
import org.qaworkbench.ui.editors.Prompts;

/**
 * The audit's remedial actions as the form has them (action, date due, how addressed, date completed, initials) with
 * the 3-month follow-up. The auditor adds and edits them while the audit is a draft; afterwards the line manager
 * records how each was addressed and the auditor its follow-up. Each is saved as it is entered.
 */
final class ActionsPanel {

	private final Store store;
	private final Supplier<Assessment> audit;
	private final Supplier<Actor> actor;
	private final Supplier<AuditWorkflow> workflow;
	private BooleanSupplier storeAudit = () -> true;
	private Runnable afterChange = () -> {
	};
	private final Supplier<Prompts> prompts;
	private final Table table;
	private final Button add;
	private final Button edit;
	private final Button addressed;
	private final Button followUp;
	private List<RemedialAction> actions = List.of();

	ActionsPanel(Composite parent, Store store, Supplier<Assessment> audit, Supplier<Actor> actor, Supplier<AuditWorkflow> workflow, Supplier<Prompts> prompts) {
		this.store = store;
		this.audit = audit;
		this.actor = actor;
		this.workflow = workflow;
		this.prompts = prompts;
		Group group = new Group(parent, SWT.NONE);
		group.setText(Messages.Actions_title);
		GridLayoutFactory.swtDefaults().numColumns(4).applyTo(group);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(group);
		table = new Table(group, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		table.setHeaderVisible(true);
		for (String column : List.of(Messages.Actions_action, Messages.Actions_due, Messages.Actions_howAddressed, Messages.Actions_completed,
				Messages.Actions_initials, Messages.Actions_followUpDue, Messages.Actions_followUp)) {
			TableColumn tableColumn = new TableColumn(table, SWT.LEFT);
			tableColumn.setText(column);
			tableColumn.setWidth(column.equals(Messages.Actions_action) ? 150 : 80);
		}
		GridDataFactory.fillDefaults().grab(true, true).span(4, 1).hint(300, 110).applyTo(table);
		add = button(group, Messages.Actions_add, this::add);
		edit = button(group, Messages.Actions_edit, this::edit);
		addressed = button(group, Messages.Actions_addressed, this::addressed);
		followUp = button(group, Messages.Actions_recordFollowUp, this::followUp);
		table.addListener(SWT.DefaultSelection, event -> {
			if (edit.isEnabled()) {
				edit();
			}
		});
	}

	private static Button button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, event -> action.run());
		return button;
	}

	/** Reads the actions again and shows them with what can be done now. */
	void refresh() {
		actions = workflow.get().actionsOf(audit.get());
		int selected = table.getSelectionIndex();
		table.removeAll();
		LocalDate today = workflow.get().today();
		for (RemedialAction action : actions) {
			TableItem row = new TableItem(table, SWT.NONE);
			String followUpText = action.getFollowUp() == null || action.getFollowUp().getCheckedOn() == null
					? followUpWhileOpen(action, today)
					: (action.getFollowUp().isDone() ? Messages.Actions_done : Messages.Actions_notDone) + ": " + action.getFollowUp().getOutcome(); //$NON-NLS-1$
			row.setText(new String[] { action.getAction(), Formats.date(action.getDueOn()) + (AuditWorkflow.overdue(action, today) ? " " + Messages.Actions_overdue : ""), //$NON-NLS-1$ //$NON-NLS-2$
					nonNull(action.getHowAddressed()), Formats.date(action.getCompletedOn()), nonNull(action.getInitials()),
					action.getFollowUp() == null ? "" : Formats.date(action.getFollowUp().getDueOn()), followUpText }); //$NON-NLS-1$
		}
		// Always a row selected (the first, until another is chosen): How addressed and Follow-up act on it by their keys.
		if (!actions.isEmpty()) {
			table.setSelection(selected >= 0 && selected < actions.size() ? selected : 0);
		}
		// What the workflow offers this person now, its reason as the tooltip otherwise: the rules live in core.
		enable(add, ActionStep.ADD);
		enable(edit, ActionStep.EDIT);
		enable(addressed, ActionStep.ADDRESS);
		enable(followUp, ActionStep.FOLLOW_UP);
	}

	private void enable(Button button, ActionStep step) {
		Optional<String> whyNot = workflow.get().whyNot(step, audit.get(), actor.get());
		button.setEnabled(whyNot.isEmpty());
		button.setToolTipText(whyNot.orElse(null));
	}

	/** An open follow-up's state as core reads it: overdue once its date has passed, due within 28 days, else nothing yet. */
	private static String followUpWhileOpen(RemedialAction action, LocalDate today) {
		return switch (FollowUpStatus.of(action, today)) {
		case OVERDUE -> Messages.Actions_overdue;
		case DUE -> Messages.Actions_followUpNowDue;
		default -> ""; //$NON-NLS-1$
		};
	}

	private static String nonNull(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}

	List<RemedialAction> actions() {
		return actions;
	}

	Table table() {
		return table;
	}

	/** Told once an action was saved (or refused): what the audit's workflow offers may have changed. */
	void afterChange(Runnable afterChange) {
		this.afterChange = afterChange;
	}

	/** What stores an audit begun with Ctrl+N before its first action refers to it (false: it could not be). */
	void storeAuditFirst(BooleanSupplier storeAudit) {
		this.storeAudit = storeAudit;
	}

	void add() {
		if (!storeAudit.getAsBoolean()) {
			return;
		}
		FormDialog form = new FormDialog(table.getShell(), Messages.Actions_addTitle, Messages.Actions_addMessage)
				.longText("action", Messages.Actions_action, true, null).date("due", Messages.Actions_due, true, null); //$NON-NLS-1$ //$NON-NLS-2$
		if (prompts.get().fill(form)) {
			RemedialAction action = QaFactory.eINSTANCE.createRemedialAction();
			action.setAssessment(audit.get());
			save(action, form);
		}
	}

	void edit() {
		RemedialAction action = selected();
		if (action == null) {
			return;
		}
		FormDialog form = new FormDialog(table.getShell(), Messages.Actions_editTitle, Messages.Actions_addMessage)
				.longText("action", Messages.Actions_action, true, action.getAction()).date("due", Messages.Actions_due, true, action.getDueOn()); //$NON-NLS-1$ //$NON-NLS-2$
		if (prompts.get().fill(form)) {
			save(action, form);
		}
	}

	private void save(RemedialAction action, FormDialog form) {
		action.setAction(form.text("action")); //$NON-NLS-1$
		action.setDueOn(form.dateValue("due")); //$NON-NLS-1$
		step(() -> store.records().save(action, actor.get()));
	}

	void addressed() {
		RemedialAction action = selected();
		if (action == null) {
			return;
		}
		FormDialog form = new FormDialog(table.getShell(), Messages.Actions_addressedTitle, action.getAction())
				.longText("how", Messages.Actions_howAddressed, true, action.getHowAddressed()) //$NON-NLS-1$
				.date("completed", Messages.Actions_completed, false, action.getCompletedOn() == null ? workflow.get().today() : action.getCompletedOn()) //$NON-NLS-1$
				.text("initials", Messages.Actions_initials, false, action.getInitials()); //$NON-NLS-1$
		if (prompts.get().fill(form)) {
			step(() -> workflow.get().recordAddressed(action, form.text("how"), form.dateValue("completed"), form.text("initials"), actor.get())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
	}

	void followUp() {
		RemedialAction action = selected();
		if (action == null) {
			return;
		}
		FormDialog form = new FormDialog(table.getShell(), Messages.Actions_followUpTitle, action.getAction())
				.flag("done", Messages.Actions_wasDone, action.getCompletedOn() != null) //$NON-NLS-1$
				.longText("outcome", Messages.Actions_outcome, true, null); //$NON-NLS-1$
		if (prompts.get().fill(form)) {
			step(() -> workflow.get().recordFollowUp(action, form.flagValue("done"), form.text("outcome"), actor.get())); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** Selects an action by its place in the list (tests, and keyboard users through the table). */
	void select(int index) {
		table.setSelection(index);
	}

	private RemedialAction selected() {
		int index = table.getSelectionIndex();
		if (index < 0) {
			prompts.get().refused(Messages.Actions_title, Messages.Actions_selectFirst);
			return null;
		}
		return actions.get(index);
	}

	private interface Step {
		void run() throws SaveRefusedException;
	}

	private void step(Step step) {
		int selection = table.getSelectionIndex();
		try {
			step.run();
		} catch (SaveRefusedException | StoreFailureException e) {
			prompts.get().refused(Messages.Actions_refused, e.getMessage());
		}
		refresh();
		if (selection >= 0 && selection < table.getItemCount()) {
			table.setSelection(selection);
		}
		afterChange.run();
	}
}
