package org.qaworkbench.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.IWindowCloseHandler;

/** Ctrl+Q and File &gt; Quit: the same question about unsaved work as closing the window, then the workbench closes. */
public final class QuitHandler {

	@Execute
	void execute(IWorkbench workbench, MWindow window) {
		IWindowCloseHandler closing = window.getContext().get(IWindowCloseHandler.class);
		if (closing == null || closing.close(window)) {
			workbench.close();
		}
	}
}
