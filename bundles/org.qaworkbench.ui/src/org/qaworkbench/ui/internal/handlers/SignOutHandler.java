package org.qaworkbench.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.IWindowCloseHandler;

/**
 * File &gt; Sign out: the same question about unsaved work as quitting (Save, Discard, Cancel; editors closed unsaved
 * keep their work as drafts of the person who typed it), then the workbench restarts to the sign-in dialog.
 * A restart rather than a new person in the same window: on PostgreSQL the store's connections are the signed-in
 * person's own login role, so the next person needs a store opened with their own credentials, and nothing of the
 * first person's window (open records, views read with their rights) may stay on screen for the next.
 */
public final class SignOutHandler {

	@Execute
	void execute(IWorkbench workbench, MWindow window) {
		IWindowCloseHandler closing = window.getContext().get(IWindowCloseHandler.class);
		if (closing == null || closing.close(window)) {
			workbench.restart();
		}
	}
}
