package org.qaworkbench.supervision.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.qaworkbench.core.store.SaveRefusedException;
import org.qaworkbench.core.supervision.SupervisionForm;
import org.qaworkbench.core.supervision.SupervisionForms;
import org.qaworkbench.core.supervision.SupervisionWorkflow.Step;
import org.qaworkbench.model.AgreedAction;
import org.qaworkbench.model.Case;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.QaPackage;
import org.qaworkbench.model.CaseworkSupervision;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.ui.editors.RecordEditors;
import org.qaworkbench.ui.editors.WorkflowButtons;

/**
 * The proposed casework supervision form for one child, on the kit, laid out from its definition: date, team
 * manager, practitioner, case status, child and case number, then the prompts, filled from the case's key dates where
 * it has them (core fills them when the record is started). It belongs to the case. Several cases in one sitting:
 * Alt+X signs this one (or saves it when the person may not sign) and opens the next case of the sitting, with the
 * keyboard in its first field.
 */
public final class CaseworkEditorPart extends SupervisionEditor<CaseworkSupervision> {

	private Composite actions;
	private Bindings<CaseworkSupervision> parent;
	private Bindings<CaseworkSupervision> actionRows;
	private Button addAction;
	private Button next;
	private final List<Text> actionTexts = new ArrayList<>();

	@Override
	protected Class<CaseworkSupervision> recordType() {
		return CaseworkSupervision.class;
	}

	@Override
	protected String title(CaseworkSupervision record) {
		return NLS.bind(Messages.Casework_title, record.getCaseNumber());
	}

	@Override
	protected void form(Composite body, Bindings<CaseworkSupervision> bindings) {
		parent = bindings;
		CaseworkSupervision record = session().record();
		new FormWording() //
				.field(SupervisionForm.DATE, Messages.Casework_heldOn,
						(section, label) -> bindings.date(section.date(label), label, CaseworkSupervision::getHeldOn, CaseworkSupervision::setHeldOn))
				.field(SupervisionForm.TEAM_MANAGER, Messages.Casework_manager, (section, label) -> section.value(label).setText(name(record.getSupervisor())))
				.field(SupervisionForm.PRACTITIONER, Messages.Casework_practitioner, (section, label) -> section.value(label).setText(name(record.getWorker())))
				.field(SupervisionForm.CASE_STATUS, Messages.Casework_status,
						(section, label) -> section.value(label).setText(record.getCaseStatus() == null ? "" : record.getCaseStatus().getLiteral())) //$NON-NLS-1$
				.field(SupervisionForm.CHILD, Messages.Casework_child, (section, label) -> section.value(label).setText(childOf(record)))
				.field(SupervisionForm.CASE_NUMBER, Messages.Casework_caseNumber, (section, label) -> section.value(label).setText(record.getCaseNumber()))
				.field(SupervisionForm.PURPOSE, Messages.Casework_purpose,
						(section, label) -> bindings.text(section.longText(label, 2), CaseworkSupervision::getPurposeOfInvolvement,
								CaseworkSupervision::setPurposeOfInvolvement))
				.field(SupervisionForm.REVIEW_OF_ACTIONS, Messages.Casework_reviewOfActions,
						(section, label) -> bindings.text(section.longText(label, 2), CaseworkSupervision::getReviewOfActions, CaseworkSupervision::setReviewOfActions))
				.field(SupervisionForm.LAST_ASSESSMENT, Messages.Casework_lastAssessment,
						(section, label) -> bindings.date(section.date(label), label, CaseworkSupervision::getLastAssessmentOn,
								CaseworkSupervision::setLastAssessmentOn))
				.field(SupervisionForm.CHILD_LAST_SEEN, Messages.Casework_lastSeen,
						(section, label) -> bindings.date(section.date(label), label, CaseworkSupervision::getChildLastSeenOn,
								CaseworkSupervision::setChildLastSeenOn))
				.field(SupervisionForm.WHAT_HAS_HAPPENED, Messages.Casework_since,
						(section, label) -> bindings.text(section.longText(label, 2), CaseworkSupervision::getWhatHasHappened, CaseworkSupervision::setWhatHasHappened))
				.field(SupervisionForm.SUPPORT_PLAN, Messages.Casework_plan, (section, label) -> {
					bindings.check(section.check(label), CaseworkSupervision::isSupportPlanUpToDate, CaseworkSupervision::setSupportPlanUpToDate);
					bindings.text(section.longText(Messages.Casework_smart, 2), CaseworkSupervision::getSmartPlan, CaseworkSupervision::setSmartPlan);
				})
				.field(SupervisionForm.WISHES_AND_FEELINGS, Messages.Casework_wishes,
						(section, label) -> bindings.text(section.longText(label, 2), CaseworkSupervision::getWishesAndFeelings, CaseworkSupervision::setWishesAndFeelings))
				.field(SupervisionForm.POSITIVE_CHANGE, Messages.Casework_change,
						(section, label) -> bindings.text(section.longText(label, 2), CaseworkSupervision::getPositiveChange, CaseworkSupervision::setPositiveChange))
				.field(SupervisionForm.RISK, Messages.Casework_risk,
						(section, label) -> bindings.text(section.longText(label, 2), CaseworkSupervision::getRiskAnalysis, CaseworkSupervision::setRiskAnalysis))
				.field(SupervisionForm.STRENGTHS, Messages.Casework_strengths,
						(section, label) -> bindings.text(section.longText(label, 2), CaseworkSupervision::getStrengths, CaseworkSupervision::setStrengths))
				.field(SupervisionForm.ACTIONS, Messages.Casework_actions, (section, label) -> {
					section.label(label);
					actions = new Composite(section.group(), SWT.NONE);
					GridDataFactory.fillDefaults().grab(true, false).applyTo(actions);
					actionRows = bindings.nested();
					buildActions();
					section.label(""); //$NON-NLS-1$
					addAction = new Button(section.group(), SWT.PUSH);
					addAction.setText(Messages.Casework_addAction);
					addAction.addListener(SWT.Selection, event -> addAction());
					bindings.shows(() -> actionRows.show());
					bindings.onEditable(editable -> {
						actionRows.editable(editable);
						addAction.setEnabled(editable);
					});
				}).build(body, definition(record, SupervisionForms.CASEWORK), wording -> {
				});
	}

