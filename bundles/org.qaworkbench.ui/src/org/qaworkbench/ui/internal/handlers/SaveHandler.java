package org.qaworkbench.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** Ctrl+S: saves the active editor. */
public final class SaveHandler {

	@CanExecute
	boolean canExecute(EPartService parts) {
		MPart active = parts.getActivePart();
		return active != null && active.isDirty();
	}

	@Execute
	void execute(EPartService parts) {
		parts.savePart(parts.getActivePart(), false);
	}
}
