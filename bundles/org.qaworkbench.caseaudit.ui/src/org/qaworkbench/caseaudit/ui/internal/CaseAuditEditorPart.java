package org.qaworkbench.caseaudit.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;

import jakarta.inject.Inject;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.qaworkbench.audits.AuditPdf;
import org.qaworkbench.core.Formats;
import org.qaworkbench.core.audits.AuditWorkflow;
import org.qaworkbench.core.audits.AuditWorkflow.Step;
import org.qaworkbench.core.audits.Staff;
import org.qaworkbench.core.audits.evidence.CaseEvidence;
import org.qaworkbench.core.audits.evidence.Evidence;
import org.qaworkbench.core.audits.evidence.TimescaleRegistry;
import org.qaworkbench.core.store.InvalidRecordException;
import org.qaworkbench.core.store.SaveRefusedException;
import org.qaworkbench.core.store.StoreFailureException;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.AssessmentState;
import org.qaworkbench.model.AuditKind;
import org.qaworkbench.model.AuditTheme;
import org.qaworkbench.model.Case;
import org.qaworkbench.model.Level;
import org.qaworkbench.model.Scale;
import org.qaworkbench.model.SignOff;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.ui.editors.ExportsPdf;
import org.qaworkbench.ui.editors.FormDialog;
import org.qaworkbench.ui.editors.FormSection;
import org.qaworkbench.ui.editors.PdfExport;
import org.qaworkbench.ui.editors.Prompts;
import org.qaworkbench.ui.editors.RecordEditorPart;
import org.qaworkbench.ui.editors.RecordSession;
import org.qaworkbench.ui.editors.WorkflowButtons;
import org.qaworkbench.ui.internal.StatusLine;
import org.qaworkbench.ui.internal.editor.ChecklistEditor;

/**
 * The team leader's case file audit: the questions of the case audit tool (header pre-filled from the case record,
 * evidence from its key dates beside the questions), the kind of audit, the overall judgement beside the computed
 * suggestion, remedial actions, and the audit's workflow from draft to closed, with amendments once it is signed
 * off. Every step is the {@link AuditWorkflow}'s, so the roles and the lock hold whatever this editor shows: its
 * buttons are the steps the workflow offers the person signed in, each saying why not when it is not offered.
 * Lifecycle, saving and drafts are the editor kit's ({@link RecordEditorPart}).
 */
public final class CaseAuditEditorPart extends RecordEditorPart<Assessment> implements ExportsPdf {

	@Inject
	private IEventBroker events;

