package org.qaworkbench.supervision.ui.internal;

import java.util.Optional;
import java.util.Set;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.qaworkbench.core.store.InvalidRecordException;
import org.qaworkbench.core.store.NotPermittedException;
import org.qaworkbench.core.store.SaveRefusedException;
import org.qaworkbench.core.supervision.Supervision;
import org.qaworkbench.core.supervision.SupervisionForm;
import org.qaworkbench.core.supervision.SupervisionForms;
import org.qaworkbench.core.supervision.SupervisionWorkflow.Step;
import org.qaworkbench.model.Identified;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.ui.editors.FormSection;
import org.qaworkbench.ui.editors.RecordEditorPart;
import org.qaworkbench.ui.editors.RecordSession;
import org.qaworkbench.ui.editors.WorkflowButtons;

/**
 * What the three supervision editors share on top of the kit: a person who may not see the record sees nothing of it
 * (not even whom it is about); the form scrolls; a line says what happened; the signing steps are buttons offered as
 * core answers; once signed the form is locked and Amend asks for a reason, then Ctrl+S stores the amendment. Each
 * editor builds its form and answers the core questions for its record type.
 *
 * @param <T> the record
 */
abstract class SupervisionEditor<T extends Identified> extends RecordEditorPart<T> {

	private Bindings<T> bindings;
	private Label said;
	private ScrolledComposite scrolled;
	private Composite body;
	private WorkflowButtons<Step> buttons;
	private boolean confidential;
	private boolean amending;

	/** The tab's title, for someone who may see it. */
	protected abstract String title(T record);

	/** Builds the form's sections in {@code body}, binding fields through {@code bindings}. */
	protected abstract void form(Composite body, Bindings<T> bindings);

	/** The buttons of the steps, in order, with their labels (an &amp; before the Alt key). */
	protected abstract void addButtons(WorkflowButtons<Step> buttons);

	/** What to say after a step was taken. */
	protected abstract String done(Step step, T record);

	/** Core's supervision, on the application's clock as it is now (a test moves it). */
	protected final Supervision supervision() {
		return new Supervision(store(), clock());
	}

	/**
	 * The form the record was written to, as stored with it; for a record that has none stored (written before forms
	 * were versioned), the newest form of its kind, so its fixed wording still shows.
	 */
	protected final org.qaworkbench.model.ChecklistDefinition definition(T record, String definitionId) {
		return supervision().formOf(record).or(() -> SupervisionForms.newest(definitionId)).map(SupervisionForm::definition).orElse(null);
	}

	private boolean maySee(T record, StaffMember person) {
		return supervision().access().maySee(record, person);
	}

	private Set<Step> availableSteps(T record, StaffMember person) {
		try {
			return supervision().workflow().availableSteps(record, person);
		} catch (NotPermittedException noPolicy) {
			return Set.of();
		}
	}

	private Optional<String> whyNot(Step step, T record, StaffMember person) {
		try {
			return supervision().workflow().whyNot(step, record, person);
		} catch (NotPermittedException noPolicy) {
			return Optional.of(noPolicy.getMessage());
		}
	}

	/** Whether the fields may be changed by this person now: core's answer (a draft they are party to). */
	private boolean mayChange(T record, StaffMember person) {
		try {
			return person != null && supervision().workflow().whyNotEdit(record, person).isEmpty();
		} catch (NotPermittedException noPolicy) {
			return false;
		}
	}

	/** Takes a step through core and returns the record as stored (signing; the contract's editor adds superseding). */
	protected T take(Step step, T record) throws SaveRefusedException {
		return supervision().sign(record, actor());
	}

	@Override
	protected final void createContents(Composite parent, RecordSession<T> session) {
		GridLayoutFactory.fillDefaults().applyTo(parent);
		T record = session.record();
		if (!maySee(record, person())) {
			// Confidential: not even whom it is about.
			confidential = true;
			part().setLabel(Messages.Editor_confidential);
			said = new Label(parent, SWT.WRAP);
			said.setText(Messages.Editor_notYours);
			return;
		}
		part().setLabel(title(record));
		scrolled = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(scrolled);
		Composite body = new Composite(scrolled, SWT.NONE);
		this.body = body;
		GridLayoutFactory.swtDefaults().margins(8, 8).applyTo(body);
		scrolled.setContent(body);
		scrolled.setExpandHorizontal(true);
		scrolled.setExpandVertical(true);
		bindings = new Bindings<>(() -> session().record(), this::changed, this::say);
		form(body, bindings);
		FormSection section = new FormSection(body, Messages.Editor_signatures, 4);
		buttons = new WorkflowButtons<>(section.group(), Step.class);
		addButtons(buttons);
		said = messageLine(body);
		said.setText(session.restoredMessage());
		session.setSaver(this::saveAsAllowed);
		session.onInvalid(invalid -> say(problems(invalid)));
		session.onStored(saved -> {
			followStored();
			show();
		});
		show();
		// Keep the field with the keyboard in sight as Tab moves through a long form.
		org.eclipse.swt.widgets.Listener inSight = event -> {
			if (event.widget instanceof Control control && !body.isDisposed() && !control.isDisposed() && isWithin(control, body)) {
				scrolled.showControl(control);
			}
		};
		body.getDisplay().addFilter(SWT.FocusIn, inSight);
		body.addListener(SWT.Dispose, event -> event.display.removeFilter(SWT.FocusIn, inSight));
		scrolled.addListener(SWT.Resize, event -> fitToWidth());
		fitToWidth();
	}

