package org.qaworkbench.xlsform;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.xlsform.internal.Messages;

/**
 * One thing wrong with a checklist workbook, or one thing in it that has no meaning here, at the cell it concerns:
 * "survey row 14, column relevant: ...". {@code row} counts from 1 as the spreadsheet does (0: the whole sheet);
 * {@code column} is the column's heading ("" for the whole row or sheet).
 */
public record WorkbookProblem(String sheet, int row, String column, String message, Severity severity) {

	/** An error stops the workbook becoming a checklist; a warning says what was left out or assumed. */
	public enum Severity {
		ERROR, WARNING
	}

	public boolean isError() {
		return severity == Severity.ERROR;
	}

	/** Where, in words: "survey row 14, column relevant", "settings", "choices row 3". */
	public String location() {
		if (row <= 0) {
			return column.isEmpty() ? sheet : NLS.bind(Messages.Location_sheetColumn, sheet, column);
		}
		return column.isEmpty() ? NLS.bind(Messages.Location_row, sheet, row) : NLS.bind(Messages.Location_cell, new Object[] { sheet, row, column });
	}

	/** "survey row 14, column relevant: message". */
	@Override
	public String toString() {
		return location() + ": " + message; //$NON-NLS-1$
	}
}
