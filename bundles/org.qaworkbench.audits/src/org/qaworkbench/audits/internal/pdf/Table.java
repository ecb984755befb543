package org.qaworkbench.audits.internal.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * A table to print: column widths as shares of the page's width, an optional header row (printed again at the top of
 * each page the table runs on) and rows of {@link Cell}s whose spans add up to the number of columns.
 */
final class Table {

	private final float[] widths;
	private List<Cell> header = List.of();
	private final List<List<Cell>> rows = new ArrayList<>();

	Table(float... shares) {
		float total = 0;
		for (float share : shares) {
			total += share;
		}
		widths = new float[shares.length];
		for (int i = 0; i < shares.length; i++) {
			widths[i] = shares[i] / total;
		}
	}

	Table header(Cell... cells) {
		header = checked(cells);
		return this;
	}

	Table row(Cell... cells) {
		rows.add(checked(cells));
		return this;
	}

	int columns() {
		return widths.length;
	}

	/** The share of the page's width of a column. */
	float width(int column) {
		return widths[column];
	}

	List<Cell> header() {
		return header;
	}

	List<List<Cell>> rows() {
		return rows;
	}

	boolean isEmpty() {
		return rows.isEmpty();
	}

	private List<Cell> checked(Cell... cells) {
		int columns = 0;
		for (Cell cell : cells) {
			columns += cell.span();
		}
		if (columns != widths.length) {
			throw new IllegalArgumentException("A row of " + widths.length + " columns has cells across " + columns); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return List.of(cells);
	}
}
