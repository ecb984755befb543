package org.qaworkbench.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.qaworkbench.ui.internal.actions.ActionsPart;

/** Window > Actions: brings the Actions view back (after it was closed) and to the front. */
public final class ShowActionsHandler {

	@Execute
	void execute(EPartService parts) {
		parts.showPart(ActionsPart.ID, PartState.ACTIVATE);
	}
}
