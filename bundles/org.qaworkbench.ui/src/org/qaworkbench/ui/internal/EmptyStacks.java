package org.qaworkbench.ui.internal;

import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.IPresentationEngine;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.osgi.service.event.Event;

/**
 * A stack of views gives its room back to its neighbours when its last view is closed, rather than leaving an
 * empty grey band (the Actions view along the foot of the window), and takes it again when a view in it is shown
 * (Window > Actions). The platform's CleanupAddon does this too, but comes in a bundle that also adds minimise,
 * maximise and drag-and-drop. A stack tagged {@value IPresentationEngine#NO_AUTO_COLLAPSE} (the editor area) keeps
 * its place.
 */
public final class EmptyStacks {

	@Inject
	@Optional
	void partShownOrClosed(@UIEventTopic(UIEvents.UIElement.TOPIC_TOBERENDERED) Event event) {
		if (event.getProperty(UIEvents.EventTags.ELEMENT) instanceof MPart part && (Object) part.getParent() instanceof MPartStack stack
				&& !stack.getTags().contains(IPresentationEngine.NO_AUTO_COLLAPSE)) {
			stack.setVisible(stack.getChildren().stream().anyMatch(MUIElement::isToBeRendered));
		}
	}
}
