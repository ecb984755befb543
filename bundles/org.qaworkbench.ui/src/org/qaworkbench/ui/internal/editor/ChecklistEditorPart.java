package org.qaworkbench.ui.internal.editor;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.MDirtyable;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.nebula.widgets.nattable.util.GUIHelper;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.AbstractUiBindingConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.config.IEditableRule;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.edit.EditConfigAttributes;
import org.eclipse.nebula.widgets.nattable.edit.command.EditCellCommand;
import org.eclipse.nebula.widgets.nattable.edit.config.DefaultEditConfiguration;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultColumnHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.layer.CompositeLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.cell.ColumnOverrideLabelAccumulator;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectCellCommand;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.ui.binding.UiBindingRegistry;
import org.eclipse.nebula.widgets.nattable.ui.matcher.KeyEventMatcher;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.qaworkbench.core.checklists.scoring.ComputedScore;
import org.qaworkbench.core.checklists.scoring.ScoreCard;
import org.qaworkbench.core.checklists.scoring.Scoring;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.SaveRefusedException;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.AssessmentState;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.Item;
import org.qaworkbench.ui.internal.Messages;
import org.qaworkbench.ui.internal.editor.ChecklistRows.Row;

/**
 * The generic checklist editor: any definition, one row per item under its section's heading, answered from the
 * keyboard (digits, Y, N, A), Enter for the item's comment. Unsaved work is autosaved as a draft every
 * {@value #AUTOSAVE_MILLIS} ms, so a crash loses at most that much typing.
 */
public final class ChecklistEditorPart {

	public static final String ASSESSMENT_ID = "assessmentId"; //$NON-NLS-1$
	static final int AUTOSAVE_MILLIS = 20_000;
	private static final int QUESTION = 0;
	private static final int ANSWER = 1;
	private static final int COMMENT = 2;
	private static final String COMMENT_LABEL = "COMMENT"; //$NON-NLS-1$
	private static final String HEADING_LABEL = "HEADING"; //$NON-NLS-1$

	@Inject
	private Store store;
	@Inject
	private MDirtyable dirty;

	private Assessment assessment;
	private ChecklistDefinition definition;
	private ChecklistRows rows;
	private NatTable table;
	private SelectionLayer selection;
	private Label progress;
	private long draftId;

	@PostConstruct
	void create(Composite parent, MPart part) {
		long id = Long.parseLong(part.getPersistedState().get(ASSESSMENT_ID));
		assessment = store.records().find(Assessment.class, id).orElseThrow();
		definition = store.definitions().find(assessment.getDefinitionHash()).orElseThrow();
		rows = new ChecklistRows(definition, assessment);
		part.setLabel(definition.getTitle() + " " + assessment.getSubjectKey()); //$NON-NLS-1$
		GridLayoutFactory.fillDefaults().margins(8, 8).applyTo(parent);
		Label heading = new Label(parent, SWT.NONE);
		heading.setText(NLS.bind(Messages.Editor_heading, new Object[] { definition.getTitle(), definition.getVersion(), assessment.getSubjectKey(),
				assessment.getState().getLiteral() }) + (isEditable() ? "" : "   " + Messages.Editor_readOnly)); //$NON-NLS-1$ //$NON-NLS-2$
		table = createTable(parent);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
		progress = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(progress);
		showProgress();
		scheduleAutosave(parent);
		// Take the keyboard once shown: GTK gives focus back to the navigator when a dialog (New checklist) closes.
		parent.getDisplay().asyncExec(() -> {
			if (!table.isDisposed()) {
				focus();
			}
		});
	}

