package org.qaworkbench.ui.editors;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * How an editor asks and tells: forms to fill, refusals to show, questions to confirm. The desktop uses dialogs;
 * a UI test answers the same forms through their fields, so the checks in {@link FormDialog} run either way.
 */
public interface Prompts {

	/** Fills the form; true when it was accepted. */
	boolean fill(FormDialog form);

	void refused(String title, String message);

	boolean confirm(String title, String message);

	/** Asks where to write a file, offering {@code fileName}; null when cancelled. */
	Path saveAs(String title, String fileName, String extension);

	static Prompts dialogs(Shell shell) {
		return new Prompts() {
			@Override
			public boolean fill(FormDialog form) {
				return form.open() == Window.OK;
			}

			@Override
			public void refused(String title, String message) {
				MessageDialog.openError(shell, title, message);
			}

			@Override
			public boolean confirm(String title, String message) {
				return MessageDialog.openQuestion(shell, title, message);
			}

			@Override
			public Path saveAs(String title, String fileName, String extension) {
				FileDialog dialog = new FileDialog(shell, SWT.SAVE);
				dialog.setText(title);
				dialog.setFilterExtensions(new String[] { "*." + extension }); //$NON-NLS-1$
				dialog.setFileName(fileName);
				dialog.setOverwrite(true);
				String file = dialog.open();
				return file == null ? null : Path.of(file);
			}
		};
	}
}
