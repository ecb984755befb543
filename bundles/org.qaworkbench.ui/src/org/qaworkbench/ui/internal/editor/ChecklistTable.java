package org.qaworkbench.ui.internal.editor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.AbstractUiBindingConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.config.IEditableRule;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.edit.EditConfigAttributes;
import org.eclipse.nebula.widgets.nattable.edit.command.EditCellCommand;
import org.eclipse.nebula.widgets.nattable.edit.config.DefaultEditConfiguration;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultColumnHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.layer.CompositeLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectCellCommand;
import org.eclipse.nebula.widgets.nattable.selection.event.CellSelectionEvent;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.nebula.widgets.nattable.ui.binding.UiBindingRegistry;
import org.eclipse.nebula.widgets.nattable.ui.matcher.KeyEventMatcher;
import org.eclipse.nebula.widgets.nattable.util.GUIHelper;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.nebula.widgets.nattable.viewport.command.ShowRowInViewportCommand;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.qaworkbench.model.Item;
import org.qaworkbench.model.ItemKind;
import org.qaworkbench.ui.internal.Messages;
import org.qaworkbench.ui.internal.editor.ChecklistRows.Row;

/**
 * The NatTable of the generic editor: Question, Answer, one column per sampled file when the checklist has tick
 * matrices, Comment. Keys answer the selected cell; Enter types an answer or a comment.
 */
final class ChecklistTable {

	static final int QUESTION = 0;
	static final int ANSWER = 1;
	private static final String EDITABLE = "EDITABLE"; //$NON-NLS-1$
	private static final String HEADING = "HEADING"; //$NON-NLS-1$
	private static final String INVALID = "INVALID"; //$NON-NLS-1$

	private final ChecklistRows rows;
	private final int files;
	private final BooleanSupplier editable;
	private final Runnable changed;
	private final TypedAnswers typed;
	private final NatTable table;
	private final SelectionLayer selection;
	private final ViewportLayer viewport;
	private final Set<String> invalidItems = new HashSet<>();
	private final Consumer<Item> selected;
	/** What the case record says about a question, shown beside it; null for no such column. */
	private final Function<Item, String> evidence;
	/** The heading of a file column (1 for the first): "File 1" unless an editor names the file it holds. */
	private IntFunction<String> fileHeader = file -> NLS.bind(Messages.Editor_file, file);

	/** What the editor does with what is typed: an answer or a comment (true when kept), a key that answers nothing. */
	interface TypedAnswers {
		boolean typed(Item item, String text);

		boolean commented(Item item, String text);

		void refusedKey(Item item, char key);
	}

	ChecklistTable(Composite parent, ChecklistRows rows, BooleanSupplier editable, Runnable changed, TypedAnswers typed, Consumer<Item> selected,
			Function<Item, String> evidence) {
		this.rows = rows;
		this.evidence = evidence;
		this.files = rows.matrixFiles();
		this.editable = editable;
		this.changed = changed;
		this.typed = typed;
		DataLayer body = new DataLayer(new Data(typed));
		body.setColumnPercentageSizing(true);
		body.setColumnWidthPercentageByPosition(QUESTION, (files == 0 ? 55 : 45) - (evidence == null ? 0 : 15));
		body.setColumnWidthPercentageByPosition(ANSWER, files == 0 ? 20 : 15);
		for (int file = 1; file <= files; file++) {
			body.setColumnWidthPercentageByPosition(fileColumn(file), 20 / files);
		}
		body.setColumnWidthPercentageByPosition(commentColumn(), (files == 0 ? 25 : 20) - (evidence == null ? 0 : 5));
		if (evidence != null) {
			body.setColumnWidthPercentageByPosition(evidenceColumn(), 20);
		}
		body.setConfigLabelAccumulator((labels, column, row) -> {
			if (row >= rows.rows().size()) {
				return;
			}
			Row shown = rows.rows().get(row);
			if (shown.isHeading()) {
				labels.addLabel(HEADING);
				return;
			}
			if (invalidItems.contains(shown.item().getItemId())) {
				labels.addLabel(INVALID);
			}
			boolean typedAnswer = column == ANSWER && AnswerKeys.isTyped(shown.item());
			if (editable.getAsBoolean() && (column == commentColumn() || typedAnswer)) {
				labels.addLabel(EDITABLE);
			}
		});
		selection = new SelectionLayer(body);
		viewport = new ViewportLayer(selection);
		ColumnHeaderLayer header = new ColumnHeaderLayer(new DataLayer(new Headers()), viewport, selection);
		CompositeLayer composite = new CompositeLayer(1, 2);
		composite.setChildLayer(GridRegion.COLUMN_HEADER, header, 0, 0);
		composite.setChildLayer(GridRegion.BODY, viewport, 0, 1);
		// A plain composite (not NatTable's GridLayer) needs the edit handlers and the default text editor added.
		composite.addConfiguration(new DefaultEditConfiguration());
		table = new NatTable(parent, composite, false);
		table.addConfiguration(new DefaultNatTableStyleConfiguration());
		table.addConfiguration(new Keys());
		table.configure();
		this.selected = selected;
		table.addLayerListener(event -> {
			if (event instanceof CellSelectionEvent) {
				tellSelected();
			}
		});
		// Arrow keys and clicks select through NatTable's own commands: tell after them as well.
		table.addListener(SWT.KeyUp, event -> tellSelected());
		table.addListener(SWT.MouseUp, event -> tellSelected());
		// The grid shrinks when the panels around it grow (progress, messages): keep the current row in view.
		table.addListener(SWT.Resize, event -> revealSelected());
	}

