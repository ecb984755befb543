package org.qaworkbench.audits.internal.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Labelled values as on the form's header: two to a row (label, value, label, value), a long value on a row of its
 * own across the rest of the width.
 */
final class Fields {

	private static final int LONG = 45;

	private final Table table = new Table(0.19f, 0.31f, 0.19f, 0.31f);
	private final List<Cell> pending = new ArrayList<>();

	Fields add(String label, String value) {
		return add(label, List.of(Paragraph.plain(value)));
	}

	Fields add(String label, List<Paragraph> value) {
		Cell labelCell = Cell.of(List.of(Paragraph.plain(label))).shaded();
		Cell valueCell = Cell.of(value);
		if (valueCell.length() > LONG) {
			flush();
			table.row(labelCell, valueCell.span(3));
		} else {
			pending.add(labelCell);
			pending.add(valueCell);
			if (pending.size() == 4) {
				table.row(pending.toArray(Cell[]::new));
				pending.clear();
			}
		}
		return this;
	}

	/** Adds the value only when there is one. */
	Fields addIfAny(String label, String value) {
		return value == null || value.isBlank() ? this : add(label, value);
	}

	Table table() {
		flush();
		return table;
	}

	private void flush() {
		if (!pending.isEmpty()) {
			table.row(pending.get(0), pending.get(1).span(3));
			pending.clear();
		}
	}
}
