package org.qaworkbench.observation.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.qaworkbench.audits.ObservationPdf;
import org.qaworkbench.core.Formats;
import org.qaworkbench.core.observations.ObservationForm;
import org.qaworkbench.core.observations.ObservationWorkflow;
import org.qaworkbench.core.observations.ObservationWorkflow.Part;
import org.qaworkbench.core.observations.ObservationWorkflow.Step;
import org.qaworkbench.core.observations.Observations;
import org.qaworkbench.core.store.InvalidRecordException;
import org.qaworkbench.core.store.NotPermittedException;
import org.qaworkbench.core.store.SaveRefusedException;
import org.qaworkbench.model.Consent;
import org.qaworkbench.model.DirectObservation;
import org.qaworkbench.model.Item;
import org.qaworkbench.model.Level;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.Section;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.ui.editors.ExportsPdf;
import org.qaworkbench.ui.editors.FormDialog;
import org.qaworkbench.ui.editors.FormSection;
import org.qaworkbench.ui.editors.PdfExport;
import org.qaworkbench.ui.editors.Prompts;
import org.qaworkbench.ui.editors.RecordEditorPart;
import org.qaworkbench.ui.editors.RecordSession;
import org.qaworkbench.ui.editors.WorkflowButtons;

/**
 * A direct observation of practice on the record editor kit: the form's header, what observer and practitioner agree
 * when planning, a narrative under every prompt of the form (in its sections), the grade on the form's scale, the
 * recommendations, the practitioner's reflection and the comments, then the stages as buttons. What each person may
 * change and which steps they may take is core's answer ({@link ObservationWorkflow}); the editor only asks. A
 * person who may not see the observation sees nothing of it.
 */
public final class ObservationEditorPart extends RecordEditorPart<DirectObservation> implements ExportsPdf {

	private static final String REASON = "reason"; //$NON-NLS-1$

	private ObservationForm form;
	private final Map<Control, Part> parts = new LinkedHashMap<>();
	private final List<Runnable> shows = new ArrayList<>();
	private final Map<String, Text> narratives = new LinkedHashMap<>();
	private final List<Control> inOrder = new ArrayList<>();
	private Combo grade;
	private Label gradeDescriptor;
	private Label stage;
	private Label said;
	private WorkflowButtons<Step> buttons;
	private Button exportPdf;
	private Label amendments;
	private Prompts prompts;
	private ScrolledComposite scrolled;
	/** Shown instead of the form while someone who may not see the observation is signed in. */
	private Label notYours;
	private boolean showing;
	private boolean amending;
	private boolean confidential;

	@Override
	protected Class<DirectObservation> recordType() {
		return DirectObservation.class;
	}

	@Override
	protected void createContents(Composite parent, RecordSession<DirectObservation> session) {
		GridLayoutFactory.fillDefaults().applyTo(parent);
		prompts = Prompts.dialogs(parent.getShell());
		DirectObservation record = session.record();
		if (!observations().workflow().access().maySee(record, person())) {
			// Confidential: not even who it is about.
			confidential = true;
			part().setLabel(Messages.Editor_confidential);
			said = new Label(parent, SWT.WRAP);
			said.setText(Messages.Editor_notYours);
			return;
		}
		form = observations().formOf(record).orElseThrow();
		part().setLabel(NLS.bind(Messages.Editor_title, name(record.getPractitioner())));
		notYours = new Label(parent, SWT.WRAP);
		notYours.setText(Messages.Editor_notYours);
		GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(notYours);
		notYours.setVisible(false);
		scrolled = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(scrolled);
		Composite body = new Composite(scrolled, SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(8, 8).applyTo(body);
		scrolled.setContent(body);
		// Tab (or an Alt key) to a field below the fold scrolls it into view: the keyboard never works unseen.
		scrolled.setShowFocusedControl(true);
		scrolled.setExpandHorizontal(true);
		scrolled.setExpandVertical(true);

		stage = new Label(body, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(stage);
		header(body);
		planning(body);
		for (Section section : form.definition().getSections()) {
			List<Item> prompts = form.prompts(section);
			if (!prompts.isEmpty()) {
				FormSection fields = new FormSection(body, section.getTitle());
				for (Item prompt : prompts) {
					Text text = longText(fields, prompt.getText(), Part.OBSERVATION, o -> ObservationWorkflow.narrative(o, prompt.getItemId()),
							(o, value) -> ObservationWorkflow.setNarrative(o, prompt.getItemId(), value));
					narratives.put(prompt.getItemId(), text);
				}
			} else if (contains(section, ObservationForm.REFLECTION)) {
				longText(new FormSection(body, section.getTitle()), form.text(ObservationForm.REFLECTION, section.getTitle()), Part.REPLY,
						DirectObservation::getPractitionerReflection, DirectObservation::setPractitionerReflection);
			} else if (contains(section, ObservationForm.GRADE)) {
				grade(new FormSection(body, section.getTitle()));
			} else if (contains(section, ObservationForm.RECOMMENDATIONS)) {
				FormSection fields = new FormSection(body, section.getTitle());
				longText(fields, form.text(ObservationForm.RECOMMENDATIONS, section.getTitle()), Part.OBSERVATION, DirectObservation::getRecommendations,
						DirectObservation::setRecommendations);
				date(fields, Messages.Editor_actionsDueOn, Part.OBSERVATION, DirectObservation::getActionsDueOn, DirectObservation::setActionsDueOn);
			}
		}
		FormSection comments = new FormSection(body, Messages.Editor_comments);
		longText(comments, Messages.Editor_practitionerComment, Part.REPLY, DirectObservation::getPractitionerComment, DirectObservation::setPractitionerComment);
		longText(comments, Messages.Editor_familyComment, Part.REPLY, DirectObservation::getServiceUserComment, DirectObservation::setServiceUserComment);
		workflow(body);
		said = messageLine(body);
		said.setText(session.restoredMessage());

		session.setSaver(this::saveAsAllowed);
		session.onInvalid(invalid -> say(problems(invalid)));
		session.onStored(saved -> show());
		show();
		scrolled.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT));
	}

