package org.qaworkbench.audits.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;
import org.qaworkbench.core.export.SpreadsheetCells;

/**
 * How every CSV export of this bundle writes its rows (RFC 4180): each cell through core's {@link SpreadsheetCells},
 * so a text that a spreadsheet would run as a formula is neutralised and quoted, the rest quoted only where CSV
 * needs it. The header is the program's own words and written as it is.
 */
public final class CsvRows {

	private static final CSVFormat MINIMAL = CSVFormat.DEFAULT;
	private static final CSVFormat QUOTED = CSVFormat.DEFAULT.builder().setQuoteMode(QuoteMode.ALL).get();

	private final Writer out;

	/** Rows to {@code out}, starting with the header naming {@code columns}. */
	public CsvRows(Writer out, List<String> columns) throws IOException {
		this.out = out;
		for (int i = 0; i < columns.size(); i++) {
			MINIMAL.print(columns.get(i), out, i == 0);
		}
		MINIMAL.println(out);
	}

	/** One row: each value made a safe cell (none empty, texts neutralised, dates ISO). */
	public void row(List<?> values) throws IOException {
		for (int i = 0; i < values.size(); i++) {
			Object value = values.get(i);
			(SpreadsheetCells.mustQuote(value) ? QUOTED : MINIMAL).print(SpreadsheetCells.cell(value), out, i == 0);
		}
		MINIMAL.println(out);
	}

	/** Hands what was written to the stream underneath. */
	public void flush() throws IOException {
		out.flush();
	}
}
