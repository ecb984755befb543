package org.qaworkbench.supervision.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.qaworkbench.core.Formats;
import org.qaworkbench.core.store.SaveRefusedException;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.model.SupervisionContract;
import org.qaworkbench.ui.editors.WorkflowButtons;

/**
 * Appendix A, a contract for supervision, on the kit: the parties, the council's expectations, the purposes and the
 * agreements verbatim from the form's definition, the agreed frequency (with the reasons when less frequent than the
 * policy's), the arrangements, then each party signs as themself. The review date shows, and "review due" once core
 * says it is. What may be changed and signed is core's answer.
 */
public final class ContractEditorPart extends SupervisionEditor<SupervisionContract, ContractSteps.Step> {

	private final List<String> verbatim = new ArrayList<>();
	private Combo frequency;
	private Label review;

	@Override
	protected Class<SupervisionContract> recordType() {
		return SupervisionContract.class;
	}

	@Override
	protected boolean maySee(SupervisionContract contract, StaffMember person) {
		return core().maySee(contract, person);
	}

	@Override
	protected String title(SupervisionContract contract) {
		return NLS.bind(Messages.Contract_title, name(contract.getSupervisee()));
	}

	@Override
	protected void form(Composite body, Bindings<SupervisionContract> bindings) {
		SupervisionContract contract = session().record();
		List<String> frequencies = core().frequencyChoices();
		new FormWording() //
				.field(ContractSteps.SUPERVISOR, Messages.Contract_supervisor, (section, label) -> section.value(label).setText(name(contract.getSupervisor())))
				.field(ContractSteps.SUPERVISEE, Messages.Contract_supervisee, (section, label) -> section.value(label).setText(name(contract.getSupervisee())))
				.field(ContractSteps.FREQUENCY, Messages.Contract_frequency, (section, label) -> {
					frequency = section.choice(label, frequencies);
					bindings.controls().add(frequency);
					frequency.addListener(SWT.Selection, event -> {
						if (!bindings.showing()) {
							core().setFrequency(session().record(), frequency.getText());
							changed();
						}
					});
					bindings.shows(() -> frequency.select(Math.max(0, frequencies.indexOf(core().frequencyOf(session().record())))));
				})
				.field(ContractSteps.REASONS, Messages.Contract_reasons,
						(section, label) -> bindings.text(section.longText(label, 2), SupervisionContract::getReasonsLessFrequent,
								SupervisionContract::setReasonsLessFrequent))
				.field(ContractSteps.PREPARATION, Messages.Contract_preparation,
						(section, label) -> bindings.text(section.longText(label, 2), SupervisionContract::getPreparation, SupervisionContract::setPreparation))
				.field(ContractSteps.STORAGE, Messages.Contract_storage,
						(section, label) -> bindings.text(section.longText(label, 2), SupervisionContract::getStorage, SupervisionContract::setStorage))
				.field(ContractSteps.SIGNED_BY_SUPERVISEE, Messages.Contract_signedBySupervisee, (section, label) -> {
					Label value = section.value(label);
					bindings.shows(() -> value.setText(signed(session().record().getSignedBySuperviseeOn())));
				}).field(ContractSteps.SIGNED_BY_SUPERVISOR, Messages.Contract_signedBySupervisor, (section, label) -> {
					Label value = section.value(label);
					bindings.shows(() -> value.setText(signed(session().record().getSignedBySupervisorOn())));
				}).field(ContractSteps.REVIEW, Messages.Contract_review, (section, label) -> {
					review = section.value(label);
					bindings.shows(this::showReview);
				}).build(body, core().definition(contract), verbatim::add);
	}

	private void showReview() {
		SupervisionContract contract = session().record();
		String on = contract.getReviewOn() == null ? Messages.Contract_reviewOnceSigned : Formats.date(contract.getReviewOn());
		boolean due = core().reviewDue(contract);
		review.setText(due ? NLS.bind(Messages.Contract_reviewDue, on) : on);
		review.setForeground(due ? review.getDisplay().getSystemColor(SWT.COLOR_RED) : null);
	}

	private static String signed(java.time.LocalDate on) {
		return on == null ? Messages.Editor_notSigned : Formats.date(on);
	}

	@Override
	protected Class<ContractSteps.Step> steps() {
		return ContractSteps.Step.class;
	}

	@Override
	protected void addButtons(WorkflowButtons<ContractSteps.Step> buttons) {
		buttons.add(ContractSteps.Step.SIGN_AS_SUPERVISEE, Messages.Editor_signAsSupervisee, () -> step(ContractSteps.Step.SIGN_AS_SUPERVISEE));
		buttons.add(ContractSteps.Step.SIGN_AS_SUPERVISOR, Messages.Editor_signAsSupervisor, () -> step(ContractSteps.Step.SIGN_AS_SUPERVISOR));
		buttons.add(ContractSteps.Step.AMEND, Messages.Editor_amend, this::startAmending);
	}

	@Override
	protected ContractSteps.Step amendStep() {
		return ContractSteps.Step.AMEND;
	}

	@Override
	protected Set<ContractSteps.Step> availableSteps(SupervisionContract contract, StaffMember person) {
		return core().availableSteps(contract, person);
	}

	@Override
	protected Optional<String> whyNot(ContractSteps.Step step, SupervisionContract contract, StaffMember person) {
		return core().whyNot(step, contract, person);
	}

	@Override
	protected boolean mayChange(SupervisionContract contract, StaffMember person) {
		return core().mayChange(contract, person);
	}

	@Override
	protected SupervisionContract take(ContractSteps.Step step, SupervisionContract contract) throws SaveRefusedException {
		return core().take(step, contract, actor());
	}

	@Override
	protected SupervisionContract saveChanges(SupervisionContract contract) throws SaveRefusedException {
		return core().save(contract, actor());
	}

	@Override
	protected SupervisionContract amend(SupervisionContract contract, String reason) throws SaveRefusedException {
		return core().amend(contract, reason, actor());
	}

	@Override
	protected String done(ContractSteps.Step step, SupervisionContract contract) {
		return NLS.bind(Messages.Contract_signed, name(person()), name(contract.getSupervisee()));
	}

	/** Core's contract rules, on the application's clock as it is now (a test moves it). */
	private ContractSteps core() {
		return new ContractSteps(store(), clock());
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