	private void header(Composite body) {
		FormSection fields = new FormSection(body, form.definition().getTitle());
		date(fields, form.text(ObservationForm.DATE, ObservationForm.DATE), Part.PLAN, DirectObservation::getObservedOn, DirectObservation::setObservedOn);
		fields.value(form.text(ObservationForm.PRACTITIONER, ObservationForm.PRACTITIONER)).setText(name(session().record().getPractitioner()));
		fields.value(form.text(ObservationForm.OBSERVER, ObservationForm.OBSERVER)).setText(name(session().record().getObserver()));
		text(fields, form.text(ObservationForm.CHILD_ID, ObservationForm.CHILD_ID), Part.PLAN, DirectObservation::getCaseNumber, DirectObservation::setCaseNumber);
		text(fields, form.text(ObservationForm.SETTING, ObservationForm.SETTING), Part.PLAN, DirectObservation::getSetting, DirectObservation::setSetting);
		fields.label(form.text(ObservationForm.CONSENT, ObservationForm.CONSENT));
		fields.label(""); //$NON-NLS-1$
		text(fields, Messages.Editor_consentBy, Part.PLAN, o -> o.getConsent() == null ? null : o.getConsent().getGivenBy(), (o, v) -> consent(o).setGivenBy(v));
		text(fields, Messages.Editor_consentTo, Part.PLAN, o -> o.getConsent() == null ? null : o.getConsent().getGivenTo(), (o, v) -> consent(o).setGivenTo(v));
		date(fields, Messages.Editor_consentOn, Part.PLAN, o -> o.getConsent() == null ? null : o.getConsent().getGivenOn(), (o, v) -> consent(o).setGivenOn(v));
	}

	private void planning(Composite body) {
		FormSection fields = new FormSection(body, Messages.Editor_planning);
		longText(fields, Messages.Editor_objectives, Part.PLAN, DirectObservation::getAgreedObjectives, DirectObservation::setAgreedObjectives);
		longText(fields, Messages.Editor_learningFocus, Part.PLAN, DirectObservation::getLearningFocus, DirectObservation::setLearningFocus);
		longText(fields, Messages.Editor_observerRole, Part.PLAN, DirectObservation::getObserverRole, DirectObservation::setObserverRole);
		longText(fields, Messages.Editor_feedbackPlan, Part.PLAN, DirectObservation::getFeedbackPlan, DirectObservation::setFeedbackPlan);
	}

