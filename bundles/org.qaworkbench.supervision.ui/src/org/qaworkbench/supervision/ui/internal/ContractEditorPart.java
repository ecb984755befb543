package org.qaworkbench.supervision.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.qaworkbench.core.Formats;
import org.qaworkbench.core.store.SaveRefusedException;
import org.qaworkbench.core.store.NotPermittedException;
import org.qaworkbench.core.supervision.SupervisionForm;
import org.qaworkbench.core.supervision.SupervisionForms;
import org.qaworkbench.core.supervision.SupervisionPolicy;
import org.qaworkbench.core.supervision.SupervisionWorkflow;
import org.qaworkbench.core.supervision.SupervisionWorkflow.Step;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.model.SupervisionContract;
import org.qaworkbench.ui.editors.RecordEditors;
import org.qaworkbench.ui.editors.WorkflowButtons;

/**
 * Appendix A, a contract for supervision, on the kit: the parties, the council's expectations, the purposes and the
 * agreements verbatim from the form's definition, the agreed frequency (with the reasons when less frequent than the
 * policy's), the arrangements, then each party signs as themself. The review date shows, and "review due" once core
 * says it is. What may be changed and signed is core's answer.
 */
public final class ContractEditorPart extends SupervisionEditor<SupervisionContract> {

	/** Items of the contract form where the record's own fields go, beside the ids core names. */
	private static final String PREPARATION = "preparation"; //$NON-NLS-1$
	private static final String STORAGE = "storage"; //$NON-NLS-1$
	private static final String SIGNED_BY_SUPERVISEE = "signed-by-supervisee"; //$NON-NLS-1$
	private static final String SUPERVISEE_DATE = "supervisee-date"; //$NON-NLS-1$
	private static final String SIGNED_BY_SUPERVISOR = "signed-by-supervisor"; //$NON-NLS-1$
	private static final String SUPERVISOR_DATE = "supervisor-date"; //$NON-NLS-1$

	private final List<String> verbatim = new ArrayList<>();
	private Combo frequency;
	private Label review;

	@Override
	protected Class<SupervisionContract> recordType() {
		return SupervisionContract.class;
	}

	@Override
	protected String title(SupervisionContract contract) {
		return NLS.bind(Messages.Contract_title, name(contract.getSupervisee()));
	}

	@Override
	protected void form(Composite body, Bindings<SupervisionContract> bindings) {
		SupervisionContract contract = session().record();
		List<String> frequencies = frequencyChoices();
		new FormWording() //
				.field(SupervisionForm.SUPERVISOR, Messages.Contract_supervisor, (section, label) -> section.value(label).setText(name(contract.getSupervisor())))
				.field(SupervisionForm.SUPERVISEE, Messages.Contract_supervisee, (section, label) -> section.value(label).setText(name(contract.getSupervisee())))
				.field(SupervisionForm.FREQUENCY, Messages.Contract_frequency, (section, label) -> {
					frequency = section.choice(label, frequencies);
					bindings.controls().add(frequency);
					frequency.addListener(SWT.Selection, event -> {
						if (!bindings.showing()) {
							setFrequency(session().record(), frequency.getText());
							changed();
						}
					});
					// As the grade in the observation editor: a label's first letter or digit chooses it ("m" monthly, "8" 8-weekly).
					frequency.addListener(SWT.KeyDown, event -> {
						for (int i = 0; i < frequencies.size() && frequency.isEnabled(); i++) {
							if (Character.toLowerCase(frequencies.get(i).charAt(0)) == Character.toLowerCase(event.character)) {
								frequency.select(i);
								frequency.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
								event.doit = false;
								return;
							}
						}
					});
					bindings.shows(() -> frequency.select(Math.max(0, frequencies.indexOf(frequencyOf(session().record())))));
				})
				.field(SupervisionForm.REASONS_LESS_FREQUENT, Messages.Contract_reasons,
						(section, label) -> bindings.text(section.longText(label, 2), SupervisionContract::getReasonsLessFrequent,
								SupervisionContract::setReasonsLessFrequent))
				.field(PREPARATION, Messages.Contract_preparation,
						(section, label) -> bindings.text(section.longText(label, 2), SupervisionContract::getPreparation, SupervisionContract::setPreparation))
				.field(STORAGE, Messages.Contract_storage,
						(section, label) -> bindings.text(section.longText(label, 2), SupervisionContract::getStorage, SupervisionContract::setStorage))
				.field(SIGNED_BY_SUPERVISEE, Messages.Contract_signedBySupervisee, (section, label) -> {
					Label value = section.value(label);
					bindings.shows(() -> value.setText(session().record().getSignedBySuperviseeOn() == null ? Messages.Editor_notSigned : name(contract.getSupervisee())));
				}).field(SUPERVISEE_DATE, Messages.Contract_date, (section, label) -> {
					Label value = section.value(label);
					bindings.shows(() -> value.setText(Formats.date(session().record().getSignedBySuperviseeOn())));
				}).field(SIGNED_BY_SUPERVISOR, Messages.Contract_signedBySupervisor, (section, label) -> {
					Label value = section.value(label);
					bindings.shows(() -> value.setText(session().record().getSignedBySupervisorOn() == null ? Messages.Editor_notSigned : name(contract.getSupervisor())));
				}).field(SUPERVISOR_DATE, Messages.Contract_date, (section, label) -> {
					Label value = section.value(label);
					bindings.shows(() -> value.setText(Formats.date(session().record().getSignedBySupervisorOn())));
				}).field(SupervisionForm.REVIEW, Messages.Contract_review, (section, label) -> {
					review = section.value(label);
					bindings.shows(this::showReview);
				}).build(body, definition(contract, SupervisionForms.CONTRACT), verbatim::add);
	}

