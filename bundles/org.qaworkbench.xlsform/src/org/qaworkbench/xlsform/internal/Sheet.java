package org.qaworkbench.xlsform.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * One sheet of a workbook as text: {@code rows().get(i)} is the spreadsheet's row {@code i + 1}, each cell as it
 * reads (numbers without a trailing ".0", dates as yyyy-mm-dd, TRUE/FALSE); a blank cell is "".
 */
public record Sheet(String name, List<List<String>> rows) {

	public Sheet {
		rows = List.copyOf(rows.stream().map(List::copyOf).toList());
	}

	/** The cell at a row and column counted from 1; "" beyond the sheet. */
	public String cell(int row, int column) {
		if (row < 1 || row > rows.size()) {
			return ""; //$NON-NLS-1$
		}
		List<String> cells = rows.get(row - 1);
		return column < 1 || column > cells.size() ? "" : cells.get(column - 1); //$NON-NLS-1$
	}

	/** A sheet being written: rows added in order. */
	public static final class Builder {
		private final String name;
		private final List<List<String>> rows = new ArrayList<>();

		public Builder(String name) {
			this.name = name;
		}

		public Builder row(String... cells) {
			List<String> row = new ArrayList<>();
			for (String cell : cells) {
				row.add(cell == null ? "" : cell); //$NON-NLS-1$
			}
			rows.add(row);
			return this;
		}

		public Builder row(List<String> cells) {
			return row(cells.toArray(String[]::new));
		}

		public Sheet build() {
			return new Sheet(name, rows);
		}
	}
}