	private void revealSelected() {
		int row = selectedRow();
		if (row >= 0 && row < rows.rows().size()) {
			viewport.doCommand(new ShowRowInViewportCommand(row));
		}
	}

	private void tellSelected() {
		int row = selectedRow();
		selected.accept(row >= 0 && row < rows.rows().size() ? rows.rows().get(row).item() : null);
	}

	/** Names the file columns; read at each paint, so a new sample shows at the next refresh. */
	void setFileHeader(IntFunction<String> fileHeader) {
		this.fileHeader = fileHeader;
		table.refresh();
	}

	/** The column headings, asked for at each paint. */
	private final class Headers extends DefaultColumnHeaderDataProvider {
		Headers() {
			super(headers());
		}

		@Override
		public Object getDataValue(int column, int row) {
			return column > ANSWER && column <= ANSWER + files ? fileHeader.apply(column - ANSWER) : super.getDataValue(column, row);
		}
	}

	private String[] headers() {
		List<String> headers = new ArrayList<>(List.of(Messages.Editor_question, Messages.Editor_answer));
		for (int file = 1; file <= files; file++) {
			headers.add(NLS.bind(Messages.Editor_file, file));
		}
		headers.add(Messages.Editor_comment);
		if (evidence != null) {
			headers.add(Messages.Editor_evidence);
		}
		return headers.toArray(String[]::new);
	}

	int fileColumn(int file) {
		return ANSWER + file;
	}

	int commentColumn() {
		return ANSWER + files + 1;
	}

	int evidenceColumn() {
		return commentColumn() + 1;
	}

	/** Keys that answer, Enter that types, styles for headings, editable and refused cells. */
	private final class Keys extends AbstractUiBindingConfiguration {
		@Override
		public void configureUiBindings(UiBindingRegistry registry) {
			for (char key : "0123456789yYnNaA".toCharArray()) { //$NON-NLS-1$
				registry.registerFirstKeyBinding(new KeyEventMatcher(SWT.NONE, key), (t, event) -> answerSelected(event.character));
			}
			registry.registerFirstKeyBinding(new KeyEventMatcher(SWT.NONE, SWT.CR), (t, event) -> edit());
		}

