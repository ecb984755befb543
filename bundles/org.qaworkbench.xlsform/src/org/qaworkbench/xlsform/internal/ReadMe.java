package org.qaworkbench.xlsform.internal;

/** The "read me" sheet of templates and exports: how the workbook becomes a checklist, one line a row. */
final class ReadMe {

	private ReadMe() {
	}

	static Sheet sheet() {
		Sheet.Builder sheet = new Sheet.Builder(WorkbookReader.READ_ME);
		for (String line : Messages.ReadMe_text.split("\n", -1)) { //$NON-NLS-1$
			sheet.row(line);
		}
		return sheet.build();
	}
}
