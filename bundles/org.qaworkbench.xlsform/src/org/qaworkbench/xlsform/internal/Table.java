package org.qaworkbench.xlsform.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A sheet read as XLSForm reads it: headings in row 1, one record a row below. Headings are matched ignoring
 * capitals, spaces around them and whether words are joined by a space or an underscore ("list name" is
 * "list_name"). A heading with a language, such as {@code label::English (en)}, stands for {@code label} when
 * there is no plain one; the first language found is read.
 */
final class Table {

	private final Sheet sheet;
	/** Normalised heading to column (from 1), the first of each. */
	private final Map<String, Integer> columns = new LinkedHashMap<>();
	/** The heading as written, by column. */
	private final Map<Integer, String> headings = new LinkedHashMap<>();
	/** The language column read for a base heading (label, hint) that has no plain column. */
	private final Map<String, Integer> languages = new LinkedHashMap<>();

	Table(Sheet sheet) {
		this.sheet = sheet;
		List<String> header = sheet.rows().isEmpty() ? List.of() : sheet.rows().get(0);
		for (int c = 1; c <= header.size(); c++) {
			String heading = header.get(c - 1).strip();
			if (heading.isEmpty()) {
				continue;
			}
			headings.put(c, heading);
			String key = normal(heading);
			columns.putIfAbsent(key, c);
			int languageMark = key.indexOf("::"); //$NON-NLS-1$
			if (languageMark > 0) {
				languages.putIfAbsent(key.substring(0, languageMark), c);
			}
		}
	}

	static String normal(String heading) {
		return heading.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "_"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	String name() {
		return sheet.name();
	}

	/** The last row with anything in it. */
	int lastRow() {
		for (int r = sheet.rows().size(); r >= 1; r--) {
			if (sheet.rows().get(r - 1).stream().anyMatch(cell -> !cell.isBlank())) {
				return r;
			}
		}
		return 0;
	}

	boolean isEmpty() {
		return lastRow() == 0;
	}

	/** The column read for a heading: the plain one, else its first language; 0 when there is none. */
	int column(String heading) {
		Integer column = columns.get(heading);
		if (column == null) {
			column = languages.get(heading);
		}
		return column == null ? 0 : column;
	}

	boolean has(String heading) {
		return column(heading) > 0;
	}

	/** The heading as the sheet writes it, for messages ("label::English (en)"); the name itself when absent. */
	String heading(String heading) {
		int column = column(heading);
		return column == 0 ? heading : headings.get(column);
	}

	/** A cell's text, spaces around it removed; "" when the column is absent. */
	String get(int row, String heading) {
		int column = column(heading);
		return column == 0 ? "" : sheet.cell(row, column).strip(); //$NON-NLS-1$
	}

	boolean isBlankRow(int row) {
		return row > sheet.rows().size() || sheet.rows().get(row - 1).stream().allMatch(String::isBlank);
	}

	/** A column that no known heading reads, with the first row that has a value in it. */
	record Unread(String heading, int firstRow, int rows) {
	}

	/** Columns with values that none of {@code known} reads (a second language included); empty columns are left alone. */
	List<Unread> unread(Set<String> known) {
		List<Unread> unread = new ArrayList<>();
		List<String> header = sheet.rows().isEmpty() ? List.of() : sheet.rows().get(0);
		int widest = sheet.rows().stream().mapToInt(List::size).max().orElse(0);
		for (int c = 1; c <= Math.max(widest, header.size()); c++) {
			String heading = c <= header.size() ? header.get(c - 1).strip() : ""; //$NON-NLS-1$
			if (!heading.isEmpty() && isReadColumn(c, known)) {
				continue;
			}
			int first = 0;
			int count = 0;
			for (int r = 2; r <= sheet.rows().size(); r++) {
				if (!sheet.cell(r, c).isBlank()) {
					first = first == 0 ? r : first;
					count++;
				}
			}
			if (count > 0) {
				unread.add(new Unread(heading, first, count));
			}
		}
		return unread;
	}

	private boolean isReadColumn(int column, Set<String> known) {
		return known.stream().anyMatch(heading -> column(heading) == column);
	}
}
