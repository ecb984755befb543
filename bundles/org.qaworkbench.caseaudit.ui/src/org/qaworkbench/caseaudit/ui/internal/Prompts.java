package org.qaworkbench.caseaudit.ui.internal;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

/**
 * How the editor asks and tells: forms to fill, refusals to show, questions to confirm. The desktop uses dialogs;
 * a UI test answers the same forms through their fields, so the checks in {@link FormDialog} run either way.
 */
interface Prompts {

	/** Fills the form; true when it was accepted. */
	boolean fill(FormDialog form);

	void refused(String title, String message);

	boolean confirm(String title, String message);

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
		};
	}
}
