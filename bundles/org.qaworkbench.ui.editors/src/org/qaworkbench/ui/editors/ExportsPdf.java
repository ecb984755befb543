package org.qaworkbench.ui.editors;

/**
 * A part that writes what it shows as a PDF, with a button of its own (Alt+X). Ctrl+P, bound once for the whole
 * window, asks the active part: one key for every record that prints, wherever the part comes from.
 */
public interface ExportsPdf {

	/** Whether there is something this person may export now (a record shown to them). */
	boolean canExportPdf();

	/** Export PDF...: asks where to, writes it and says how it went, as the part's button does. */
	void exportPdf();
}
