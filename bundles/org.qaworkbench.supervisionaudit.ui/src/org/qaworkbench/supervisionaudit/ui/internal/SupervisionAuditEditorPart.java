package org.qaworkbench.supervisionaudit.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.qaworkbench.audits.SupervisionAuditPdf;
import org.qaworkbench.core.Formats;
import org.qaworkbench.core.audits.AuditWorkflow;
import org.qaworkbench.core.audits.AuditWorkflow.Step;
import org.qaworkbench.core.store.InvalidRecordException;
import org.qaworkbench.core.store.SaveRefusedException;
import org.qaworkbench.core.store.StoreFailureException;
import org.qaworkbench.core.supervisionaudit.FileEvidence;
import org.qaworkbench.core.supervisionaudit.SupervisionAuditSample;
import org.qaworkbench.core.supervisionaudit.SupervisionAudits;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.AssessmentState;
import org.qaworkbench.model.Item;
import org.qaworkbench.model.SampleDraw;
import org.qaworkbench.model.SignOff;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.ui.editors.ExportsPdf;
import org.qaworkbench.ui.editors.FormDialog;
import org.qaworkbench.ui.editors.FormSection;
import org.qaworkbench.ui.editors.PdfExport;
import org.qaworkbench.ui.editors.Prompts;
import org.qaworkbench.ui.editors.RecordEditorPart;
import org.qaworkbench.ui.editors.RecordEditors;
import org.qaworkbench.ui.editors.RecordSession;
import org.qaworkbench.ui.editors.WorkflowButtons;
import org.qaworkbench.ui.internal.editor.ChecklistEditor;

/**
 * The supervision audit of Appendix D: the questions against a column per supervision file, each headed by the
 * supervisee drawn at random (the sample, its seed and the list drawn from beside them, with Redraw and its
 * reason), the evidence from the records for the current cell under the questions and for the current file beside
 * them, as suggestions that never tick anything; totals per question and per file; completion through the audit
 * workflow. The rules are core's ({@link SupervisionAudits}, {@link AuditWorkflow}).
 */
public final class SupervisionAuditEditorPart extends RecordEditorPart<Assessment> implements ExportsPdf {

	@Inject
	private IEventBroker events;

	private ChecklistEditor editor;
	private Prompts prompts;
	private SupervisionAuditSample sample;
	private Map<Long, Map<String, FileEvidence>> evidence = Map.of();
	/** Counts the evidence reads: only the newest is shown, so a slow read never overwrites a later one. */
	private int evidenceRun;
	private int evidenceReads;
	/** Why the newest read failed; null when it did not. */
	private String evidenceFailed;
	private boolean evidenceRead;
	private volatile Thread evidenceReadOn;
	private Label team;
	private Label seed;
	private Label drawnFrom;
	private Label files;
	private Label draws;
	private Button redraw;
	private Label fileEvidenceTitle;
	private Label fileEvidence;
	private Label history;
	private WorkflowButtons<Step> steps;
	private ScrolledComposite scrolled;
	private Composite side;

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
		parent.setLayout(new FillLayout());
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		Composite questions = new Composite(sash, SWT.NONE);
		editor = new ChecklistEditor(questions, session, null);
		editor.setEditable(() -> editor.assessment().getState() == AssessmentState.DRAFT);
		editor.setClock(clock());
		editor.onChange(this::followStored);
		editor.setMoreGuidance(this::cellEvidence);
		// Columns beyond the sample hold no file (N/A): the keys stop at the last file drawn.
		editor.setFilesInUse(() -> sample == null ? Integer.MAX_VALUE : sample.files().size());
		scrolled = new ScrolledComposite(sash, SWT.V_SCROLL | SWT.H_SCROLL);
		side = new Composite(scrolled, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(side);
		createSample(side);
		createEvidence(side);
		createWorkflow(side);
		((org.eclipse.swt.layout.GridLayout) editor.foot().getLayout()).numColumns = 2;
		Button pdf = new Button(editor.foot(), SWT.PUSH);
		pdf.setText(Messages.Pdf_export);
		pdf.addListener(SWT.Selection, event -> exportPdf());
		scrolled.setContent(side);
		scrolled.setShowFocusedControl(true);
		scrolled.setExpandHorizontal(true);
		scrolled.setExpandVertical(true);
		sash.setWeights(62, 38);
		editor.onChange(this::refresh);
		readSample();
		refresh();
	}