		@Override
		public void configureRegistry(IConfigRegistry registry) {
			registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITABLE_RULE, IEditableRule.ALWAYS_EDITABLE, DisplayMode.EDIT, EDITABLE);
			registry.registerConfigAttribute(CellConfigAttributes.RENDER_GRID_LINES, Boolean.TRUE);
			registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, style(null, null), DisplayMode.NORMAL, GridRegion.BODY);
			registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, style(GUIHelper.COLOR_WIDGET_LIGHT_SHADOW, true), DisplayMode.NORMAL, HEADING);
			registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, style(GUIHelper.getColor(255, 214, 214), null), DisplayMode.NORMAL, INVALID);
		}

		private Style style(org.eclipse.swt.graphics.Color background, Boolean bold) {
			Style style = new Style();
			style.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.LEFT);
			if (background != null) {
				style.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, background);
			}
			if (bold != null) {
				style.setAttributeValue(CellStyleAttributes.FONT, JFaceResources.getBannerFont());
			}
			return style;
		}
	}

	/** The rows for NatTable; typed answers and comments come back through setDataValue. */
	private final class Data implements IDataProvider {
		private final TypedAnswers typed;

		Data(TypedAnswers typed) {
			this.typed = typed;
		}

		@Override
		public Object getDataValue(int column, int rowIndex) {
			Row row = rows.rows().get(rowIndex);
			if (row.isHeading()) {
				return column == QUESTION ? row.section().getTitle() : ""; //$NON-NLS-1$
			}
			if (column == QUESTION) {
				return row.item().getText();
			}
			if (column == ANSWER) {
				return rows.shown(row.item());
			}
			if (column == commentColumn()) {
				return rows.answer(row.item()).map(a -> a.getComment() == null ? "" : a.getComment()).orElse(""); //$NON-NLS-1$ //$NON-NLS-2$
			}
			if (column == evidenceColumn()) {
				return evidence.apply(row.item());
			}
			return rows.shownFile(row.item(), column - ANSWER);
		}

		@Override
		public void setDataValue(int column, int rowIndex, Object value) {
			Row row = rows.rows().get(rowIndex);
			if (row.isHeading()) {
				return;
			}
			if (column == commentColumn()) {
				typed.commented(row.item(), (String) value);
			} else if (column == ANSWER) {
				typed.typed(row.item(), (String) value);
			}
		}

		@Override
		public int getColumnCount() {
			return files + 3 + (evidence == null ? 0 : 1);
		}

		@Override
		public int getRowCount() {
			return rows.rows().size();
		}
	}

	/**
	 * Answers the selected item from a key and moves on: to the next file of a tick matrix, else to the next item,
	 * so a checklist is scored key after key.
	 */
	boolean answerSelected(char key) {
		int rowIndex = selectedRow();
		if (!editable.getAsBoolean() || rowIndex < 0 || rows.rows().get(rowIndex).isHeading()) {
			return false;
		}
		Item item = rows.rows().get(rowIndex).item();
		String value = AnswerKeys.valueFor(item, key);
		if (value == null) {
			typed.refusedKey(item, key);
			return false;
		}
		if (item.getKind() == ItemKind.TICK_MATRIX) {
			int column = selectedColumn();
			int file = column > ANSWER && column < commentColumn() ? column - ANSWER : 1;
			if (file > item.getMatrixFiles() || !rows.answerFile(item, file, value)) {
				return false;
			}
			changed.run();
			if (file < item.getMatrixFiles()) {
				select(rowIndex, fileColumn(file + 1));
			} else {
				select(nextItemRow(rowIndex), ANSWER);
			}
			return true;
		}
		if (!rows.answer(item, value)) {
			return false;
		}
		changed.run();
		select(nextItemRow(rows.rows().indexOf(rows.rows().stream().filter(r -> r.item() == item).findFirst().orElseThrow())), ANSWER);
		return true;
	}

	/** Enter edits what can only be typed (text, a date, a number, a choice), otherwise the item's comment. */
	void edit() {
		int rowIndex = selectedRow();
		if (editable.getAsBoolean() && rowIndex >= 0 && !rows.rows().get(rowIndex).isHeading()) {
			int column = AnswerKeys.isTyped(rows.rows().get(rowIndex).item()) && selectedColumn() != commentColumn() ? ANSWER : commentColumn();
			select(rowIndex, column);
			table.doCommand(new EditCellCommand(table, table.getConfigRegistry(), selection.getCellByPosition(column, rowIndex)));
		}
	}

	/** Marks the rows of these items as refused until the next refusal or save. */
	void markInvalid(Set<String> itemIds) {
		invalidItems.clear();
		invalidItems.addAll(itemIds);
		refresh();
	}

	boolean isMarkedInvalid(String itemId) {
		return invalidItems.contains(itemId);
	}

	int selectedRow() {
		return selection.getSelectionAnchor().getRowPosition();
	}

	/** The file of the selected cell of a matrix row (1 for the first), or 0 outside the file columns. */
	int selectedFile() {
		int column = selectedColumn();
		return column > ANSWER && column <= ANSWER + files ? column - ANSWER : 0;
	}

	int selectedColumn() {
		return selection.getSelectionAnchor().getColumnPosition();
	}

	void select(int rowIndex, int column) {
		table.doCommand(new SelectCellCommand(selection, column, rowIndex, false, false));
		tellSelected();
	}

	int nextItemRow(int after) {
		for (int i = after + 1; i < rows.rows().size(); i++) {
			if (!rows.rows().get(i).isHeading()) {
				return i;
			}
		}
		return after;
	}

	int rowOf(String itemId) {
		for (int i = 0; i < rows.rows().size(); i++) {
			if (!rows.rows().get(i).isHeading() && rows.rows().get(i).item().getItemId().equals(itemId)) {
				return i;
			}
		}
		return -1;
	}

	NatTable table() {
		return table;
	}

	/**
	 * Redraws after a change, keeping the selected cell: NatTable's refresh clears the selection, and without one the
	 * keys act on nothing (after a typed answer, until a click). An answer shows or hides only questions after it,
	 * so the row stays the same.
	 */
	void refresh() {
		int row = selectedRow();
		int column = selectedColumn();
		table.refresh();
		if (row >= 0 && !rows.rows().isEmpty()) {
			select(Math.min(row, rows.rows().size() - 1), column);
		}
	}

	/** True when the row is wholly inside the visible part of the grid. */
	boolean isShown(int rowIndex) {
		int position = viewport.getRowPositionByIndex(rowIndex);
		return position >= 0 && viewport.getStartYOfRowPosition(position) + viewport.getRowHeightByPosition(position) <= viewport.getHeight();
	}
}