	private void grade(FormSection fields) {
		List<Level> levels = form.grades();
		List<String> labels = new ArrayList<>(List.of(Messages.Editor_noGrade));
		levels.forEach(level -> labels.add(level.getLabel()));
		grade = fields.choice(Messages.Editor_grade, labels);
		gradeDescriptor = fields.note();
		parts.put(grade, Part.OBSERVATION);
		inOrder.add(grade);
		grade.addListener(SWT.Selection, event -> {
			if (!showing) {
				int index = grade.getSelectionIndex();
				session().record().setGrade(index <= 0 ? 0 : levels.get(index - 1).getValue());
				describeGrade();
				changed();
			}
		});
		// As in the checklist grid: a level's number chooses it.
		grade.addListener(SWT.KeyDown, event -> {
			for (int i = 0; i < levels.size(); i++) {
				if (grade.isEnabled() && event.character == Character.forDigit(levels.get(i).getValue(), 10)) {
					grade.select(i + 1);
					grade.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
					event.doit = false;
				}
			}
		});
		shows.add(() -> {
			int value = session().record().getGrade();
			int index = 0;
			for (int i = 0; i < levels.size(); i++) {
				if (levels.get(i).getValue() == value) {
					index = i + 1;
				}
			}
			grade.select(index);
			describeGrade();
		});
	}

	private void describeGrade() {
		gradeDescriptor.setText(form.grade(session().record().getGrade()).map(Level::getDescriptor).orElse("")); //$NON-NLS-1$
		gradeDescriptor.getParent().layout(true, true);
	}

	private void workflow(Composite body) {
		FormSection section = new FormSection(body, Messages.Editor_workflow, 4);
		buttons = new WorkflowButtons<>(section.group(), Step.class);
		buttons.add(Step.RECORD, Messages.Editor_record, () -> take(Step.RECORD));
		buttons.add(Step.SHARE, Messages.Editor_share, () -> take(Step.SHARE));
		buttons.add(Step.SIGN_OFF, Messages.Editor_signOff, () -> take(Step.SIGN_OFF));
		buttons.add(Step.AMEND, Messages.Editor_amend, this::amendOrSave);
		exportPdf = new Button(section.group(), SWT.PUSH);
		exportPdf.setText(Messages.Pdf_export);
		exportPdf.setToolTipText(Messages.Pdf_exportTip);
		exportPdf.addListener(SWT.Selection, event -> exportPdf());
		amendments = section.note();
		shows.add(() -> {
			StringBuilder text = new StringBuilder();
			session().record().getAmendments().forEach(amendment -> text.append(text.length() == 0 ? "" : "\n").append(NLS.bind(Messages.Editor_amendment, //$NON-NLS-1$ //$NON-NLS-2$
					new Object[] { store().records().list(StaffMember.class).stream().filter(member -> amendment.getBy().equals(member.getUserId()))
							.map(StaffMember::getName).findFirst().orElse(amendment.getBy()), Formats.dateTime(amendment.getAt()), amendment.getReason() })));
			amendments.setText(text.toString());
		});
	}

	private Text text(FormSection fields, String label, Part part, Function<DirectObservation, String> get, BiConsumer<DirectObservation, String> set) {
		return bind(fields.text(label), part, get, set);
	}

	private Text longText(FormSection fields, String label, Part part, Function<DirectObservation, String> get, BiConsumer<DirectObservation, String> set) {
		return bind(fields.longText(label, 3), part, get, set);
	}

	private Text bind(Text text, Part part, Function<DirectObservation, String> get, BiConsumer<DirectObservation, String> set) {
		parts.put(text, part);
		inOrder.add(text);
		text.addListener(SWT.Modify, event -> {
			if (!showing) {
				set.accept(session().record(), text.getText().isBlank() ? null : text.getText());
				changed();
			}
		});
		shows.add(() -> text.setText(orEmpty(get.apply(session().record()))));
		return text;
	}

	private Text date(FormSection fields, String label, Part part, Function<DirectObservation, java.time.LocalDate> get,
			BiConsumer<DirectObservation, java.time.LocalDate> set) {
		Text text = fields.date(label);
		parts.put(text, part);
		inOrder.add(text);
		text.addListener(SWT.Modify, event -> {
			if (showing) {
				return;
			}
			Optional<java.time.LocalDate> date = Formats.parseDate(text.getText());
			if (text.getText().isBlank() || date.isPresent()) {
				set.accept(session().record(), date.orElse(null));
				say(""); //$NON-NLS-1$
				changed();
			} else {
				// Kept on screen as typed; the record keeps its date until this one is whole.
				say(label + ": " + Messages.Editor_notADate); //$NON-NLS-1$
			}
		});
		shows.add(() -> text.setText(Formats.date(get.apply(session().record()))));
		return text;
	}

	private static Consent consent(DirectObservation observation) {
		if (observation.getConsent() == null) {
			observation.setConsent(QaFactory.eINSTANCE.createConsent());
		}
		return observation.getConsent();
	}

