package org.qaworkbench.ui.internal.editor;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.e4.ui.model.application.ui.MDirtyable;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.qaworkbench.core.checklists.scoring.ComputedScore;
import org.qaworkbench.core.checklists.scoring.ScoreCard;
import org.qaworkbench.core.checklists.scoring.Scoring;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.InvalidRecordException;
import org.qaworkbench.core.store.SaveRefusedException;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.store.StoreFailureException;
import org.qaworkbench.core.validation.AnswerValues;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.AssessmentState;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.Item;
import org.qaworkbench.model.Section;
import org.qaworkbench.ui.editors.RecordSession;
import org.qaworkbench.ui.internal.Messages;
import org.qaworkbench.ui.internal.ServiceLoaderSupport;

/**
 * The body every checklist editor shares: any definition answered from the keyboard (see {@link ChecklistTable}),
 * the selected question's guidance at hand, live scores and progress. Saving, drafts and a new checklist stored by
 * its first answer are the editor kit's {@link RecordSession}. The generic editor adds a Complete button below it;
 * the case audit editor adds its header, overall judgement, actions and workflow.
 */
public final class ChecklistEditor {

	/**
	 * A kept draft is carried on from while the checklist is a draft; after that only an amendment begun on the
	 * version still stored (a signed-off audit being amended).
	 */
	public static final BiPredicate<Assessment, Assessment> TAKES_DRAFT = (stored, typed) -> stored.getState() == AssessmentState.DRAFT
			|| typed.getRowVersion() == stored.getRowVersion();
	/** The guidance area's height in lines; it scrolls beyond them rather than taking rows from the grid. */
	private static final int GUIDANCE_LINES = 6;
	private static final Pattern ANSWER_FIELD = Pattern.compile("answers\\[([^#\\]]+)"); //$NON-NLS-1$

	private final Store store;
	private final RecordSession<Assessment> session;
	private final ChecklistDefinition definition;
	private final List<Runnable> changeListeners = new ArrayList<>();
	private ChecklistRows rows;
	private ChecklistTable table;
	private Label heading;
	private Text guidance;
	private Label progress;
	private Composite foot;
	private ScoreCard scores;
	private BooleanSupplier editable = () -> assessment().getState() == AssessmentState.DRAFT;
	private Function<Item, String> moreGuidance = item -> ""; //$NON-NLS-1$
	private Clock clock = Clock.systemDefaultZone();

	public ChecklistEditor(Composite parent, Store store, Assessment stored, MDirtyable dirty, Supplier<Actor> actor) {
		this(parent, store, stored, dirty, actor, null);
	}

	/** {@code evidence}: what the case record says about a question, in a column beside it (null: no such column). */
	public ChecklistEditor(Composite parent, Store store, Assessment stored, MDirtyable dirty, Supplier<Actor> actor, Function<Item, String> evidence) {
		this(parent, new RecordSession<>(store, dirty, actor, stored, TAKES_DRAFT), evidence);
	}

	/** The body of an editor part of the kit, on its session (which has carried on from any kept draft). */
	public ChecklistEditor(Composite parent, RecordSession<Assessment> session, Function<Item, String> evidence) {
		this.session = session;
		this.store = session.store();
		saveAsItIs();
		definition = store.definitions().find(assessment().getDefinitionHash()).orElseThrow();
		session.setTitle(() -> definition.getTitle() + "  " + assessment().getSubjectKey()); //$NON-NLS-1$
		rows = new ChecklistRows(definition, assessment());
		GridLayoutFactory.fillDefaults().margins(8, 8).applyTo(parent);
		heading = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
		ServiceLoaderSupport.ensureStarted();
		table = new ChecklistTable(parent, rows, () -> editable.getAsBoolean(), this::changed, new Answering(), this::showGuidance, evidence);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.table());
		// A fixed height: a long question or much evidence scrolls here instead of pushing the current row out of view.
		guidance = new Text(parent, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, false).hint(400, guidance.getLineHeight() * GUIDANCE_LINES).applyTo(guidance);
		foot = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(1).applyTo(foot);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(foot);
		progress = new Label(foot, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(progress);
		showState();
		showProgress();
		if (session.restoredDraft()) {
			// Work typed before a crash or an unsaved close: carried on from, still to be saved.
			progress.setText(session.restoredMessage() + "\n" + progress.getText()); //$NON-NLS-1$
		}
		session.onMessage(this::sayIfShown);
		session.onInvalid(refusal -> showRefusal(refusal, Messages.Editor_notSaved));
		session.setShell(() -> table.table().getShell());
		session.onStored(this::showStored);
		session.autosaveEvery(table.table());
		// Take the keyboard once shown: GTK gives focus back to the navigator when a dialog (New checklist) closes.
		parent.getDisplay().asyncExec(() -> {
			if (!table.table().isDisposed()) {
				focus();
			}
		});
	}

