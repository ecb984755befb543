package org.qaworkbench.xlsform;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.qaworkbench.core.audits.evidence.TimescaleRule;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.xlsform.WorkbookProblem.Severity;
import org.qaworkbench.xlsform.internal.CsvReader;
import org.qaworkbench.xlsform.internal.DefinitionSheets;
import org.qaworkbench.xlsform.internal.Sheet;
import org.qaworkbench.xlsform.internal.SpreadsheetException;
import org.qaworkbench.xlsform.internal.Template;
import org.qaworkbench.xlsform.internal.WorkbookReader;
import org.qaworkbench.xlsform.internal.XlsxReader;
import org.qaworkbench.xlsform.internal.XlsxWriter;

/**
 * Checklists as spreadsheets in XLSForm's shape: sheets survey, choices, settings and timescales (the format is in
 * the README and the plugin guide). Reads a workbook into a definition with every problem at its cell, writes any
 * definition back as a workbook that reads into an equal one, and writes a filled-in template to start from.
 */
public final class ChecklistWorkbooks {

	private ChecklistWorkbooks() {
	}

	/**
	 * Reads an .xlsx workbook, or a .csv file holding the survey sheet alone. Never throws: a file that is no
	 * spreadsheet at all gives one problem naming the file.
	 */
	public static WorkbookResult read(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		String stem = dot > 0 ? name.substring(0, dot) : name;
		List<Sheet> sheets;
		try {
			sheets = name.toLowerCase(Locale.ROOT).endsWith(".csv") ? List.of(CsvReader.read(file, "survey")) : XlsxReader.read(file); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (SpreadsheetException e) {
			return new WorkbookResult(name, null, false, List.of(), List.of(new WorkbookProblem(name, 0, "", e.getMessage(), Severity.ERROR)), List.of()); //$NON-NLS-1$
		}
		return WorkbookReader.read(sheets, name, stem);
	}

	/** Writes a definition and its timescale rules (none: no timescales sheet) as an .xlsx workbook, whole or not at all. */
	public static void write(ChecklistDefinition definition, List<TimescaleRule> timescales, Path xlsx) throws IOException {
		XlsxWriter.write(DefinitionSheets.sheets(definition, timescales), xlsx);
	}

	/** Writes a filled-in workbook for a new checklist of this title: every type of question once, and a read me sheet. */
	public static void template(String name, Path xlsx) throws IOException {
		XlsxWriter.write(Template.sheets(name), xlsx);
	}
}
