package org.qaworkbench.audits;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.qaworkbench.audits.internal.CsvRows;
import org.qaworkbench.audits.internal.OutputFile;
import org.qaworkbench.core.supervision.SupervisionCompliance.CaseRow;
import org.qaworkbench.core.supervision.SupervisionCompliance.Report;
import org.qaworkbench.core.supervision.SupervisionCompliance.SuperviseeRow;
import org.qaworkbench.model.StaffMember;

/**
 * Supervision compliance for BI tools: a CSV (RFC 4180, UTF-8) with a header row, one row per supervisee and one per
 * open case ({@code row_type} says which; the columns that do not apply to a row are empty), dates ISO
 * (yyyy-mm-dd), yes/no as {@code true}/{@code false}. Team and locality are columns, so a BI tool rolls them up as it
 * likes. A text cell that a spreadsheet would read as a formula (starting with = + - @, a tab or a carriage return)
 * is written with a leading apostrophe and quoted, as OWASP advises against CSV injection: names come from people,
 * not code (core's {@code SpreadsheetCells}, as every CSV export).
 */
public final class ComplianceCsv {

	public static final List<String> COLUMNS = List.of("row_type", "staff_id", "name", "case_number", "case_status", "team", "locality", "supervisor", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			"contract_signed", "contract_in_date", "review_due", "interval", "last", "next_due", "overdue", "held", "missed", "planned"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$

	private ComplianceCsv() {
	}

	/** Writes the report to a file, whole or not at all. */
	public static void write(Report report, Path file) throws IOException {
		OutputFile.write(file, out -> write(report, out));
	}

	/** Writes the report; the stream is flushed, not closed. */
	public static void write(Report report, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		CsvRows printer = new CsvRows(writer, COLUMNS);
		for (SuperviseeRow row : report.supervisees()) {
			printer.row(Arrays.asList("supervisee", row.supervisee().getId(), row.supervisee().getName(), null, null, row.team(), row.locality(), //$NON-NLS-1$
					name(row.supervisor()), row.contractSigned(), row.contractInDate(), row.reviewDue(), row.frequency(), row.lastSession(), row.nextDue(),
					row.overdue(), row.held(), row.missed(), row.planned()));
		}
		for (CaseRow row : report.cases()) {
			printer.row(Arrays.asList("case", row.worker() == null ? null : row.worker().getId(), name(row.worker()), row.caseNumber(), //$NON-NLS-1$
					row.status() == null ? null : row.status().getLiteral(), row.team(), row.locality(), name(row.supervisor()), null, null, null, row.interval(),
					row.lastSupervision(), row.due(), row.overdue(), null, null, null));
		}
		printer.flush();
	}

	private static String name(StaffMember member) {
		return member == null ? null : member.getName();
	}
}
