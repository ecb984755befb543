package org.qaworkbench.ui.internal.editor;

import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.MDirtyable;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.qaworkbench.core.checklists.scoring.ComputedScore;
import org.qaworkbench.core.checklists.scoring.ScoreCard;
import org.qaworkbench.core.checklists.scoring.Scoring;
import org.qaworkbench.core.Formats;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Drafts;
import org.qaworkbench.core.store.InvalidRecordException;
import org.qaworkbench.core.store.SaveRefusedException;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.AssessmentState;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.Item;
import org.qaworkbench.model.Section;
import org.qaworkbench.ui.internal.Messages;
import org.qaworkbench.ui.internal.ServiceLoaderSupport;

/**
 * The generic checklist editor: any definition, answered from the keyboard (see {@link ChecklistTable}), with the
 * selected question's guidance at hand, live scores, Ctrl+S to save and Complete to finish. Unsaved work is
 * autosaved as a draft every {@value #AUTOSAVE_MILLIS} ms, so a crash loses at most that much typing.
 */
public final class ChecklistEditorPart {

	public static final String ASSESSMENT_ID = "assessmentId"; //$NON-NLS-1$
	static final int AUTOSAVE_MILLIS = 20_000;
	private static final Pattern ANSWER_FIELD = Pattern.compile("answers\\[([^#\\]]+)"); //$NON-NLS-1$

	@Inject
	private Store store;
	@Inject
	private MDirtyable dirty;

	private Assessment assessment;
	private ChecklistDefinition definition;
	private ChecklistRows rows;
	private ChecklistTable table;
	private Label heading;
	private Label guidance;
	private Label progress;
	private Button complete;
	private long draftId;

	@PostConstruct
	void create(Composite parent, MPart part) {
		long id = Long.parseLong(part.getPersistedState().get(ASSESSMENT_ID));
		assessment = store.records().find(Assessment.class, id).orElseThrow();
		Drafts.Draft kept = keptDraft(id);
		definition = store.definitions().find(assessment.getDefinitionHash()).orElseThrow();
		rows = new ChecklistRows(definition, assessment);
		part.setLabel(definition.getTitle() + " " + assessment.getSubjectKey()); //$NON-NLS-1$
		GridLayoutFactory.fillDefaults().margins(8, 8).applyTo(parent);
		heading = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
		ServiceLoaderSupport.ensureStarted();
		table = new ChecklistTable(parent, rows, this::isEditable, this::changed, this::typed, this::showGuidance);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.table());
		guidance = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(guidance);
		Composite foot = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(foot);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(foot);
		progress = new Label(foot, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(progress);
		complete = new Button(foot, SWT.PUSH);
		complete.setText(Messages.Editor_complete);
		complete.addListener(SWT.Selection, event -> complete());
		showState();
		showProgress();
		if (kept != null) {
			// Work typed before a crash or an unsaved close: carry on from it, still to be saved.
			draftId = kept.id();
			dirty.setDirty(true);
			progress.setText(NLS.bind(Messages.Editor_draftRestored, Formats.dateTime(kept.savedAt())) + "\n" + progress.getText()); //$NON-NLS-1$
		}
		scheduleAutosave(parent);
		// Take the keyboard once shown: GTK gives focus back to the navigator when a dialog (New checklist) closes.
		parent.getDisplay().asyncExec(() -> {
			if (!table.table().isDisposed()) {
				focus();
			}
		});
	}

	/** The newest draft this user kept of this assessment, which then replaces what was loaded; null if none. */
	private Drafts.Draft keptDraft(long assessmentId) {
		for (Drafts.Draft draft : store.drafts().of(Actor.localUser())) {
			if (draft.content() instanceof Assessment typed && typed.getId() == assessmentId && assessment.getState() == AssessmentState.DRAFT) {
				assessment = typed;
				return draft;
			}
		}
		return null;
	}

	/**
	 * Only drafts are edited here: a completed assessment is signed off, and changing it takes the recorded
	 * amendment of the audit workflow.
	 */
	private boolean isEditable() {
		return assessment.getState() == AssessmentState.DRAFT;
	}

	private void showState() {
		heading.setText(NLS.bind(Messages.Editor_heading, new Object[] { definition.getTitle(), definition.getVersion(), assessment.getSubjectKey(),
				assessment.getState().getLiteral() }) + (isEditable() ? "" : "   " + Messages.Editor_readOnly)); //$NON-NLS-1$ //$NON-NLS-2$
		complete.setEnabled(isEditable());
	}