	private void changed() {
		String notStored = session().changed();
		if (notStored != null) {
			say(notStored);
		}
		showSteps();
	}

	/** Shows the record as it is in the session: values, what this person may change, the steps they may take. */
	private void show() {
		showing = true;
		try {
			shows.forEach(Runnable::run);
		} finally {
			showing = false;
		}
		showEditable();
		showSteps();
	}

	private void showEditable() {
		Set<Part> editable = amending ? EnumSet.allOf(Part.class) : observations().workflow().editableParts(session().record(), person());
		parts.forEach((control, part) -> {
			if (control instanceof Text text) {
				text.setEditable(editable.contains(part));
			} else {
				control.setEnabled(editable.contains(part));
			}
		});
	}

	private void showSteps() {
		DirectObservation record = session().record();
		ObservationWorkflow workflow = observations().workflow();
		StaffMember person = person();
		stage.setText(NLS.bind(Messages.Editor_state, record.getState() == null ? "" : record.getState().getLiteral())); //$NON-NLS-1$
		buttons.show(person == null ? Set.of() : workflow.availableSteps(record, person), step -> person == null ? Optional.empty() : workflow.whyNot(step, record, person));
		if (amending) {
			// While amending, the one step is saving the amendment (with its reason).
			buttons.show(Set.of(Step.AMEND), step -> Optional.of(Messages.Editor_amendingFirst));
		}
		buttons.button(Step.AMEND).setText(amending ? Messages.Editor_saveAmendment : Messages.Editor_amend);
	}

	/** Ctrl+S: within what this person may change now; while amending, an amendment with its reason. */
	private DirectObservation saveAsAllowed(DirectObservation record) throws SaveRefusedException {
		if (amending) {
			FormDialog form = new FormDialog(part().getContext().get(org.eclipse.swt.widgets.Shell.class), Messages.Editor_amendReason,
					Messages.Editor_amendReasonPrompt).longText(REASON, Messages.Editor_reason, true, null);
			if (!prompts.fill(form)) {
				throw new NotPermittedException(Messages.Editor_amendCancelled);
			}
			DirectObservation amended = observations().amend(record, form.text(REASON), actor());
			amending = false;
			return amended;
		}
		DirectObservation saved = observations().save(record, actor());
		followStored();
		return saved;
	}

	/** Ctrl+P: while the form is shown to someone who may see it. */
	@Override
	public boolean canExportPdf() {
		return shown();
	}

	/** Asks where to, then writes the observation as stored as the command does ({@link ObservationPdf}), and says how it went. */
	@Override
	public void exportPdf() {
		DirectObservation record = session().record();
		if (record.getId() == 0) {
			say(Messages.Pdf_notStored);
			return;
		}
		pdf().prompt(NLS.bind(Messages.Pdf_fileName, record.getId()), this::writePdf);
	}

	boolean exportPdf(Path file) {
		return pdf().write(file, this::writePdf, part().isDirty() ? Messages.Pdf_writtenUnsaved : Messages.Pdf_written);
	}

	private void writePdf(Path file) throws IOException {
		ObservationPdf.write(store(), observations(), session().record().getId(), person(), file);
	}

	private PdfExport pdf() {
		return new PdfExport(prompts, this::say, new PdfExport.Wording(Messages.Pdf_saveAs, Messages.Pdf_written, Messages.Pdf_failed, Messages.Pdf_failedBecause),
				this::person);
	}

	/** A step as the person signed in: the practitioner signing off records their reflection first. */
	private void take(Step step) {
		try {
			DirectObservation record = session().record();
			StaffMember person = person();
			if (step == Step.SIGN_OFF && observations().workflow().whyNot(Step.REFLECT, record, person).isEmpty()) {
				record = observations().take(Step.REFLECT, record, actor());
			}
			DirectObservation next = observations().take(step, record, actor());
			session().stored(next);
			// The pressed button may now be disabled, which would leave the keyboard nowhere: back to the form.
			focus();
			say(NLS.bind(Messages.Editor_stepDone, new Object[] { step == Step.SIGN_OFF ? Messages.Editor_signOff.replace("&", "") //$NON-NLS-1$ //$NON-NLS-2$
					: step == Step.SHARE ? Messages.Editor_share.replace("&", "") : Messages.Editor_record.replace("&", ""), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					name(next.getPractitioner()), name(person) }));
		} catch (InvalidRecordException e) {
			say(problems(e));
		} catch (SaveRefusedException e) {
			say(e.getMessage());
		}
	}

