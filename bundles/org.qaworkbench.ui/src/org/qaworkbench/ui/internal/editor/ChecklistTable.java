package org.qaworkbench.ui.internal.editor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.IntSupplier;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.selection.event.CellSelectionEvent;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.qaworkbench.model.Item;
import org.qaworkbench.model.ItemKind;
import org.qaworkbench.ui.editors.KitTable;
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
	/** The least share of the width a file column of a tick matrix gets, in percent. */
	private static final int MIN_FILE_SHARE = 6;
	private final int files;
	private final BooleanSupplier editable;
	private final Runnable changed;
	private final TypedAnswers typed;
	private final KitTable grid;
	private final NatTable table;
	private final Set<String> invalidItems = new HashSet<>();
	private final Consumer<Item> selected;
	/** What the case record says about a question, shown beside it; null for no such column. */
	private final Function<Item, String> evidence;
	/** How many file columns hold a file (a sample may be smaller than the matrix): the keys go no further. */
	private IntSupplier filesInUse = () -> Integer.MAX_VALUE;

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
		int[] shares = new int[files + 3 + (evidence == null ? 0 : 1)];
		// A file column keeps room for its heading's initials and Y / N / N/A however many files there are: what
		// the files take beyond a fifth of the width comes off the question (two thirds) and the comment.
		int fileShare = files == 0 ? 0 : Math.max(20 / files, MIN_FILE_SHARE);
		int beyond = Math.max(0, files * fileShare - 20);
		shares[QUESTION] = (files == 0 ? 55 : 45) - (evidence == null ? 0 : 15) - beyond * 2 / 3;
		shares[ANSWER] = files == 0 ? 20 : 15;
		for (int file = 1; file <= files; file++) {
			shares[fileColumn(file)] = fileShare;
		}
		shares[commentColumn()] = (files == 0 ? 25 : 20) - (evidence == null ? 0 : 5) - (beyond - beyond * 2 / 3);
		if (evidence != null) {
			shares[evidenceColumn()] = 20;
		}
		grid = KitTable.over(new Data(typed), headers()).shares(shares).labels((labels, column, row) -> {
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
		}).heading(HEADING).background(INVALID, KitTable.REFUSED).editable(EDITABLE)
				.characters("0123456789yYnNaA", this::answerSelected) //$NON-NLS-1$
				.key(SWT.CR, this::edit).build(parent);
		table = grid.control();
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
			grid.reveal(row);
		}
	}

	private void tellSelected() {
		int row = selectedRow();
		selected.accept(row >= 0 && row < rows.rows().size() ? rows.rows().get(row).item() : null);
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
			int last = Math.min(item.getMatrixFiles(), filesInUse.getAsInt());
			if (file > last || !rows.answerFile(item, file, value)) {
				return false;
			}
			changed.run();
			if (file < last) {
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
			grid.edit(column, rowIndex);
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
		return grid.selectedRow();
	}

	/** The file of the selected cell of a matrix row (1 for the first), or 0 outside the file columns. */
	int selectedFile() {
		int column = selectedColumn();
		return column > ANSWER && column <= ANSWER + files ? column - ANSWER : 0;
	}

	String fileHeader(int file) {
		return grid.header(fileColumn(file));
	}

	void setFilesInUse(IntSupplier filesInUse) {
		this.filesInUse = filesInUse;
	}

	/** Heads each file column with what {@code fileHeader} says of its file (1 for the first) instead of "File 1". */
	void setFileHeader(IntFunction<String> fileHeader) {
		for (int file = 1; file <= files; file++) {
			grid.setHeader(fileColumn(file), fileHeader.apply(file));
		}
	}

	int selectedColumn() {
		return grid.selectedColumn();
	}

	void select(int rowIndex, int column) {
		grid.selectCell(column, rowIndex);
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
		return grid.isShown(rowIndex);
	}
}
