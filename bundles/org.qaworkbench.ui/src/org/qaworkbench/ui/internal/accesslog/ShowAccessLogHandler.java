package org.qaworkbench.ui.internal.accesslog;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.qaworkbench.core.access.Permission;
import org.qaworkbench.ui.internal.SignedIn;

/**
 * Window &gt; Access log (Ctrl+Shift+L): the access log beside the Actions view, read again, with the keyboard in it.
 * Disabled for anyone who may not read it; the view refuses them too, should it be shown anyway.
 */
public final class ShowAccessLogHandler {

	@CanExecute
	boolean canExecute(SignedIn signedIn) {
		return signedIn.may(Permission.READ_ACCESS_LOG);
	}

	private static final String BOTTOM_STACK = "org.qaworkbench.ui.partstack.bottom"; //$NON-NLS-1$

	@Execute
	void execute(EPartService parts, EModelService models, MApplication application) {
		MPart part = parts.findPart(AccessLogPart.ID);
		if (part == null) {
			part = parts.createPart(AccessLogPart.ID);
			MPartStack stack = (MPartStack) models.find(BOTTOM_STACK, application);
			if (stack != null) {
				stack.getChildren().add(part);
			}
		}
		part = parts.showPart(part, PartState.ACTIVATE);
		if (part != null && part.getObject() instanceof AccessLogPart view) {
			view.refresh();
			view.focus();
		}
	}
}