	/** The agreed actions: what, who, by when. */
	private void buildActions() {
		for (Control child : actions.getChildren()) {
			child.dispose();
		}
		actionTexts.clear();
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(actions);
		for (String heading : List.of(Messages.Casework_action, Messages.Casework_who, Messages.Casework_when)) {
			new Label(actions, SWT.NONE).setText(heading);
		}
		List<AgreedAction> agreed = session().record().getActions();
		for (int i = 0; i < agreed.size(); i++) {
			int index = i;
			Text action = new Text(actions, SWT.BORDER);
			GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(action);
			actionRows.text(action, r -> r.getActions().get(index).getAction(), (r, value) -> r.getActions().get(index).setAction(value));
			actionTexts.add(action);
			Text who = new Text(actions, SWT.BORDER);
			GridDataFactory.fillDefaults().hint(140, SWT.DEFAULT).applyTo(who);
			actionRows.text(who, r -> r.getActions().get(index).getByWhom(), (r, value) -> r.getActions().get(index).setByWhom(value));
			Text when = new Text(actions, SWT.BORDER);
			when.setMessage(Messages.Casework_datePrompt);
			GridDataFactory.fillDefaults().hint(100, SWT.DEFAULT).applyTo(when);
			actionRows.date(when, Messages.Casework_when, r -> r.getActions().get(index).getDueOn(), (r, value) -> r.getActions().get(index).setDueOn(value));
		}
	}

	/** Alt+A: another agreed action, the keyboard in it. */
	private void addAction() {
		session().record().getActions().add(QaFactory.eINSTANCE.createAgreedAction());
		actionRows = parent.nested();
		buildActions();
		actionRows.show();
		actionRows.editable(true);
		changed();
		fitToWidth();
		actionTexts.get(actionTexts.size() - 1).setFocus();
	}

	@Override
	protected void addButtons(WorkflowButtons<Step> buttons) {
		buttons.add(Step.SIGN_AS_SUPERVISOR, Messages.Casework_sign, () -> step(Step.SIGN_AS_SUPERVISOR));
		buttons.add(Step.AMEND, Messages.Editor_amend, this::startAmending);
		next = new Button(buttons.button(Step.SIGN_AS_SUPERVISOR).getParent(), SWT.PUSH);
		next.setText(Messages.Casework_next);
		next.addListener(SWT.Selection, event -> signAndNext());
	}

	/**
	 * Alt+X: signs this record when the person may (else saves it), then opens the sitting's next case with the
	 * keyboard in its first field; nothing moves on when the record could not be kept.
	 */
	private void signAndNext() {
		CaseworkSupervision record = session().record();
		StaffMember person = person();
		boolean signs = person != null && buttons().button(Step.SIGN_AS_SUPERVISOR).isEnabled();
		if (signs) {
			step(Step.SIGN_AS_SUPERVISOR);
			if (session().record().getState() != org.qaworkbench.model.SupervisionState.SIGNED) {
				return; // why not is said
			}
		} else if (!session().save()) {
			return;
		}
		Optional<String> nextCase = CaseworkSitting.next(record.getCaseNumber());
		if (nextCase.isEmpty()) {
			say(Messages.Casework_sittingDone);
			return;
		}
		try {
			Case next = store().records().where(Case.class, QaPackage.Literals.CASE__CASE_NUMBER, nextCase.get()).stream().findFirst().orElseThrow();
			CaseworkSupervision started = supervision().startCasework(next, today(), actor());
			EPartService parts = part().getContext().get(EPartService.class);
			RecordEditors.open(started, part().getContext().get(MApplication.class), part().getContext().get(EModelService.class), parts);
			parts.hidePart(part(), true);
		} catch (SaveRefusedException e) {
			say(e.getMessage());
		}
	}

	@Override
	protected String done(Step step, CaseworkSupervision record) {
		return NLS.bind(Messages.Casework_signedBy, name(person()), record.getCaseNumber());
	}

	/** The child's name, from the case: shown, never copied into the supervision record. */
	private String childOf(CaseworkSupervision record) {
		return store().records().where(Case.class, QaPackage.Literals.CASE__CASE_NUMBER, record.getCaseNumber()).stream().findFirst()
				.map(Case::getChild).map(child -> child.getName() == null ? "" : child.getName()).orElse(""); //$NON-NLS-1$ //$NON-NLS-2$
	}


	// For the tests.
	Button nextButton() {
		return next;
	}

	List<Text> actionTexts() {
		return actionTexts;
	}

	Button addActionButton() {
		return addAction;
	}
}
