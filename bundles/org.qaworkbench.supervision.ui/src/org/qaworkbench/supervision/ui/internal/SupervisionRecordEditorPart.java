package org.qaworkbench.supervision.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.qaworkbench.core.Formats;
import org.qaworkbench.core.store.SaveRefusedException;
import org.qaworkbench.core.supervision.SupervisionForms;
import org.qaworkbench.core.supervision.SupervisionWorkflow.Step;
import org.qaworkbench.model.ActionReview;
import org.qaworkbench.model.AgendaItem;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.model.SupervisionRecord;
import org.qaworkbench.ui.editors.FormSection;
import org.qaworkbench.ui.editors.WorkflowButtons;

/**
 * Appendix B, a record of supervision, on the kit: supervisee, supervisor, the date of the session and the date and
 * time of the next; the actions carried forward to review (the last record's, open audit actions and observation
 * recommendations for the supervisee, as core brought them), each marked done or not with a comment; the form's fixed
 * agenda rows, each with what was discussed, the decisions, the action required, by whom and the timescale, and rows
 * added (Alt+W); both sign, then it is locked and changes only by an amendment with its reason.
 */
public final class SupervisionRecordEditorPart extends SupervisionEditor<SupervisionRecord> {

	/**
	 * The agenda grid's least widths (a topic, the three wide cells, the two narrow ones): together well inside the
	 * editor of a 1280-pixel screen beside the navigator, the wide cells taking what more there is.
	 */
	private static final int TOPIC_WIDTH = 130;
	private static final int WIDE_CELL = 120;
	private static final int NARROW_CELL = 80;

	private Composite agenda;
	private Composite reviews;
	private Bindings<SupervisionRecord> parent;
	private Bindings<SupervisionRecord> rows;
	private Bindings<SupervisionRecord> reviewRows;
	private Button addRow;
	private final List<Text> topics = new ArrayList<>();
	private final List<Button> reviewed = new ArrayList<>();

	@Override
	protected Class<SupervisionRecord> recordType() {
		return SupervisionRecord.class;
	}

	@Override
	protected String title(SupervisionRecord record) {
		return NLS.bind(Messages.Record_title, name(record.getSupervisee()));
	}