	private SupervisionAudits audits() {
		return new SupervisionAudits(store(), clock());
	}

	private AuditWorkflow workflow() {
		return new AuditWorkflow(store(), clock());
	}

	/**
	 * The sample as stored on the audit and its file headings; then the evidence of each file as of the audit's day,
	 * read in the background (it computes compliance from the records) and shown on the UI thread when it comes.
	 */
	private void readSample() {
		sample = audits().sample(editor.assessment()).orElse(null);
		readEvidence();
		editor.setFileHeader(file -> {
			StaffMember supervisee = sample == null ? null : sample.file(file);
			return sample == null ? NLS.bind(Messages.File_numbered, file) : supervisee == null ? Messages.File_none : NLS.bind(Messages.File_headed, file, supervisee.getName());
		});
	}

	/** Reads the evidence off the UI thread, from a copy of the audit as it is now; the newest read is shown. */
	private void readEvidence() {
		int run = ++evidenceRun;
		evidenceRead = false;
		evidenceFailed = null;
		Assessment audit = EcoreUtil.copy(editor.assessment());
		SupervisionAudits audits = audits();
		org.eclipse.swt.widgets.Display display = editor.table().getDisplay();
		CompletableFuture.supplyAsync(() -> {
			evidenceReadOn = Thread.currentThread();
			return audits.evidence(audit);
		}).whenComplete((read, failure) -> {
			if (display.isDisposed()) {
				return;
			}
			display.asyncExec(() -> {
				if (side == null || side.isDisposed() || run != evidenceRun) {
					return;
				}
				if (failure != null) {
					Throwable cause = failure.getCause() == null ? failure : failure.getCause();
					ILog.of(SupervisionAuditEditorPart.class).error("Could not read the supervision audit's evidence", cause); //$NON-NLS-1$
					evidence = Map.of();
					evidenceFailed = NLS.bind(Messages.Evidence_failed, cause.getMessage());
				} else {
					evidence = read;
				}
				evidenceRead = true;
				evidenceReads++;
				editor.showGuidance();
				showFileEvidence();
			});
		});
	}

	/** The evidence of the selected cell: one question for one file, a suggestion and never an answer. */
	private String cellEvidence(Item item) {
		// Asked whenever another cell is selected: the panel of the selected file's evidence follows it too.
		showFileEvidence();
		int file = editor.selectedFile();
		StaffMember supervisee = sample == null ? null : sample.file(file);
		if (supervisee == null) {
			return ""; //$NON-NLS-1$
		}
		if (!evidenceRead || evidenceFailed != null) {
			return evidenceFailed != null ? evidenceFailed : Messages.Evidence_reading;
		}
		FileEvidence found = evidence.getOrDefault(supervisee.getId(), Map.of()).get(item.getItemId());
		return found == null ? "" : NLS.bind(Messages.Evidence_cell, supervisee.getName(), line(found)); //$NON-NLS-1$
	}

	private static String line(FileEvidence found) {
		String suggests = found.suggests() == null ? "" : switch (found.suggests()) { //$NON-NLS-1$
		case "Y" -> Messages.Evidence_suggestsYes; //$NON-NLS-1$
		case "N" -> Messages.Evidence_suggestsNo; //$NON-NLS-1$
		default -> Messages.Evidence_suggestsNotApplicable;
		};
		return suggests.isEmpty() ? found.text() : found.text() + "  " + suggests; //$NON-NLS-1$
	}

	private void createSample(Composite side) {
		FormSection section = new FormSection(side, Messages.Sample_title);
		team = section.value(Messages.Sample_team);
		seed = section.value(Messages.Sample_seed);
		files = section.value(Messages.Sample_files);
		drawnFrom = section.value(Messages.Sample_drawnFrom);
		draws = section.note();
		redraw = new Button(section.group(), SWT.PUSH);
		redraw.setText(Messages.Sample_redraw);
		redraw.addListener(SWT.Selection, event -> redraw());
	}

