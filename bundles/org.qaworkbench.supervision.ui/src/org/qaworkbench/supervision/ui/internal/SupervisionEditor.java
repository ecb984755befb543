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
 * @param <S> core's steps on it
 */
abstract class SupervisionEditor<T extends Identified, S extends Enum<S>> extends RecordEditorPart<T> {

	private Bindings<T> bindings;
	private Label said;
	private WorkflowButtons<S> buttons;
	private boolean confidential;
	private boolean amending;

	/** Whether the person signed in may see the record at all. */
	protected abstract boolean maySee(T record, StaffMember person);

	/** The tab's title, for someone who may see it. */
	protected abstract String title(T record);

	/** Builds the form's sections in {@code body}, binding fields through {@code bindings}. */
	protected abstract void form(Composite body, Bindings<T> bindings);

	/** The step enum and the buttons, in order, with their labels (an &amp; before the Alt key). */
	protected abstract Class<S> steps();

	protected abstract void addButtons(WorkflowButtons<S> buttons);

	/** The amend step, whose button starts an amendment rather than taking a step. */
	protected abstract S amendStep();

	protected abstract Set<S> availableSteps(T record, StaffMember person);

	protected abstract Optional<String> whyNot(S step, T record, StaffMember person);

	/** Whether the fields may be changed by this person now (core's answer: a draft they are party to). */
	protected abstract boolean mayChange(T record, StaffMember person);

	/** Takes a step through core and returns the record as stored. */
	protected abstract T take(S step, T record) throws SaveRefusedException;

	/** Saves through core and returns the record as stored. */
	protected abstract T saveChanges(T record) throws SaveRefusedException;

	protected abstract T amend(T record, String reason) throws SaveRefusedException;

	/** What to say after a step was taken. */
	protected abstract String done(S step, T record);

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
		ScrolledComposite scrolled = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(scrolled);
		Composite body = new Composite(scrolled, SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(8, 8).applyTo(body);
		scrolled.setContent(body);
		scrolled.setExpandHorizontal(true);
		scrolled.setExpandVertical(true);
		bindings = new Bindings<>(() -> session().record(), this::changed, this::say);
		form(body, bindings);
		FormSection section = new FormSection(body, Messages.Editor_signatures, 4);
		buttons = new WorkflowButtons<>(section.group(), steps());
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
		scrolled.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT));
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
	protected final void step(S step) {
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
			T amended = amend(record, reason.getValue());
			amending = false;
			return amended;
		}
		return saveChanges(record);
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
			buttons.hold(amendStep(), Messages.Editor_unsavedFirst);
		}
	}

	protected final void say(String message) {
		if (said != null && !said.isDisposed()) {
			said.setText(message);
			said.getParent().layout(true, true);
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
				.findFirst().ifPresentOrElse(Control::setFocus, () -> buttons.button(amendStep()).setFocus());
	}

	// For the tests.
	final boolean confidential() {
		return confidential;
	}

	final String said() {
		return said.getText();
	}

	final WorkflowButtons<S> buttons() {
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