	/** True when the editor carries on from a kept draft rather than the stored record. */
	public boolean restoredDraft() {
		return session.restoredDraft();
	}

	/** The scores of the assessment as it is on screen, as last shown. */
	public ScoreCard scores() {
		return scores;
	}

	/** The row below the progress, where an editor puts its buttons: give it the number of columns it needs. */
	public Composite foot() {
		return foot;
	}

	/** When answers may be typed: by default only in a draft (after that, through an amendment). */
	public void setEditable(BooleanSupplier editable) {
		this.editable = editable;
		showState();
	}

	/** More to show under a question's guidance, such as evidence from the case record. */
	public void setMoreGuidance(Function<Item, String> moreGuidance) {
		this.moreGuidance = moreGuidance;
	}

	/** How Ctrl+S stores the assessment (an amendment, for a signed-off audit). */
	public void setSaver(RecordSession.Saver<Assessment> saver) {
		session.setSaver(saver);
	}

	/** Ctrl+S scores the assessment and saves it as it is (the default). */
	public void saveAsItIs() {
		session.setSaver(toSave -> {
			Scoring.apply(definition(), toSave);
			return store.records().save(toSave, session.actor());
		});
	}

	public void onChange(Runnable listener) {
		changeListeners.add(listener);
	}

	public boolean isEditable() {
		return editable.getAsBoolean();
	}