	private void createEvidence(Composite side) {
		FormSection section = new FormSection(side, Messages.Evidence_title);
		fileEvidenceTitle = section.note();
		fileEvidence = section.note();
	}

	private void createWorkflow(Composite side) {
		FormSection section = new FormSection(side, Messages.Workflow_title, 2);
		steps = new WorkflowButtons<>(section.group(), Step.class);
		steps.add(Step.COMPLETE, Messages.Workflow_complete, this::complete);
		history = section.note();
	}

	/** Shows the audit as it is now: the sample, the evidence of the current file, what the workflow offers. */
	private void refresh() {
		Assessment audit = editor.assessment();
		part().setLabel(NLS.bind(Messages.Editor_label, audit.getSubjectKey()));
		if (sample == null) {
			team.setText(audit.getSubjectKey() == null ? "" : audit.getSubjectKey()); //$NON-NLS-1$
			seed.setText(""); //$NON-NLS-1$
			files.setText(""); //$NON-NLS-1$
			drawnFrom.setText(""); //$NON-NLS-1$
			draws.setText(Messages.Sample_none);
		} else {
			team.setText(sample.team() == null ? audit.getSubjectKey() : sample.team().getName());
			seed.setText(String.valueOf(sample.seed()));
			List<String> numbered = new ArrayList<>();
			for (int i = 0; i < sample.files().size(); i++) {
				numbered.add((i + 1) + ". " + sample.files().get(i).getName()); //$NON-NLS-1$
			}
			files.setText(String.join("\n", numbered)); //$NON-NLS-1$
			drawnFrom.setText(sample.drawnFrom().stream().map(StaffMember::getName).collect(Collectors.joining(", "))); //$NON-NLS-1$
			draws.setText(drawHistory(sample.draws()));
		}
		redraw.setEnabled(sample != null && editor.isEditable());
		AuditWorkflow workflow = workflow();
		steps.show(workflow.availableSteps(audit, actor()), step -> workflow.whyNot(step, audit, actor()));
		history.setText(history(audit));
		showFileEvidence();
	}

	private static String drawHistory(List<SampleDraw> all) {
		List<String> lines = new ArrayList<>();
		for (SampleDraw draw : all) {
			lines.add(draw.getReason() == null ? NLS.bind(Messages.Sample_drawn, new Object[] { draw.getBy(), Formats.dateTime(draw.getAt()), draw.getSeed() })
					: NLS.bind(Messages.Sample_redrawn, new Object[] { draw.getBy(), Formats.dateTime(draw.getAt()), draw.getSeed(), draw.getReason() }));
		}
		return String.join("\n", lines); //$NON-NLS-1$
	}