	private NatTable createTable(Composite parent) {
		IDataProvider body = new RowsDataProvider();
		DataLayer bodyData = new DataLayer(body);
		bodyData.setColumnPercentageSizing(true);
		bodyData.setColumnWidthPercentageByPosition(QUESTION, 55);
		bodyData.setColumnWidthPercentageByPosition(ANSWER, 20);
		bodyData.setColumnWidthPercentageByPosition(COMMENT, 25);
		ColumnOverrideLabelAccumulator labels = new ColumnOverrideLabelAccumulator(bodyData) {
			@Override
			public void accumulateConfigLabels(org.eclipse.nebula.widgets.nattable.layer.LabelStack configLabels, int columnPosition, int rowPosition) {
				super.accumulateConfigLabels(configLabels, columnPosition, rowPosition);
				if (rowPosition < rows.rows().size() && rows.rows().get(rowPosition).isHeading()) {
					configLabels.addLabel(HEADING_LABEL);
				}
			}
		};
		if (isEditable()) {
			labels.registerColumnOverrides(COMMENT, COMMENT_LABEL);
		}
		bodyData.setConfigLabelAccumulator((configLabels, column, row) -> {
			labels.accumulateConfigLabels(configLabels, column, row);
			if (isEditable() && column == ANSWER && row < rows.rows().size() && !rows.rows().get(row).isHeading()
					&& AnswerKeys.isTyped(rows.rows().get(row).item())) {
				configLabels.addLabel(COMMENT_LABEL);
			}
		});
		selection = new SelectionLayer(bodyData);
		ViewportLayer viewport = new ViewportLayer(selection);
		DataLayer headerData = new DataLayer(new DefaultColumnHeaderDataProvider(
				new String[] { Messages.Editor_question, Messages.Editor_answer, Messages.Editor_comment }));
		ColumnHeaderLayer header = new ColumnHeaderLayer(headerData, viewport, selection);
		CompositeLayer composite = new CompositeLayer(1, 2);
		composite.setChildLayer(GridRegion.COLUMN_HEADER, header, 0, 0);
		composite.setChildLayer(GridRegion.BODY, viewport, 0, 1);
		// A plain composite (not NatTable's GridLayer) needs the edit handlers and the default text editor added.
		composite.addConfiguration(new DefaultEditConfiguration());
		NatTable natTable = new NatTable(parent, composite, false);
		natTable.addConfiguration(new DefaultNatTableStyleConfiguration());
		natTable.addConfiguration(new AbstractUiBindingConfiguration() {
			@Override
			public void configureUiBindings(UiBindingRegistry registry) {
				for (char key : "0123456789yYnNaA".toCharArray()) { //$NON-NLS-1$
					registry.registerFirstKeyBinding(new KeyEventMatcher(SWT.NONE, key), (t, event) -> answerSelected(event.character));
				}
				registry.registerFirstKeyBinding(new KeyEventMatcher(SWT.NONE, SWT.CR), (t, event) -> editComment());
			}

			@Override
			public void configureRegistry(org.eclipse.nebula.widgets.nattable.config.IConfigRegistry registry) {
				registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITABLE_RULE, IEditableRule.ALWAYS_EDITABLE, DisplayMode.EDIT, COMMENT_LABEL);
				registry.registerConfigAttribute(CellConfigAttributes.RENDER_GRID_LINES, Boolean.TRUE);
				Style text = new Style();
				text.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.LEFT);
				registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, text, DisplayMode.NORMAL, GridRegion.BODY);
				Style heading = new Style();
				heading.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.LEFT);
				heading.setAttributeValue(CellStyleAttributes.FONT, JFaceResources.getBannerFont());
				heading.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, GUIHelper.COLOR_WIDGET_LIGHT_SHADOW);
				registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, heading, DisplayMode.NORMAL, HEADING_LABEL);
			}
		});
		natTable.configure();
		return natTable;
	}

	/** The data of the rows for NatTable; only the comment column is written through it. */
	private final class RowsDataProvider implements IDataProvider {
		@Override
		public Object getDataValue(int column, int rowIndex) {
			Row row = rows.rows().get(rowIndex);
			if (row.isHeading()) {
				return column == QUESTION ? row.section().getTitle() : ""; //$NON-NLS-1$
			}
			return switch (column) {
			case QUESTION -> row.item().getText();
			case ANSWER -> rows.shown(row.item());
			default -> rows.answer(row.item()).map(a -> a.getComment() == null ? "" : a.getComment()).orElse(""); //$NON-NLS-1$ //$NON-NLS-2$
			};
		}

		@Override
		public void setDataValue(int column, int rowIndex, Object value) {
			Row row = rows.rows().get(rowIndex);
			if (row.isHeading()) {
				return;
			}
			if (column == COMMENT) {
				rows.comment(row.item(), (String) value);
				changed();
			} else if (column == ANSWER) {
				typed(row.item(), (String) value);
			}
		}

		@Override
		public int getColumnCount() {
			return 3;
		}

		@Override
		public int getRowCount() {
			return rows.rows().size();
		}
	}

	/** Answers the selected item from a key and moves to the next item, so a checklist is scored key after key. */
	public boolean answerSelected(char key) {
		int rowIndex = selectedRow();
		if (!isEditable() || rowIndex < 0 || rows.rows().get(rowIndex).isHeading()) {
			return false;
		}
		Item item = rows.rows().get(rowIndex).item();
		String value = AnswerKeys.valueFor(item, key);
		if (value == null || !rows.answer(item, value)) {
			return false;
		}
		changed();
		select(nextItemRow(rows.rows().indexOf(rows.rows().stream().filter(r -> r.item() == item).findFirst().orElseThrow())));
		return true;
	}

	/** Enter edits what can only be typed (text, a date, a number, a choice), otherwise the item's comment. */
	private void editComment() {
		int rowIndex = selectedRow();
		if (isEditable() && rowIndex >= 0 && !rows.rows().get(rowIndex).isHeading()) {
			int column = AnswerKeys.isTyped(rows.rows().get(rowIndex).item()) && selectedColumn() != COMMENT ? ANSWER : COMMENT;
			select(rowIndex, column);
			table.doCommand(new EditCellCommand(table, table.getConfigRegistry(), selection.getCellByPosition(column, rowIndex)));
		}
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

	private int selectedColumn() {
		return selection.getSelectionAnchor().getColumnPosition();
	}

	/**
	 * Only drafts are edited here: a completed assessment is signed off, and changing it takes the recorded
	 * amendment of the audit workflow.
	 */
	private boolean isEditable() {
		return assessment.getState() == AssessmentState.DRAFT;
	}

	private int selectedRow() {
		var anchor = selection.getSelectionAnchor();
		return anchor.getRowPosition();
	}

	private int nextItemRow(int after) {
		for (int i = after + 1; i < rows.rows().size(); i++) {
			if (!rows.rows().get(i).isHeading()) {
				return i;
			}
		}
		return after;
	}

	/** Selects a row's answer cell (the row, for tests and for the keyboard flow). */
	public void select(int rowIndex) {
		select(rowIndex, ANSWER);
	}

	private void select(int rowIndex, int column) {
		table.doCommand(new SelectCellCommand(selection, column, rowIndex, false, false));
	}

	/** The row showing an item, for tests. */
	public int rowOf(String itemId) {
		for (int i = 0; i < rows.rows().size(); i++) {
			if (!rows.rows().get(i).isHeading() && rows.rows().get(i).item().getItemId().equals(itemId)) {
				return i;
			}
		}
		return -1;
	}

	/** The row of the first item, for moving into the table. */
	public int firstItemRow() {
		return nextItemRow(-1);
	}

	private void changed() {
		dirty.setDirty(true);
		table.refresh();
		showProgress();
	}

	/** Progress and the live scores: each scored section, then the overall score the assessor may accept. */
	private void showProgress() {
		int[] counts = rows.progress();
		StringBuilder text = new StringBuilder(NLS.bind(Messages.Editor_progress, counts[0], counts[1]));
		ScoreCard scores = Scoring.score(definition, assessment);
		for (org.qaworkbench.model.Section section : definition.getSections()) {
			scores.section(section.getSectionId()).ifPresent(score -> text.append("\n").append(section.getTitle()).append(": ").append(shown(score))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		scores.overall().ifPresent(score -> text.append("\n").append(NLS.bind(Messages.Editor_overall, shown(score)))); //$NON-NLS-1$
		progress.setText(text.toString());
		progress.getParent().layout();
	}

	private static String shown(ComputedScore score) {
		return score.label() == null ? score.text() : score.text() + "  " + score.label(); //$NON-NLS-1$
	}

	private void scheduleAutosave(Composite parent) {
		parent.getDisplay().timerExec(AUTOSAVE_MILLIS, new Runnable() {
			@Override
			public void run() {
				if (table.isDisposed()) {
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
			draftId = store.drafts().save(draftId, assessment.getSubjectKey() + " " + assessment.getDefinitionId(), assessment, Actor.localUser()); //$NON-NLS-1$
		}
	}

	@Persist
	public void save() {
		try {
			Scoring.apply(definition, assessment);
			assessment = store.records().save(assessment, Actor.localUser());
			rows = new ChecklistRows(definition, assessment);
			if (draftId != 0) {
				store.drafts().discard(draftId);
				draftId = 0;
			}
			dirty.setDirty(false);
			table.refresh();
		} catch (SaveRefusedException e) {
			MessageDialog.openError(table.getShell(), Messages.Editor_saveRefused, e.getMessage());
		}
	}

	/** The table, for tests that type into it. */
	public NatTable table() {
		return table;
	}

	public Assessment assessment() {
		return assessment;
	}

	public String progressText() {
		return progress.getText();
	}

	@Focus
	void focus() {
		table.setFocus();
		if (selectedRow() < 0) {
			select(firstItemRow());
		}
	}

	@PreDestroy
	void dispose() {
		autosave();
	}
}
