package org.qaworkbench.xlsform.ui.internal;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * How File > Import checklist from spreadsheet... asks for the workbook: the system's file dialog, unless the
 * application context holds another chooser (the UI tests put one there, as a native dialog cannot be typed into).
 */
@FunctionalInterface
public interface SpreadsheetChooser {

	/** The file chosen, or null when the person cancelled. */
	Path choose(Shell shell);

	SpreadsheetChooser FILE_DIALOG = shell -> {
		FileDialog files = new FileDialog(shell, SWT.OPEN);
		files.setText(Messages.Import_choose);
		files.setFilterExtensions(new String[] { "*.xlsx;*.csv", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
		files.setFilterNames(new String[] { Messages.Import_filter, Messages.Import_allFiles });
		String chosen = files.open();
		return chosen == null ? null : Path.of(chosen);
	};
}
