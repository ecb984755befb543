package org.qaworkbench.supervision.ui.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** Window > Supervision (Ctrl+Shift+V): the Supervision view beside the Actions view, with the keyboard in its list. */
public final class ShowSupervisionHandler {

	private static final String BOTTOM_STACK = "org.qaworkbench.ui.partstack.bottom"; //$NON-NLS-1$

	@Execute
	void execute(EPartService parts, EModelService models, MApplication application) {
		MPart part = parts.findPart(SupervisionPart.ID);
		if (part == null) {
			part = parts.createPart(SupervisionPart.ID);
			MPartStack stack = (MPartStack) models.find(BOTTOM_STACK, application);
			if (stack != null) {
				stack.getChildren().add(part);
			}
		}
		part = parts.showPart(part, PartState.ACTIVATE);
		if (part != null && part.getObject() instanceof SupervisionPart view) {
			view.focus();
		}
	}
}
