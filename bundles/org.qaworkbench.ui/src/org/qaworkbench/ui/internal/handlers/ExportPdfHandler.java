package org.qaworkbench.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.qaworkbench.ui.editors.ExportsPdf;

/** Ctrl+P: Export PDF... of the active part, when it is one that exports ({@link ExportsPdf}) and has something to. */
public final class ExportPdfHandler {

	@CanExecute
	boolean canExecute(EPartService parts) {
		return exporting(parts) != null;
	}

	@Execute
	void execute(EPartService parts) {
		ExportsPdf part = exporting(parts);
		if (part != null) {
			part.exportPdf();
		}
	}

	private static ExportsPdf exporting(EPartService parts) {
		MPart active = parts.getActivePart();
		return active != null && active.getObject() instanceof ExportsPdf part && part.canExportPdf() ? part : null;
	}
}
