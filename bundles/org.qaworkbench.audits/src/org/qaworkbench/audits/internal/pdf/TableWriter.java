package org.qaworkbench.audits.internal.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints a {@link Table} on {@link Pages}: text wrapped in each cell, a row moved to the next page when it does not
 * fit (split across pages only when it is taller than a page), and the header row again at the top of each page.
 */
final class TableWriter {

	private static final float PADDING = 3f;

	private final Pages pages;

	TableWriter(Pages pages) {
		this.pages = pages;
	}

	/** A row's cells with where they are and the lines of text in each. */
	private record Laid(List<Cell> cells, float[] x, float[] widths, List<List<Line>> lines) {
		int height() {
			return Math.max(1, lines.stream().mapToInt(List::size).max().orElse(1));
		}
	}

	void write(Table table) throws IOException {
		Laid header = table.header().isEmpty() ? null : lay(table, table.header());
		boolean first = true;
		for (List<Cell> row : table.rows()) {
			Laid laid = lay(table, row);
			if (first) {
				pages.keep(height(header) + height(Math.min(laid.height(), 3)));
				draw(header, 0, header == null ? 0 : header.height());
				first = false;
			}
			write(laid, header);
		}
		pages.down(8f);
	}

	private void write(Laid row, Laid header) throws IOException {
		int total = row.height();
		int from = 0;
		while (from < total) {
			int left = total - from;
			int fits = (int) Math.floor((pages.room() - 2 * PADDING) / Pages.LEADING);
			boolean wholeOnNextPage = from == 0 && height(header) + height(left) <= pages.pageRoom();
			if (fits < left && wholeOnNextPage || fits < Math.min(left, 2)) {
				nextPage(header);
				continue;
			}
			int lines = Math.min(fits, left);
			draw(row, from, lines);
			from += lines;
			if (from < total) {
				nextPage(header);
			}
		}
	}

	private void nextPage(Laid header) throws IOException {
		pages.newPage();
		draw(header, 0, header == null ? 0 : header.height());
	}

	private void draw(Laid row, int from, int count) throws IOException {
		if (row == null) {
			return;
		}
		float top = pages.y();
		float height = height(count);
		Fonts fonts = pages.fonts();
		for (int c = 0; c < row.cells().size(); c++) {
			Cell cell = row.cells().get(c);
			pages.box(row.x()[c], top, row.widths()[c], height, cell.isShaded());
			List<Line> lines = row.lines().get(c);
			for (int i = from; i < Math.min(lines.size(), from + count); i++) {
				Line line = lines.get(i);
				float inner = row.widths()[c] - 2 * PADDING;
				float offset = cell.isCentred() ? (inner - fonts.width(line.style(), Pages.SIZE, line.text())) / 2 : 0;
				float baseline = top - PADDING - (i - from) * Pages.LEADING - Fonts.ASCENT * Pages.SIZE - (Pages.LEADING - Pages.SIZE) / 2;
				pages.text(row.x()[c] + PADDING + offset, baseline, line.style(), Pages.SIZE, line.text());
			}
		}
		pages.down(height);
	}

	private Laid lay(Table table, List<Cell> cells) {
		float[] x = new float[cells.size()];
		float[] widths = new float[cells.size()];
		List<List<Line>> lines = new ArrayList<>();
		float left = pages.left();
		int column = 0;
		for (int c = 0; c < cells.size(); c++) {
			Cell cell = cells.get(c);
			float width = 0;
			for (int i = 0; i < cell.span(); i++) {
				width += table.width(column++) * pages.width();
			}
			x[c] = left;
			widths[c] = width;
			left += width;
			lines.add(Line.wrap(cell.paragraphs(), pages.fonts(), Pages.SIZE, width - 2 * PADDING));
		}
		return new Laid(cells, x, widths, lines);
	}

	private static float height(Laid row) {
		return row == null ? 0 : height(row.height());
	}

	private static float height(int lines) {
		return lines * Pages.LEADING + 2 * PADDING;
	}
}