	private ChecklistEditor editor;
	private Prompts prompts;
	private Case aCase;
	private Map<String, List<String>> evidence = Map.of();
	private List<AuditTheme> themes;
	private List<String> grades;
	private boolean amending;
	private Combo kind;
	private Combo theme;
	private Label kindNote;
	private Label suggested;
	private Combo judgement;
	private Text rationale;
	private Label moderated;
	private ActionsPanel actions;
	private Label history;
	private ScrolledComposite scrolled;
	private Composite side;
	private WorkflowButtons<Step> steps;

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
		prompts = Prompts.dialogs(parent.getShell());
		Assessment audit = session.record();
		aCase = Staff.caseOf(store().records(), audit).orElse(null);
		evidence = evidenceOf(aCase, audit);
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		Composite questions = new Composite(sash, SWT.NONE);
		editor = new ChecklistEditor(questions, session, item -> String.join("; ", evidence.getOrDefault(item.getItemId(), List.of()))); //$NON-NLS-1$
		editor.setMoreGuidance(item -> evidence.containsKey(item.getItemId())
				? NLS.bind(Messages.Editor_evidence, String.join("\n", evidence.get(item.getItemId()))) : ""); //$NON-NLS-1$ //$NON-NLS-2$
		editor.setEditable(() -> editor.assessment().getState() == AssessmentState.DRAFT || amending);
		editor.setClock(clock());
		editor.onChange(this::followStored);
		themes = store().records().list(AuditTheme.class);
		grades = grades();
		part().setLabel(NLS.bind(Messages.Editor_label, audit.getSubjectKey()));
		scrolled = new ScrolledComposite(sash, SWT.V_SCROLL | SWT.H_SCROLL);
		side = new Composite(scrolled, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(side);
		createKind(side);
		createOverall(side);
		actions = new ActionsPanel(side, store(), editor::assessment, this::actor, this::workflow, () -> prompts);
		actions.storeAuditFirst(editor::ensureStored);
		// An action addressed or followed up changes what the workflow offers (closing needs every follow-up done).
		actions.afterChange(this::refresh);
		createWorkflow(side);
		// Under the questions, always in view, rather than at the foot of the side panel.
		((org.eclipse.swt.layout.GridLayout) editor.foot().getLayout()).numColumns = 2;
		Button pdf = new Button(editor.foot(), SWT.PUSH);
		pdf.setText(Messages.Pdf_export);
		pdf.addListener(SWT.Selection, event -> exportPdf());
		scrolled.setContent(side);
		// A control reached by its key (or Tab) below the fold scrolls into view.
		scrolled.setShowFocusedControl(true);
		scrolled.setExpandHorizontal(true);
		scrolled.setExpandVertical(true);
		scrolled.setMinSize(side.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		sash.setWeights(58, 42);
		parent.setLayout(new org.eclipse.swt.layout.FillLayout());
		editor.onChange(this::refresh);
		if (editor.restoredDraft() && audit.getState() != AssessmentState.DRAFT) {
			// An amendment typed before a crash: carry on amending it.
			startAmending();
		}
		prefillHeader();
		actions.refresh();
		refresh();
	}

	/** What the case's key dates say about each question, by the timescales the checklist plugin declares. */
	private Map<String, List<String>> evidenceOf(Case subject, Assessment audit) {
		if (subject == null) {
			return Map.of();
		}
		Map<String, List<String>> lines = new java.util.LinkedHashMap<>();
		CaseEvidence.evaluate(subject, TimescaleRegistry.instance().rules(audit.getDefinitionId()), workflow().today())
				.forEach((itemId, evidence) -> lines.put(itemId, evidence.stream().map(Evidence::text).toList()));
		return lines;
	}

	private AuditWorkflow workflow() {
		return new AuditWorkflow(store(), clock());
	}

	/** A new draft takes what the case record says for the header questions it has not answered. */
	private void prefillHeader() {
		Assessment audit = editor.assessment();
		if (aCase != null && audit.getState() == AssessmentState.DRAFT && new CaseHeader(store().records()).prefill(audit, aCase, workflow().today()) > 0) {
			editor.prefilled();
		}
	}

	private void createKind(Composite side) {
		FormSection section = new FormSection(side, Messages.Kind_title);
		kind = section.choice(Messages.Kind_kind, List.of(AuditKind.PRACTITIONER.getLiteral(), AuditKind.CROSS_LOCALITY.getLiteral()));
		kind.addListener(SWT.Selection, event -> kindChosen(AuditKind.get(kind.getSelectionIndex())));
		theme = section.choice(Messages.Kind_theme, List.of());
		theme.addListener(SWT.Selection, event -> {
			editor.assessment().setTheme(theme.getText());
			editor.changed();
		});
		kindNote = section.note();
	}

	/**
	 * A cross-locality audit is never done in one's own locality: an auditor from the case's locality is warned, and
	 * going on anyway needs a reason, which the audit keeps.
	 */
	void kindChosen(AuditKind chosen) {
		Assessment audit = editor.assessment();
		String reason = null;
		if (chosen == AuditKind.CROSS_LOCALITY && fromCaseLocality()) {
			FormDialog form = new FormDialog(kind.getShell(), Messages.Kind_ownLocalityTitle, Messages.Kind_ownLocalityWarning)
					.longText("reason", Messages.Kind_ownLocalityReason, true, audit.getOwnLocalityReason()); //$NON-NLS-1$
			if (!prompts.fill(form)) {
				refresh();
				return;
			}
			reason = form.text("reason"); //$NON-NLS-1$
		}
		audit.setAuditKind(chosen);
		audit.setOwnLocalityReason(reason);
		if (chosen == AuditKind.PRACTITIONER) {
			audit.setTheme(null);
		}
		editor.changed();
	}

	private boolean fromCaseLocality() {
		Optional<StaffMember> auditor = signedIn().staff();
		return aCase != null && auditor.isPresent() && Staff.same(auditor.get().getLocality(), aCase.getLocality());
	}

	private void createOverall(Composite side) {
		FormSection section = new FormSection(side, Messages.Overall_title);
		suggested = section.value(Messages.Overall_suggested);
		judgement = section.choice(Messages.Overall_judgement, grades);
		judgement.addListener(SWT.Selection, event -> {
			String grade = judgement.getText();
			editor.assessment().setJudgement(grade.isEmpty() ? null : grade.substring(0, grade.indexOf(' ')));
			editor.changed();
		});
		rationale = section.longText(Messages.Overall_rationale, 2);
		rationale.addListener(SWT.Modify, event -> {
			if (!rationale.getText().equals(nonNull(editor.assessment().getJudgementRationale()))) {
				editor.assessment().setJudgementRationale(rationale.getText().isBlank() ? null : rationale.getText());
				editor.changed();
			}
		});
		moderated = section.note();
	}

	/** The grades the overall judgement can take: the definition's overall scale without N/A, as "2 Good". */
	private List<String> grades() {
		Scale scale = editor.definition().getScales().isEmpty() ? null : editor.definition().getScales().get(0);
		List<String> grades = new java.util.ArrayList<>(List.of("")); //$NON-NLS-1$
		if (scale != null) {
			scale.getLevels().stream().filter(level -> !level.isNotApplicable()).map(CaseAuditEditorPart::grade).forEach(grades::add);
		}
		return grades;
	}

	private static String grade(Level level) {
		return level.getValue() + " " + level.getLabel(); //$NON-NLS-1$
	}

	private String gradeLabel(String value) {
		return value == null ? "" : grades.stream().filter(grade -> grade.startsWith(value + " ")).findFirst().orElse(value); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private void createWorkflow(Composite side) {
		FormSection section = new FormSection(side, Messages.Workflow_title, 3);
		steps = new WorkflowButtons<>(section.group(), Step.class);
		steps.add(Step.COMPLETE, Messages.Workflow_complete, this::complete);
		steps.add(Step.MODERATE, Messages.Workflow_moderate, this::moderate);
		steps.add(Step.SHARE, Messages.Workflow_share, this::share);
		steps.add(Step.RESPOND, Messages.Workflow_respond, this::respond);
		steps.add(Step.CLOSE, Messages.Workflow_close, this::close);
		steps.add(Step.AMEND, Messages.Workflow_amend, this::amendOrSave);
		history = section.note();
	}

	/** Shows the audit as it is now: kind, overall, actions, sign-offs, and which steps can be taken. */
	private void refresh() {
		Assessment audit = editor.assessment();
		boolean editable = editor.isEditable();
		kind.select(audit.getAuditKind() == null ? 0 : audit.getAuditKind().getValue());
		kind.setEnabled(editable);
		List<String> offered = themes.stream().filter(t -> !t.isRetired() || t.getName().equals(audit.getTheme())).map(AuditTheme::getName).toList();
		if (!offered.equals(List.of(theme.getItems()))) {
			theme.setItems(offered.toArray(String[]::new));
		}
		theme.select(offered.indexOf(audit.getTheme()));
		theme.setEnabled(editable && audit.getAuditKind() == AuditKind.CROSS_LOCALITY);
		kindNote.setText(audit.getOwnLocalityReason() == null ? "" : NLS.bind(Messages.Kind_ownLocalityRecorded, audit.getOwnLocalityReason())); //$NON-NLS-1$
		Optional<String> computed = editor.scores().overall().map(ChecklistEditor::shown);
		suggested.setText(computed.orElse(Messages.Overall_notYet));
		judgement.select(Math.max(0, grades.indexOf(gradeLabel(audit.getJudgement()))));
		judgement.setEnabled(editable);
		if (!rationale.getText().equals(nonNull(audit.getJudgementRationale()))) {
			rationale.setText(nonNull(audit.getJudgementRationale()));
		}
		rationale.setEditable(editable);
		moderated.setText(audit.getState().getValue() < AssessmentState.MODERATED_VALUE ? "" //$NON-NLS-1$
				: audit.getModeratedJudgement() == null ? Messages.Overall_moderatorAgreed
						: NLS.bind(Messages.Overall_moderatorChanged, gradeLabel(audit.getModeratedJudgement()), audit.getModerationReason()));
		showSteps(audit);
		history.setText(history(audit));
		// Scroll rather than squeeze the panels when the sign-offs grow or the window is small.
		scrolled.setMinSize(side.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		side.layout(true, true);
	}

	/** The steps the workflow offers the person signed in; while an amendment is on screen, only saving it. */
	private void showSteps(Assessment audit) {
		AuditWorkflow workflow = workflow();
		try {
			steps.show(workflow.availableSteps(audit, actor()), step -> workflow.whyNot(step, audit, actor()));
		} catch (StoreFailureException e) {
			// The server is away (a failed save has said so): no step can be taken now, and each button says why.
			steps.show(java.util.Set.of(), step -> Optional.of(e.getMessage()));
		}
		if (amending) {
			for (Step step : List.of(Step.COMPLETE, Step.MODERATE, Step.SHARE, Step.RESPOND, Step.CLOSE)) {
				steps.hold(step, Messages.Workflow_amendingFirst);
			}
		}
		steps.button(Step.AMEND).setText(amending ? Messages.Workflow_saveAmendment : Messages.Workflow_amend);
	}

	@Override
	protected void personChanged() {
		if (!side.isDisposed()) {
			refresh();
		}
	}

	private String history(Assessment audit) {
		StringBuilder text = new StringBuilder(NLS.bind(Messages.Workflow_state, audit.getState().getLiteral()));
		for (SignOff signOff : audit.getSignOffs()) {
			text.append('\n').append(NLS.bind(Messages.Workflow_signOff, new Object[] { signOff.getStep().getLiteral(), signOff.getBy(),
					signOff.getRole() == null ? "" : signOff.getRole().getLiteral(), Formats.dateTime(signOff.getAt()) })); //$NON-NLS-1$
			if (signOff.getNote() != null) {
				text.append(": ").append(signOff.getNote()); //$NON-NLS-1$
			}
		}
		if (audit.getSharedOn() != null) {
			text.append('\n').append(NLS.bind(Messages.Workflow_sharedOn, Formats.date(audit.getSharedOn())));
		}
		if (audit.getPractitionerResponse() != null) {
			text.append('\n').append(NLS.bind(Messages.Workflow_response, audit.getPractitionerResponse()));
		}
		audit.getAmendments().forEach(amendment -> text.append('\n').append(NLS.bind(Messages.Workflow_amendment,
				new Object[] { amendment.getBy(), Formats.dateTime(amendment.getAt()), amendment.getReason() })));
		return text.toString();
	}

	private interface WorkflowStep {
		Assessment take(AuditWorkflow workflow, Assessment audit) throws SaveRefusedException;
	}

	/** Takes a step on the audit as it is on screen and confirms it; a refusal is shown and changes nothing. */
	private boolean take(WorkflowStep step) {
		try {
			Assessment taken = step.take(workflow(), editor.assessment());
			editor.stored(taken);
			actions.refresh();
			events.send(StatusLine.MESSAGE, confirmation(taken));
			return true;
		} catch (InvalidRecordException e) {
			prompts.refused(Messages.Workflow_refused, editor.showRefusal(e, Messages.Workflow_notComplete));
		} catch (SaveRefusedException e) {
			prompts.refused(Messages.Workflow_refused, e.getMessage());
		} catch (StoreFailureException e) {
			prompts.refused(Messages.Workflow_refused, editor.sayNotSaved(e));
		}
		refresh();
		return false;
	}

	/** Which step was just signed off, on which case's audit, by whom; for moderation, what became of the grade. */
	private String confirmation(Assessment audit) {
		SignOff step = audit.getSignOffs().get(audit.getSignOffs().size() - 1);
		String who = signedIn().staff().map(StaffMember::getName).orElse(step.getBy());
		String role = step.getRole() == null ? "" : step.getRole().getLiteral().toLowerCase(); //$NON-NLS-1$
		String done = switch (step.getStep()) {
		case COMPLETION -> Messages.Workflow_completed;
		case MODERATION -> audit.getModeratedJudgement() == null ? NLS.bind(Messages.Workflow_moderatedAgreed, gradeLabel(audit.getJudgement()))
				: NLS.bind(Messages.Workflow_moderatedChanged, gradeLabel(audit.getJudgement()), gradeLabel(audit.getModeratedJudgement()));
		case SHARING -> Messages.Workflow_shared;
		case PRACTITIONER_RESPONSE -> Messages.Workflow_responded;
		case CLOSURE -> Messages.Workflow_closed;
		// The steps of direct observations and supervision are never an audit's.
		case PLANNING, OBSERVATION, OBSERVER_SIGN_OFF, PRACTITIONER_SIGN_OFF, SUPERVISEE_SIGN_OFF, SUPERVISOR_SIGN_OFF -> step.getStep().getLiteral();
		};
		return NLS.bind(Messages.Workflow_confirmed, new Object[] { done, audit.getSubjectKey(), who, role });
	}

	private interface Check {
		void check(AuditWorkflow workflow) throws SaveRefusedException;
	}

	/** Says why a step cannot be taken by this person now, before asking them anything for it. */
	private boolean allowed(Check check) {
		try {
			check.check(workflow());
			return true;
		} catch (SaveRefusedException e) {
			prompts.refused(Messages.Workflow_refused, e.getMessage());
			return false;
		}
	}

	public boolean complete() {
		return take((workflow, audit) -> workflow.complete(audit, actor()));
	}

	public boolean moderate() {
		Assessment audit = editor.assessment();
		if (!allowed(workflow -> workflow.mayModerate(audit, actor()))) {
			return false;
		}
		FormDialog form = new FormDialog(kind.getShell(), Messages.Moderate_title, NLS.bind(Messages.Moderate_message, gradeLabel(audit.getJudgement())))
				.choice("grade", Messages.Moderate_grade, grades.subList(1, grades.size()), gradeLabel(audit.getJudgement())) //$NON-NLS-1$
				.longText("reason", Messages.Moderate_reason, false, null); //$NON-NLS-1$
		if (!prompts.fill(form)) {
			return false;
		}
		String grade = form.text("grade"); //$NON-NLS-1$
		return take((workflow, current) -> workflow.moderate(current, grade.substring(0, grade.indexOf(' ')), form.text("reason"), actor())); //$NON-NLS-1$
	}

	public boolean share() {
		if (!allowed(workflow -> workflow.mayShare(editor.assessment(), actor()))) {
			return false;
		}
		FormDialog form = new FormDialog(kind.getShell(), Messages.Share_title, Messages.Share_message)
				.date("on", Messages.Share_date, true, workflow().today()); //$NON-NLS-1$
		return prompts.fill(form) && take((workflow, audit) -> workflow.share(audit, form.dateValue("on"), actor())); //$NON-NLS-1$
	}

	public boolean respond() {
		if (!allowed(workflow -> workflow.mayRespond(editor.assessment(), actor()))) {
			return false;
		}
		FormDialog form = new FormDialog(kind.getShell(), Messages.Respond_title, Messages.Respond_message)
				.longText("response", Messages.Respond_response, true, editor.assessment().getPractitionerResponse()); //$NON-NLS-1$
		return prompts.fill(form) && take((workflow, audit) -> workflow.respond(audit, form.text("response"), actor())); //$NON-NLS-1$
	}

	public boolean close() {
		return take((workflow, audit) -> workflow.close(audit, actor()));
	}

	/** First press: the signed-off audit becomes editable; second: the changes are saved as an amendment. */
	void amendOrSave() {
		if (!amending) {
			startAmending();
			refresh();
			return;
		}
		save();
	}

	private void startAmending() {
		amending = true;
		editor.setSaver(this::saveAmendment);
		editor.showState();
		editor.say(Messages.Workflow_amending);
	}

	private Assessment saveAmendment(Assessment changed) throws SaveRefusedException {
		FormDialog form = new FormDialog(kind.getShell(), Messages.Amend_title, Messages.Amend_message).longText("reason", Messages.Amend_reason, true, null); //$NON-NLS-1$
		if (!prompts.fill(form)) {
			throw new org.qaworkbench.core.store.NotPermittedException(Messages.Amend_cancelled);
		}
		Assessment amended = workflow().amend(EcoreUtil.copy(changed), form.text("reason"), actor()); //$NON-NLS-1$
		amending = false;
		editor.saveAsItIs();
		return amended;
	}

	@Override
	@Persist
	public void save() {
		super.save();
		refresh();
	}

	/** Ctrl+P: whenever its Export PDF... button would. */
	@Override
	public boolean canExportPdf() {
		return editor != null;
	}

	/** Asks where to, then writes the audit as stored (save first to include what is on screen) as a printable PDF. */
	@Override
	public void exportPdf() {
		pdf().prompt("case-audit-" + editor.assessment().getSubjectKey() + ".pdf", this::writePdf); //$NON-NLS-1$ //$NON-NLS-2$
	}

	boolean exportPdf(Path file) {
		return pdf().write(file, this::writePdf);
	}

	private void writePdf(Path file) throws IOException {
		AuditPdf.write(store(), editor.assessment().getId(), actor(), file);
	}

	private PdfExport pdf() {
		return new PdfExport(prompts, editor::say, new PdfExport.Wording(Messages.Pdf_saveAs, Messages.Pdf_written, Messages.Pdf_failed, Messages.Pdf_failedBecause),
				() -> signedIn().staff().orElse(null));
	}

	/** How this editor asks; a UI test answers forms through it. */
	void setPrompts(Prompts prompts) {
		this.prompts = prompts;
	}

	ChecklistEditor editor() {
		return editor;
	}

	ActionsPanel actions() {
		return actions;
	}

	Map<String, List<String>> evidence() {
		return evidence;
	}

	String historyText() {
		return history.getText();
	}

	String suggestedText() {
		return suggested.getText();
	}

	String moderatedText() {
		return moderated.getText();
	}

	boolean isAmending() {
		return amending;
	}

	private static String nonNull(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}

	@Override
	public void focus() {
		editor.focus();
	}
}