	@Override
	protected void form(Composite body, Bindings<SupervisionRecord> bindings) {
		parent = bindings;
		SupervisionRecord record = session().record();
		FormSection header = new FormSection(body, formTitle(record));
		header.value(Messages.Record_supervisee).setText(name(record.getSupervisee()));
		header.value(Messages.Record_supervisor).setText(name(record.getSupervisor()));
		bindings.date(header.date(Messages.Record_heldOn), Messages.Record_heldOn, SupervisionRecord::getHeldOn, SupervisionRecord::setHeldOn);
		bindings.date(header.date(Messages.Record_nextOn), Messages.Record_nextOn, SupervisionRecord::getNextOn, SupervisionRecord::setNextOn);
		Text time = header.text(Messages.Record_nextTime);
		time.setMessage(Messages.Record_timePrompt);
		bindings.text(time, SupervisionRecord::getNextTime, SupervisionRecord::setNextTime);

		FormSection carried = new FormSection(body, Messages.Record_reviews);
		reviews = carried.group();
		reviewRows = bindings.nested();
		buildReviews();
		bindings.shows(() -> reviewRows.show());
		bindings.onEditable(editable -> reviewRows.editable(editable));

		FormSection agendaSection = new FormSection(body, Messages.Record_agenda, 1);
		agenda = new Composite(agendaSection.group(), SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(agenda);
		rows = bindings.nested();
		buildRows();
		addRow = new Button(agendaSection.group(), SWT.PUSH);
		addRow.setText(Messages.Record_addRow);
		addRow.addListener(SWT.Selection, event -> addRow());
		bindings.shows(() -> rows.show());
		bindings.onEditable(editable -> {
			rows.editable(editable);
			addRow.setEnabled(editable);
		});

		FormSection signatures = new FormSection(body, Messages.Record_signed);
		Label supervisee = signatures.value(Messages.Record_signedBySupervisee);
		Label supervisor = signatures.value(Messages.Record_signedBySupervisor);
		bindings.shows(() -> {
			supervisee.setText(signed(session().record().getSignedBySuperviseeOn()));
			supervisor.setText(signed(session().record().getSignedBySupervisorOn()));
		});
	}

	/** The actions to review, one line each: done or not, what it was, from where, and what the review found. */
	private void buildReviews() {
		for (Control child : reviews.getChildren()) {
			child.dispose();
		}
		reviewed.clear();
		List<ActionReview> carried = session().record().getReviews();
		if (carried.isEmpty()) {
			Label none = new Label(reviews, SWT.WRAP);
			none.setText(Messages.Record_noReviews);
			GridDataFactory.fillDefaults().span(2, 1).applyTo(none);
		}
		for (int i = 0; i < carried.size(); i++) {
			int index = i;
			ActionReview review = carried.get(i);
			Button done = new Button(reviews, SWT.CHECK);
			// What it was, then where it came from, who and by when, leaving out what is not known.
			String from = java.util.stream.Stream.of(origin(review), orEmpty(review.getByWhom()),
					review.getDueOn() != null ? Formats.date(review.getDueOn()) : orEmpty(review.getTimescale())).filter(part -> !part.isBlank())
					.collect(java.util.stream.Collectors.joining("; ")); //$NON-NLS-1$
			done.setText(NLS.bind(Messages.Record_reviewLine, orEmpty(review.getAction()), from));
			GridDataFactory.fillDefaults().span(2, 1).applyTo(done);
			reviewRows.check(done, r -> r.getReviews().get(index).isDone(), (r, value) -> r.getReviews().get(index).setDone(value));
			reviewed.add(done);
			Label label = new Label(reviews, SWT.NONE);
			label.setText(Messages.Record_reviewComment);
			Text comment = new Text(reviews, SWT.BORDER);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(comment);
			reviewRows.text(comment, r -> r.getReviews().get(index).getComment(), (r, value) -> r.getReviews().get(index).setComment(value));
		}
	}

	/** The agenda as a grid: the topic (a fixed row's wording as it stands), then its five fields. */
	private void buildRows() {
		for (Control child : agenda.getChildren()) {
			child.dispose();
		}
		topics.clear();
		GridLayoutFactory.fillDefaults().numColumns(6).applyTo(agenda);
		for (String heading : List.of(Messages.Record_topic, Messages.Record_discussed, Messages.Record_decisions, Messages.Record_action, Messages.Record_byWhom,
				Messages.Record_timescale)) {
			Label label = new Label(agenda, SWT.WRAP);
			label.setText(heading);
		}
		List<AgendaItem> items = session().record().getAgendaItems();
		for (int i = 0; i < items.size(); i++) {
			int index = i;
			AgendaItem item = items.get(i);
			if (item.getItemId() != null) {
				Label topic = new Label(agenda, SWT.WRAP);
				topic.setText(orEmpty(item.getTopic()));
				GridDataFactory.fillDefaults().hint(TOPIC_WIDTH, SWT.DEFAULT).applyTo(topic);
			} else {
				Text topic = cell(index, AgendaItem::getTopic, AgendaItem::setTopic, false);
				topic.setMessage(Messages.Record_newTopic);
				topics.add(topic);
			}
			cell(index, AgendaItem::getDiscussion, AgendaItem::setDiscussion, true);
			cell(index, AgendaItem::getDecision, AgendaItem::setDecision, true);
			cell(index, AgendaItem::getActions, AgendaItem::setActions, true);
			cell(index, AgendaItem::getByWhom, AgendaItem::setByWhom, false);
			cell(index, AgendaItem::getTimescale, AgendaItem::setTimescale, false);
		}
	}

	private Text cell(int index, Function<AgendaItem, String> get, BiConsumer<AgendaItem, String> set, boolean wide) {
		Text text = new Text(agenda, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(wide, false).hint(wide ? WIDE_CELL : NARROW_CELL, text.getLineHeight() * 3).applyTo(text);
		// Tab moves on rather than typing a tab, so the grid is walked from the keyboard.
		text.addTraverseListener(event -> event.doit = event.detail == SWT.TRAVERSE_TAB_NEXT || event.detail == SWT.TRAVERSE_TAB_PREVIOUS);
		return rows.text(text, record -> get.apply(record.getAgendaItems().get(index)), (record, value) -> set.accept(record.getAgendaItems().get(index), value));
	}

	/** Alt+W: a row of the session's own, its topic typed first. */
	private void addRow() {
		session().record().getAgendaItems().add(QaFactory.eINSTANCE.createAgendaItem());
		rows = parent.nested();
		buildRows();
		rows.show();
		rows.editable(true);
		changed();
		agenda.getParent().getParent().layout(true, true);
		relayout();
		topics.get(topics.size() - 1).setFocus();
	}

	private void relayout() {
		fitToWidth();
	}

	private static String signed(java.time.LocalDate on) {
		return on == null ? Messages.Editor_notSigned : Formats.date(on);
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}

	@Override
	protected void addButtons(WorkflowButtons<Step> buttons) {
		buttons.add(Step.SIGN_AS_SUPERVISEE, Messages.Editor_signAsSupervisee, () -> step(Step.SIGN_AS_SUPERVISEE));
		buttons.add(Step.SIGN_AS_SUPERVISOR, Messages.Editor_signAsSupervisor, () -> step(Step.SIGN_AS_SUPERVISOR));
		buttons.add(Step.AMEND, Messages.Editor_amend, this::startAmending);
	}

	@Override
	protected String done(Step step, SupervisionRecord record) {
		return NLS.bind(Messages.Record_signedBy, name(person()), name(record.getSupervisee()));
	}

	/** The record form's title, as stored with the record. */
	private String formTitle(SupervisionRecord record) {
		org.qaworkbench.model.ChecklistDefinition form = definition(record, SupervisionForms.RECORD);
		return form == null ? Messages.Record_formTitle : form.getTitle();
	}

	/** Where an action carried forward came from, as the review line says it. */
	private static String origin(ActionReview review) {
		return review.getOrigin() == null ? "" : review.getOrigin().getLiteral(); //$NON-NLS-1$
	}

	// For the tests.
	List<Button> reviewed() {
		return reviewed;
	}

	Button addRowButton() {
		return addRow;
	}

	/** The agenda's fields, row by row: (an added row's topic,) discussed, decisions, action, by whom, timescale. */
	List<Control> agendaFields() {
		return rows.controls();
	}

	List<Text> addedTopics() {
		return topics;
	}
}
