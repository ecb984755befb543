package org.qaworkbench.supervision.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.nebula.widgets.nattable.data.IRowDataProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.qaworkbench.ui.editors.KitTable;

/**
 * A list of rows in the kit's table (one NatTable setup for the whole product): a column per text of a row, whole
 * rows selected and followed across a refresh, a row overdue on red, Enter opening the selected row, F5 and typed
 * letters as the view says. The view hands it rows; it never decides what is overdue itself.
 *
 * @param <R> a row
 */
final class RowTable<R> {

	private static final String OVERDUE = "OVERDUE"; //$NON-NLS-1$

	/** A column: its header and the text of a row in it. */
	record Column<R>(String header, Function<R, String> text) {
	}

	private final List<Column<R>> columns;
	private List<R> rows = List.of();
	private final Function<R, java.io.Serializable> id;
	private final KitTable table;

	RowTable(Composite parent, List<Column<R>> columns, Predicate<R> overdue, Function<R, java.io.Serializable> id, Runnable open, Runnable refresh, String letters,
			java.util.function.Consumer<Character> typed) {
		this(parent, columns, null, overdue, id, open, refresh, letters, typed);
	}

	/** As above, each column given its share of the width in percent ({@code shares}; null shares it equally). */
	RowTable(Composite parent, List<Column<R>> columns, int[] shares, Predicate<R> overdue, Function<R, java.io.Serializable> id, Runnable open, Runnable refresh,
			String letters, java.util.function.Consumer<Character> typed) {
		this.columns = List.copyOf(columns);
		this.id = id;
		IRowDataProvider<R> data = new IRowDataProvider<>() {
			@Override
			public Object getDataValue(int column, int row) {
				String text = row < rows.size() ? RowTable.this.columns.get(column).text().apply(rows.get(row)) : null;
				return text == null ? "" : text; //$NON-NLS-1$
			}

			@Override
			public void setDataValue(int column, int row, Object value) {
				// read only
			}

			@Override
			public int getColumnCount() {
				return RowTable.this.columns.size();
			}

			@Override
			public int getRowCount() {
				return rows.size();
			}

			@Override
			public R getRowObject(int row) {
				return rows.get(row);
			}

			@Override
			public int indexOfRowObject(R row) {
				return rows.indexOf(row);
			}
		};
		int[] widths = shares;
		if (widths == null || widths.length != columns.size()) {
			widths = new int[columns.size()];
			java.util.Arrays.fill(widths, 100 / columns.size());
		}
		KitTable.Builder builder = KitTable.over(data, columns.stream().map(Column::header).toArray(String[]::new)).shares(widths)
				.labels((labels, column, row) -> {
					if (row < rows.size() && overdue.test(rows.get(row))) {
						labels.addLabel(OVERDUE);
					}
				}).background(OVERDUE, KitTable.OVERDUE).rows(data, row -> id.apply(row)).open(open).key(SWT.F5, refresh).framed();
		if (letters != null) {
			builder.characters(letters, typed);
		}
		table = builder.build(parent);
		// Tab leaves the list for the next control, as everywhere else in a form (NatTable would move between cells).
		table.control().addTraverseListener(event -> {
			if (event.detail == SWT.TRAVERSE_TAB_NEXT || event.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
				event.doit = true;
			}
		});
	}

	/** Shows these rows, keeping the selected one (by id) or else selecting the first. */
	void show(List<R> shown) {
		R selected = selected();
		rows = new ArrayList<>(shown);
		table.refresh();
		int index = -1;
		for (int i = 0; selected != null && i < rows.size(); i++) {
			if (id.apply(rows.get(i)).equals(id.apply(selected))) {
				index = i;
			}
		}
		if (!rows.isEmpty()) {
			table.selectRow(Math.max(0, index));
		}
	}

	R selected() {
		int row = table.selectedRow();
		return row >= 0 && row < rows.size() ? rows.get(row) : null;
	}

	int selectedIndex() {
		int row = table.selectedRow();
		return row >= 0 && row < rows.size() ? row : -1;
	}

	List<R> rows() {
		return rows;
	}

	KitTable table() {
		return table;
	}

	/** Whether a row shows as overdue (on red). */
	boolean showsOverdue(int row) {
		return table.labels(row, 0).contains(OVERDUE);
	}
}