	private void showReview() {
		SupervisionContract contract = session().record();
		String on = contract.getReviewOn() == null ? Messages.Contract_reviewOnceSigned : Formats.date(contract.getReviewOn());
		boolean due = SupervisionWorkflow.reviewIsDue(contract, today());
		review.setText(due ? NLS.bind(Messages.Contract_reviewDue, on) : on);
		review.setForeground(due ? review.getDisplay().getSystemColor(SWT.COLOR_RED) : null);
	}

	@Override
	protected void addButtons(WorkflowButtons<Step> buttons) {
		buttons.add(Step.SIGN_AS_SUPERVISEE, Messages.Editor_signAsSupervisee, () -> step(Step.SIGN_AS_SUPERVISEE));
		buttons.add(Step.SIGN_AS_SUPERVISOR, Messages.Editor_signAsSupervisor, () -> step(Step.SIGN_AS_SUPERVISOR));
		buttons.add(Step.AMEND, Messages.Editor_amend, this::startAmending);
		buttons.add(Step.SUPERSEDE, Messages.Contract_supersede, this::supersede);
	}

	/** A new contract in place of this signed one (its review is due, or the arrangements changed); this one stays readable. */
	private void supersede() {
		try {
			SupervisionContract next = supervision().supersede(session().record(), actor());
			RecordEditors.open(next, part().getContext().get(MApplication.class), part().getContext().get(EModelService.class),
					part().getContext().get(EPartService.class));
		} catch (SaveRefusedException e) {
			say(e.getMessage());
		}
	}

	@Override
	protected String done(Step step, SupervisionContract contract) {
		return NLS.bind(Messages.Contract_signed, name(person()), name(contract.getSupervisee()));
	}

	/** The frequencies the installed policy offers (data), as labels; none without a policy. */
	private List<String> frequencyChoices() {
		try {
			return supervision().policy().frequencies().stream().map(SupervisionPolicy.Frequency::label).toList();
		} catch (NotPermittedException noPolicy) {
			return List.of();
		}
	}

	private String frequencyOf(SupervisionContract contract) {
		try {
			return supervision().policy().label(contract.getFrequencyPeriod());
		} catch (NotPermittedException noPolicy) {
			return ""; //$NON-NLS-1$
		}
	}

	/** The period of the frequency chosen by its label, as the policy has it. */
	private void setFrequency(SupervisionContract contract, String label) {
		try {
			supervision().policy().frequencies().stream().filter(frequency -> frequency.label().equals(label)).findFirst()
					.ifPresent(frequency -> contract.setFrequencyPeriod(frequency.interval().iso()));
		} catch (NotPermittedException noPolicy) {
			say(noPolicy.getMessage());
		}
	}

	// For the tests.
	Combo frequency() {
		return frequency;
	}

	List<String> verbatim() {
		return verbatim;
	}

	String review() {
		return review.getText();
	}
}