	private void showGuidance(Item item) {
		String text = item == null ? "" : item.getGuidance() == null || item.getGuidance().isBlank() ? Messages.Editor_noGuidance : item.getGuidance(); //$NON-NLS-1$
		guidance.setText(text);
		guidance.getParent().layout();
	}

	/** A typed answer: stored in its canonical form, or refused with the reason shown and nothing changed. */
	public boolean typed(Item item, String text) {
		String value = AnswerKeys.parseTyped(item, text);
		if (value == null) {
			progress.setText(NLS.bind(Messages.Editor_refusedValue, text, AnswerKeys.expected(item)));
			return false;
		}
		if (!rows.answer(item, value)) {
			return false;
		}
		changed();
		return true;
	}

	private void changed() {
		dirty.setDirty(true);
		table.refresh();
		showProgress();
	}

	/** Progress and the live scores: each scored section (with ticks per file for matrices), then the overall. */
	private void showProgress() {
		int[] counts = rows.progress();
		StringBuilder text = new StringBuilder(NLS.bind(Messages.Editor_progress, counts[0], counts[1]));
		ScoreCard scores = Scoring.score(definition, assessment);
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

	private static String shown(ComputedScore score) {
		return score.label() == null ? score.text() : score.text() + "  " + score.label(); //$NON-NLS-1$
	}

	private void scheduleAutosave(Composite parent) {
		parent.getDisplay().timerExec(AUTOSAVE_MILLIS, new Runnable() {
			@Override
			public void run() {
				if (table.table().isDisposed()) {
					return;
				}
				autosave();
				parent.getDisplay().timerExec(AUTOSAVE_MILLIS, this);
			}
		});
	}

	/** Keeps unsaved work as a draft, apart from the record, so nothing typed is lost in a crash. */
	public void autosave() {
		if (dirty.isDirty()) {
			draftId = store.drafts().save(draftId, definition.getTitle() + "  " + assessment.getSubjectKey(), assessment, Actor.localUser()); //$NON-NLS-1$
		}
	}

	@Persist
	public void save() {
		try {
			store(assessment);
		} catch (SaveRefusedException e) {
			MessageDialog.openError(table.table().getShell(), Messages.Editor_saveRefused, e.getMessage());
		}
	}

	/**
	 * Completes the checklist: every required question that applies must be answered. When some are not, their
	 * rows are marked and the checklist stays a draft with everything typed kept.
	 */
	public boolean complete() {
		Assessment completed = EcoreUtil.copy(assessment);
		completed.setState(AssessmentState.COMPLETED);
		completed.setCompletedOn(LocalDate.now());
		try {
			store(completed);
			table.markInvalid(Set.of());
			showState();
			showProgress();
			return true;
		} catch (InvalidRecordException e) {
			Set<String> items = e.problems().stream().map(problem -> ANSWER_FIELD.matcher(problem.field())).filter(Matcher::lookingAt)
					.map(matcher -> matcher.group(1)).collect(Collectors.toSet());
			table.markInvalid(items);
			progress.setText(NLS.bind(Messages.Editor_notComplete, items.size()) + "\n" + e.getMessage()); //$NON-NLS-1$
			return false;
		} catch (SaveRefusedException e) {
			progress.setText(e.getMessage());
			return false;
		}
	}

	private void store(Assessment toSave) throws SaveRefusedException {
		Scoring.apply(definition, toSave);
		assessment = store.records().save(toSave, Actor.localUser());
		rows.replace(assessment);
		if (draftId != 0) {
			store.drafts().discard(draftId);
			draftId = 0;
		}
		dirty.setDirty(false);
		table.refresh();
	}

	/** Selects a row's answer cell (for tests and for the keyboard flow). */
	public void select(int rowIndex) {
		table.select(rowIndex, ChecklistTable.ANSWER);
	}

	/** Selects the cell of a sampled file of a matrix row. */
	public void selectFile(int rowIndex, int file) {
		table.select(rowIndex, table.fileColumn(file));
	}

	public int firstItemRow() {
		return table.nextItemRow(-1);
	}

	public int rowOf(String itemId) {
		return table.rowOf(itemId);
	}

	public boolean isMarkedInvalid(String itemId) {
		return table.isMarkedInvalid(itemId);
	}

	public NatTable table() {
		return table.table();
	}

	public Assessment assessment() {
		return assessment;
	}

	public String progressText() {
		return progress.getText();
	}

	public String guidanceText() {
		return guidance.getText();
	}

	@Focus
	void focus() {
		table.table().setFocus();
		if (table.selectedRow() < 0) {
			select(firstItemRow());
		}
	}

	@PreDestroy
	void dispose() {
		autosave();
	}
}