	/**
	 * Lays the form out at the editor's width: wrapping text (the message line, long wording) wraps there instead of
	 * widening the form, so only what cannot be narrower ever scrolls sideways. Called again when the form grows.
	 */
	protected final void fitToWidth() {
		if (scrolled == null || scrolled.isDisposed()) {
			return;
		}
		body.layout(true, true);
		// Twice at most: the height found may bring the vertical bar, which takes its width from the form's.
		for (int pass = 0; pass < 2; pass++) {
			boolean barBefore = scrolled.getVerticalBar() != null && scrolled.getVerticalBar().getVisible();
			int width = formWidth();
			scrolled.setMinSize(body.computeSize(width > 0 ? width : SWT.DEFAULT, SWT.DEFAULT));
			boolean barAfter = scrolled.getVerticalBar() != null && scrolled.getVerticalBar().getVisible();
			if (barBefore == barAfter) {
				break;
			}
		}
	}

	/** The width the form has beside the vertical bar, as the scrolled composite reckons it (overlay bars included). */
	private int formWidth() {
		int width = scrolled.getClientArea().width;
		org.eclipse.swt.widgets.ScrollBar bar = scrolled.getVerticalBar();
		if (bar != null && bar.getVisible()) {
			width = Math.min(width, scrolled.getBounds().width - 2 * scrolled.getBorderWidth() - bar.getSize().x);
		}
		return width;
	}

	private static boolean isWithin(Control control, Composite body) {
		for (Control at = control; at != null; at = at.getParent()) {
			if (at == body) {
				return true;
			}
		}
		return false;
	}

	/** Called by a button of a step other than amend. */
	protected final void step(Step step) {
		try {
			T next = take(step, session().record());
			session().stored(next);
			say(done(step, next));
		} catch (InvalidRecordException e) {
			say(problems(e));
		} catch (SaveRefusedException e) {
			say(e.getMessage());
		}
	}

	/** Amend: the fields open again; Ctrl+S asks why and stores the amendment. */
	protected final void startAmending() {
		amending = true;
		showEditable();
		showSteps();
		say(Messages.Editor_amending);
		focus();
	}

	private T saveAsAllowed(T record) throws SaveRefusedException {
		if (amending) {
			InputDialog reason = new InputDialog(part().getContext().get(Shell.class), Messages.Editor_amendReason, Messages.Editor_amendReasonPrompt, "", //$NON-NLS-1$
					typed -> typed.isBlank() ? Messages.Editor_amendReasonPrompt : null);
			if (reason.open() != Window.OK) {
				throw new NotPermittedException(Messages.Editor_amendReasonPrompt);
			}
			T amended = supervision().amend(record, reason.getValue(), actor());
			amending = false;
			return amended;
		}
		return supervision().save(record, actor());
	}

	protected final void changed() {
		String notStored = session().changed();
		if (notStored != null) {
			say(notStored);
		}
		showSteps();
	}

	/** Shows the record as it is in the session: values, whether this person may change it, the steps they may take. */
	protected final void show() {
		bindings.show();
		showEditable();
		showSteps();
	}

	private void showEditable() {
		bindings.editable(amending || mayChange(session().record(), person()));
	}

	private void showSteps() {
		StaffMember person = person();
		T record = session().record();
		buttons.show(person == null ? Set.of() : availableSteps(record, person), step -> person == null ? Optional.of(Messages.Editor_notStaff) : whyNot(step, record, person));
		if (amending) {
			buttons.hold(Step.AMEND, Messages.Editor_unsavedFirst);
		}
	}

	protected final void say(String message) {
		if (said != null && !said.isDisposed()) {
			said.setText(message);
			fitToWidth();
		}
	}

	protected static String problems(InvalidRecordException invalid) {
		return String.join(" ", invalid.problems().stream().map(InvalidRecordException.Problem::message).toList()); //$NON-NLS-1$
	}

	protected final StaffMember person() {
		return signedIn().staff().orElse(null);
	}

	protected final String name(StaffMember member) {
		return member == null ? "" : store().records().resolve(member).map(StaffMember::getName).orElse(""); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	protected final void personChanged() {
		if (!confidential) {
			showEditable();
			showSteps();
		}
	}

	@Override
	public void focus() {
		if (confidential || bindings == null) {
			return;
		}
		bindings.controls().stream().filter(control -> control instanceof org.eclipse.swt.widgets.Text text ? text.getEditable() : control.isEnabled())
				.findFirst().ifPresentOrElse(Control::setFocus, () -> buttons.button(Step.AMEND).setFocus());
	}

	// For the tests.
	final boolean confidential() {
		return confidential;
	}

	final String said() {
		return said.getText();
	}

	/** The scrolled form, for the tests (sideways scrolling). */
	ScrolledComposite scrolled() {
		return scrolled;
	}

	final WorkflowButtons<Step> buttons() {
		return buttons;
	}

	final java.util.List<Control> fields() {
		return bindings == null ? java.util.List.of() : bindings.controls();
	}

	final T record() {
		return session().record();
	}

	final boolean amending() {
		return amending;
	}
}