	public void showState() {
		if (heading == null) {
			return;
		}
		heading.setText(NLS.bind(Messages.Editor_heading, new Object[] { definition.getTitle(), definition.getVersion(), assessment().getSubjectKey(),
				assessment().getState().getLiteral() }) + (isEditable() ? "" : "   " + Messages.Editor_readOnly)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * The selected question in full (the grid cuts long ones), the choices of a choice question, its guidance and
	 * whatever the editor adds (evidence).
	 */
	private void showGuidance(Item item) {
		if (item == null) {
			guidance.setText(""); //$NON-NLS-1$
			return;
		}
		List<String> lines = new ArrayList<>();
		lines.add(item.getText());
		if (!item.getChoices().isEmpty()) {
			lines.add(NLS.bind(Messages.Editor_choices, String.join(", ", item.getChoices()))); //$NON-NLS-1$
		}
		lines.add(item.getGuidance() == null || item.getGuidance().isBlank() ? Messages.Editor_noGuidance : item.getGuidance());
		String more = moreGuidance.apply(item);
		if (!more.isEmpty()) {
			lines.add(more);
		}
		guidance.setText(String.join("\n", lines)); //$NON-NLS-1$
	}

	/** Where today comes from for the value rules (a date after today is refused where it cannot be planned). */
	public void setClock(Clock clock) {
		this.clock = clock;
	}

	/**
	 * A typed answer: stored in its canonical form, or refused with the reason shown and nothing changed. The rules
	 * are core's ({@link AnswerValues}), the ones the store applies on saving.
	 */
	public boolean typed(Item item, String text) {
		String value = AnswerKeys.parseTyped(item, text);
		String shown = AnswerValues.shown(text == null ? "" : text.strip()); //$NON-NLS-1$
		String refused = value == null ? NLS.bind(Messages.Editor_refusedValue, shown, AnswerKeys.expected(item)) : refusal(item, value, shown);
		if (refused != null) {
			say(refused);
			return false;
		}
		if (!rows.answer(item, value)) {
			return false;
		}
		changed();
		return true;
	}

	private String refusal(Item item, String value, String shown) {
		String refused = new AnswerValues(clock).refusal(item, value, assessment());
		return refused == null ? null : NLS.bind(Messages.Editor_refusedBecause, shown, refused);
	}

	/** A comment typed: kept, or refused with the reason shown when no store could keep it whole. */
	public boolean commented(Item item, String text) {
		String refused = AnswerValues.textRefusal(text);
		if (refused != null) {
			say(NLS.bind(Messages.Editor_commentRefused, refused));
			return false;
		}
		rows.comment(item, text);
		changed();
		return true;
	}

	/** A key that answers nothing for this item (a 7 on a 1-5 scale) says why, so no key is silently ignored. */
	private void refusedKey(Item item, char key) {
		String shownKey = String.valueOf(Character.toUpperCase(key));
		String refused = AnswerKeys.isTyped(item) ? NLS.bind(Messages.Editor_typeWithEnter, AnswerKeys.expected(item))
				: new AnswerValues(clock).refusal(item, shownKey, assessment());
		say(NLS.bind(Messages.Editor_refusedKey, shownKey, refused == null ? Messages.Editor_keyAnswersNothing : refused));
	}

	/** What the table hands over as it is typed in. */
	private final class Answering implements ChecklistTable.TypedAnswers {
		@Override
		public boolean typed(Item item, String text) {
			return ChecklistEditor.this.typed(item, text);
		}

		@Override
		public boolean commented(Item item, String text) {
			return ChecklistEditor.this.commented(item, text);
		}

		@Override
		public void refusedKey(Item item, char key) {
			ChecklistEditor.this.refusedKey(item, key);
		}
	}

	/** Something in the assessment changed (here or in an editor's own fields): dirty, refreshed, rescored. */
	public void changed() {
		String notStored = session.changed();
		refreshAll();
		if (notStored != null) {
			say(notStored);
		}
	}

	/**
	 * Answers filled in from elsewhere (the case record), not typed: a checklist not yet stored takes them as part
	 * of how it started, so one closed untouched still leaves nothing behind; a stored one has changed.
	 */
	public void prefilled() {
		if (!session.restart()) {
			changed();
			return;
		}
		refreshAll();
	}

	private void refreshAll() {
		table.refresh();
		showProgress();
		changeListeners.forEach(Runnable::run);
	}

	/** Stores a new checklist (as it was started) before something of its own is stored, such as a remedial action. */
	public boolean ensureStored() {
		return session.ensureStored();
	}

	/** True while the assessment is only on screen: begun with Ctrl+N and nothing typed into it yet. */
	public boolean isNew() {
		return session.isNew();
	}

	/** Progress and the live scores: each scored section (with ticks per file for matrices), then the overall. */
	private void showProgress() {
		int[] counts = rows.progress();
		StringBuilder text = new StringBuilder(NLS.bind(Messages.Editor_progress, counts[0], counts[1]));
		scores = Scoring.score(definition, assessment());
		for (Section section : definition.getSections()) {
			scores.section(section.getSectionId()).ifPresent(score -> text.append("\n").append(section.getTitle()).append(": ").append(shown(score))); //$NON-NLS-1$ //$NON-NLS-2$
			var perFile = scores.fileTotals(section.getSectionId());
			if (perFile != null && !perFile.isEmpty()) {
				text.append("   ").append(NLS.bind(Messages.Editor_perFile, perFile.stream().map(String::valueOf).collect(Collectors.joining(", ")))); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		scores.overall().ifPresent(score -> text.append("\n").append(NLS.bind(Messages.Editor_overall, shown(score)))); //$NON-NLS-1$
		progress.setText(text.toString());
		progress.getParent().getParent().layout(true, true);
	}

	public static String shown(ComputedScore score) {
		return score.label() == null ? score.text() : score.text() + "  " + score.label(); //$NON-NLS-1$
	}

	public void say(String message) {
		progress.setText(message);
		progress.getParent().getParent().layout(true, true);
	}

	/** Keeps unsaved work as a draft (the autosave's tick; see {@link RecordSession#autosave()}). */
	public void autosave() {
		session.autosave();
	}

	/** True while the last autosave could not be written. */
	public boolean draftFailing() {
		return session.draftFailing();
	}

	private void sayIfShown(String message) {
		if (!progress.isDisposed()) {
			say(message);
		}
	}

	/** Says that the store could not write, and that everything typed is kept in this editor; returns what it said. */
	public String sayNotSaved(StoreFailureException e) {
		return session.sayNotSaved(e);
	}

	/** Drops what was typed since the last save, and its draft (asked for when quitting): nothing of it is kept. */
	public void discardUnsaved() {
		session.discardUnsaved();
	}

	/**
	 * Ctrl+S: stores the assessment, or shows why it was not stored with everything typed kept: values the rules
	 * refuse beside the grid with their questions marked, a refusal or a failing database in a dialog, never silently.
	 */
	public boolean save() {
		return session.save();
	}

	/** Stores through the saver (by default: scored and saved as it is). */
	public void store(Assessment toSave) throws SaveRefusedException {
		session.store(toSave);
	}

	/** Takes the assessment as the store now has it, after a save or a workflow step: nothing left unsaved. */
	public void stored(Assessment saved) {
		session.stored(saved);
	}

	private void showStored(Assessment saved) {
		rows.replace(saved);
		table.markInvalid(Set.of());
		table.refresh();
		showState();
		showProgress();
		changeListeners.forEach(Runnable::run);
	}

	/**
	 * Marks the questions a refusal names and selects the first of them. It says in words how many required questions
	 * are unanswered and how many answers cannot be kept ({@code summary} takes that as {0}), then why, question by
	 * question, for each answer refused (by the question's wording, never an internal id). Other problems are said as
	 * they are. Everything typed stays. Returns what it said.
	 */
	public String showRefusal(InvalidRecordException e, String summary) {
		Set<String> marked = new java.util.LinkedHashSet<>();
		int unanswered = 0;
		List<String> said = new ArrayList<>();
		for (InvalidRecordException.Problem problem : e.problems()) {
			Matcher answer = ANSWER_FIELD.matcher(problem.field());
			if (!answer.lookingAt()) {
				said.add(problem.message());
				continue;
			}
			String itemId = answer.group(1);
			if (!marked.add(itemId)) {
				continue;
			}
			Item item = item(itemId);
			if (item != null && rows.answer(item).isPresent()) {
				said.add(NLS.bind(Messages.Editor_answerRefused, item.getText(), problem.message()));
			} else {
				unanswered++;
			}
		}
		table.markInvalid(marked);
		marked.stream().mapToInt(table::rowOf).filter(row -> row >= 0).min().ifPresent(this::select);
		int refused = marked.size() - unanswered;
		if (!marked.isEmpty()) {
			String count = unanswered == 0 ? counted(refused, Messages.Editor_refusedOne, Messages.Editor_refusedMany)
					: refused == 0 ? missing(unanswered)
							: NLS.bind(Messages.Editor_missingAndRefused, missing(unanswered), counted(refused, Messages.Editor_refusedOne, Messages.Editor_refusedMany));
			said.add(0, NLS.bind(summary, count));
		}
		String text = String.join("\n", said); //$NON-NLS-1$
		say(text);
		return text;
	}

	private Item item(String itemId) {
		return rows.rows().stream().map(ChecklistRows.Row::item).filter(item -> item != null && itemId.equals(item.getItemId())).findFirst().orElse(null);
	}

	/** "one required question has no answer yet", "three required questions have no answer yet". */
	static String missing(int count) {
		return counted(count, Messages.Editor_missingOne, Messages.Editor_missingMany);
	}

	/** {@code one}, or {@code many} with the count in words up to twenty. */
	private static String counted(int count, String one, String many) {
		String[] numbers = Messages.Editor_numbers.split(","); //$NON-NLS-1$
		return count == 1 ? one : NLS.bind(many, count < numbers.length ? numbers[count] : String.valueOf(count));
	}

	public Actor actor() {
		return session.actor();
	}

	public ChecklistDefinition definition() {
		return definition;
	}

	public Assessment assessment() {
		return session.record();
	}

	/** Selects a row's answer cell (for tests and for the keyboard flow). */
	public void select(int rowIndex) {
		table.select(rowIndex, ChecklistTable.ANSWER);
	}

	/** Heads each file column with the file it holds (1 for the first) instead of "File 1". */
	public void setFileHeader(java.util.function.IntFunction<String> fileHeader) {
		table.setFileHeader(fileHeader);
	}

	/** The heading of a file column (1 for the first) as shown. */
	public String fileHeader(int file) {
		return table.fileHeader(file);
	}

	/** How many file columns hold a file: Y / N / A go from file to file up to the last of them, then to the next question. */
	public void setFilesInUse(java.util.function.IntSupplier filesInUse) {
		table.setFilesInUse(filesInUse);
	}

	/** The file of the selected cell (1 for the first), or 0 when the selection is not in a file column. */
	public int selectedFile() {
		return table.selectedFile();
	}

	/** Shows the selected question's guidance again (what an editor adds to it has changed). */
	public void showGuidance() {
		int row = table.selectedRow();
		showGuidance(row >= 0 && row < rows.rows().size() ? rows.rows().get(row).item() : null);
	}

	/** Selects the cell of a sampled file of a matrix row. */
	public void selectFile(int rowIndex, int file) {
		table.select(rowIndex, table.fileColumn(file));
	}

	public int firstItemRow() {
		return table.nextItemRow(-1);
	}

	/** The row of the selected cell, -1 when none is. */
	public int selectedRow() {
		return table.selectedRow();
	}

	public int rowOf(String itemId) {
		return table.rowOf(itemId);
	}

	/** True when the row is wholly in the visible part of the grid. */
	public boolean isShown(int rowIndex) {
		return table.isShown(rowIndex);
	}

	public boolean isMarkedInvalid(String itemId) {
		return table.isMarkedInvalid(itemId);
	}

	public NatTable table() {
		return table.table();
	}

	public String progressText() {
		return progress.getText();
	}

	public String guidanceText() {
		return guidance.getText();
	}

	public void focus() {
		table.table().setFocus();
		if (table.selectedRow() < 0) {
			select(firstItemRow());
		}
	}
}
