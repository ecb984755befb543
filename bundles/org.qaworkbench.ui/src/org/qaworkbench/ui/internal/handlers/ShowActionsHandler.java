package org.qaworkbench.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.qaworkbench.ui.internal.actions.ActionsPart;

/** Window > Actions: brings the Actions view back (after it was closed) and to the front, with the keyboard in it. */
public final class ShowActionsHandler {

	@Execute
	void execute(EPartService parts) {
		MPart part = parts.showPart(ActionsPart.ID, PartState.ACTIVATE);
		// e4 does not move the keyboard to a part it already takes for the active one, though focus may have left it.
		if (part != null && part.getObject() instanceof ActionsPart view) {
			view.focus();
		}
	}
}
