package org.qaworkbench.core.export;

import java.time.LocalDate;

/**
 * What every CSV export writes into a cell, so that a spreadsheet opening it never runs a formula (OWASP, CSV
 * injection): a text starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is written
 * with a leading apostrophe, and such a cell is always quoted. The texts come from people (names, comments, answers),
 * so any of them may start so; numbers and dates the program writes are left as they are. The one place for the
 * rule: each CSV writer asks it for every cell.
 */
public final class SpreadsheetCells {

	private SpreadsheetCells() {
	}

	/** Whether a spreadsheet would read this text as a formula (or the start of one). */
	public static boolean startsFormula(String text) {
		if (text == null || text.isEmpty()) {
			return false;
		}
		char first = text.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
	}

	/** A text a spreadsheet would run as a formula, made inert with a leading apostrophe; anything else as it is. */
	public static String neutralise(String text) {
		return startsFormula(text) ? "'" + text : text; //$NON-NLS-1$
	}

	/**
	 * The cell for a value: empty for none, a text neutralised, a date ISO (yyyy-mm-dd), anything else (numbers,
	 * true/false) as it is.
	 */
	public static Object cell(Object value) {
		if (value == null) {
			return ""; //$NON-NLS-1$
		}
		if (value instanceof String text) {
			return neutralise(text);
		}
		if (value instanceof LocalDate date) {
			return date.toString();
		}
		return value;
	}

	/** Whether the cell written for a value must be quoted whatever the CSV writer would do: it was neutralised. */
	public static boolean mustQuote(Object value) {
		return value instanceof String text && startsFormula(text);
	}
}