	/** First press: the signed-off observation becomes editable; second: the changes are saved as an amendment. */
	void amendOrSave() {
		if (!amending) {
			amending = true;
			showEditable();
			showSteps();
			say(Messages.Editor_amending);
			focus();
			return;
		}
		if (!part().isDirty()) {
			// Nothing to amend yet: asking why would only end in a refusal.
			say(Messages.Editor_amendNothing);
			return;
		}
		if (session().save()) {
			say(Messages.Editor_amended);
		}
		showEditable();
		showSteps();
	}

	private static String problems(InvalidRecordException invalid) {
		return String.join(" ", invalid.problems().stream().map(InvalidRecordException.Problem::message).toList()); //$NON-NLS-1$
	}

	private void say(String message) {
		if (said != null && !said.isDisposed()) {
			said.setText(message);
			said.getParent().layout(true, true);
		}
	}

	private boolean contains(Section section, String itemId) {
		return form.item(itemId).filter(item -> section.getItems().contains(item)).isPresent();
	}

	/** Core's observations, on the application's clock as it is now (a test moves it). */
	private Observations observations() {
		return new Observations(store(), clock());
	}

	private StaffMember person() {
		return signedIn().staff().orElse(null);
	}

	private String name(StaffMember member) {
		return member == null ? "" : store().records().resolve(member).map(StaffMember::getName).orElse(""); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}

	@Override
	protected void personChanged() {
		if (!confidential && !showOnlyToThoseWhoMaySee()) {
			return;
		}
		if (!confidential) {
			boolean hadKeyboard = hasKeyboard();
			showEditable();
			showSteps();
			if (hadKeyboard) {
				focus(); // to the first field the person now signed in may change (the practitioner's reflection)
			}
		}
	}

	/**
	 * Someone else signed in while the editor is open: the form shows only if they may see the observation, else the
	 * confidentiality note in its place (and its title no longer names the practitioner). True when it shows.
	 */
	private boolean showOnlyToThoseWhoMaySee() {
		boolean maySee = observations().workflow().access().maySee(session().record(), person());
		if (maySee != scrolled.getVisible()) {
			scrolled.setVisible(maySee);
			((org.eclipse.swt.layout.GridData) scrolled.getLayoutData()).exclude = !maySee;
			notYours.setVisible(!maySee);
			((org.eclipse.swt.layout.GridData) notYours.getLayoutData()).exclude = maySee;
			part().setLabel(maySee ? NLS.bind(Messages.Editor_title, name(session().record().getPractitioner())) : Messages.Editor_confidential);
			scrolled.getParent().layout(true, true);
		}
		return maySee;
	}

	/** True while the keyboard is in this editor. */
	private boolean hasKeyboard() {
		for (Control control = said.getDisplay().getFocusControl(); control != null; control = control.getParent()) {
			if (control == said.getParent()) {
				return true;
			}
		}
		return false;
	}

	@Override
	public void focus() {
		if (confidential || said == null || !scrolled.getVisible()) {
			return;
		}
		Set<Part> editable = amending ? EnumSet.allOf(Part.class) : observations().workflow().editableParts(session().record(), person());
		Control first = inOrder.stream().filter(control -> editable.contains(parts.get(control))).findFirst().orElse(inOrder.get(0));
		first.setFocus();
		// When the editor opens its form is not laid out yet, so the scroll to the focused field waits until it is.
		first.getDisplay().asyncExec(() -> {
			if (!scrolled.isDisposed() && !first.isDisposed() && first.isFocusControl()) {
				scrolled.showControl(first);
			}
		});
	}

	// For the tests.
	void setPrompts(Prompts prompts) {
		this.prompts = prompts;
	}

	boolean isAmending() {
		return amending;
	}

	Button exportButton() {
		return exportPdf;
	}

	String amendmentsText() {
		return amendments.getText();
	}

	Map<String, Text> narratives() {
		return narratives;
	}

	Combo gradeChoice() {
		return grade;
	}

	List<Control> fields() {
		return inOrder;
	}

	String said() {
		return said.getText();
	}

	WorkflowButtons<Step> buttons() {
		return buttons;
	}

	DirectObservation record() {
		return session().record();
	}

	/** True while the form is shown (to someone who may see it). */
	boolean shown() {
		return !confidential && scrolled.getVisible();
	}

	boolean confidential() {
		return confidential;
	}

}
