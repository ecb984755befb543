package org.qaworkbench.xlsform.ui.internal;

import java.nio.file.Path;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Shell;

/** File > Import checklist from spreadsheet...: a workbook chosen, its preview opens beside the editors and follows it. */
public final class ImportSpreadsheetHandler {

	@Execute
	void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Optional SpreadsheetChooser chooser, MApplication application, EModelService models,
			EPartService parts) {
		Path file = (chooser == null ? SpreadsheetChooser.FILE_DIALOG : chooser).choose(shell);
		if (file != null) {
			SpreadsheetPreviewPart.open(file.toAbsolutePath(), application, models, parts);
		}
	}
}