	/** Every question's evidence for the file of the selected cell. */
	private void showFileEvidence() {
		if (fileEvidence == null || fileEvidence.isDisposed()) {
			return;
		}
		int file = editor.selectedFile();
		StaffMember supervisee = sample == null ? null : sample.file(file);
		if (supervisee == null) {
			fileEvidenceTitle.setText(sample == null ? Messages.Sample_none : Messages.Evidence_pickFile);
			fileEvidence.setText(""); //$NON-NLS-1$
		} else if (!evidenceRead || evidenceFailed != null) {
			fileEvidenceTitle.setText(NLS.bind(Messages.Evidence_forFile, file, supervisee.getName()));
			fileEvidence.setText(evidenceFailed != null ? evidenceFailed : Messages.Evidence_reading);
		} else {
			fileEvidenceTitle.setText(NLS.bind(Messages.Evidence_forFile, file, supervisee.getName()));
			List<String> lines = new ArrayList<>();
			evidence.getOrDefault(supervisee.getId(), Map.of()).forEach((itemId, found) -> lines.add(number(itemId) + ". " + line(found))); //$NON-NLS-1$
			fileEvidence.setText(String.join("\n", lines)); //$NON-NLS-1$
		}
		scrolled.setMinSize(side.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		side.layout(true, true);
	}

	private static String number(String itemId) {
		return itemId.substring(itemId.lastIndexOf('-') + 1);
	}

	private String history(Assessment audit) {
		StringBuilder text = new StringBuilder(NLS.bind(Messages.Workflow_state, audit.getState().getLiteral()));
		for (SignOff signOff : audit.getSignOffs()) {
			text.append('\n').append(NLS.bind(Messages.Workflow_signOff, new Object[] { signOff.getStep().getLiteral(), signOff.getBy(),
					Formats.dateTime(signOff.getAt()) }));
		}
		return text.toString();
	}

	@Override
	protected void personChanged() {
		if (!side.isDisposed()) {
			refresh();
		}
	}

	/** Asks why, then draws the files again (the unsaved ticks go with the old files: saved first). */
	boolean redraw() {
		FormDialog form = new FormDialog(redraw.getShell(), Messages.Redraw_title, Messages.Redraw_message)
				.longText("reason", Messages.Redraw_reason, true, null) //$NON-NLS-1$
				.text("seed", Messages.Redraw_seed, false, null); //$NON-NLS-1$
		if (!prompts.fill(form)) {
			return false;
		}
		if (!SeedText.isValid(form.text("seed"))) { //$NON-NLS-1$
			prompts.refused(Messages.Redraw_refused, NLS.bind(Messages.Seed_notANumber, form.text("seed"))); //$NON-NLS-1$
			return false;
		}
		try {
			Assessment redrawn = audits().redraw(editor.assessment(), form.text("reason"), SeedText.read(form.text("seed")).orElseGet(SupervisionAudits::newSeed), actor()); //$NON-NLS-1$ //$NON-NLS-2$
			editor.stored(redrawn);
			readSample();
			refresh();
			events.send(RecordEditors.STATUS_MESSAGE, NLS.bind(Messages.Redraw_done, sample.seed()));
			return true;
		} catch (SaveRefusedException e) {
			prompts.refused(Messages.Redraw_refused, SeedText.message(e));
		} catch (StoreFailureException e) {
			prompts.refused(Messages.Redraw_refused, editor.sayNotSaved(e));
		}
		return false;
	}

	/** Completes the audit through the audit workflow; a refusal is shown and changes nothing. */
	public boolean complete() {
		try {
			Assessment taken = workflow().complete(editor.assessment(), actor());
			editor.stored(taken);
			events.send(RecordEditors.STATUS_MESSAGE, NLS.bind(Messages.Workflow_completed, taken.getSubjectKey()));
			refresh();
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

	/** Alt+X or Ctrl+P: asks where to, then writes the audit as stored, laid out like Appendix D. */
	@Override
	public void exportPdf() {
		pdf().prompt("supervision-audit-" + editor.assessment().getId() + ".pdf", this::writePdf); //$NON-NLS-1$ //$NON-NLS-2$
	}

	boolean exportPdf(Path file) {
		return pdf().write(file, this::writePdf);
	}

	private void writePdf(Path file) throws IOException {
		SupervisionAuditPdf.write(store(), editor.assessment().getId(), clock(), actor(), file);
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

	SupervisionAuditSample sample() {
		return sample;
	}

	String sampleText() {
		return String.join("\n", team.getText(), seed.getText(), files.getText(), drawnFrom.getText(), draws.getText()); //$NON-NLS-1$
	}

	String fileEvidenceText() {
		return fileEvidenceTitle.getText() + "\n" + fileEvidence.getText(); //$NON-NLS-1$
	}

	/** How many evidence reads have been shown, so a test can wait for one. */
	int evidenceReads() {
		return evidenceReads;
	}

	/** The thread the last evidence read ran on. */
	Thread evidenceReadOn() {
		return evidenceReadOn;
	}

	Button redrawButton() {
		return redraw;
	}

	Button completeButton() {
		return steps.button(Step.COMPLETE);
	}

	@Override
	public void focus() {
		editor.focus();
	}
}
