package org.qaworkbench.supervision.ui.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** Window > Supervision (Ctrl+Shift+V): the Supervision view in the editor area, with the keyboard in its first list. */
public final class ShowSupervisionHandler {

	/** The editor area: the lists of a whole service need the room, and Enter opens a record beside them. */
	private static final String STACK = org.qaworkbench.ui.editors.RecordEditors.EDITOR_STACK;

	@Execute
	void execute(EPartService parts, EModelService models, MApplication application) {
		MPart part = parts.findPart(SupervisionPart.ID);
		if (part == null) {
			part = parts.createPart(SupervisionPart.ID);
			MPartStack stack = (MPartStack) models.find(STACK, application);
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
