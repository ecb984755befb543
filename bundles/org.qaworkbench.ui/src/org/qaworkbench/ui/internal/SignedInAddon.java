package org.qaworkbench.ui.internal;

import jakarta.annotation.PostConstruct;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.ui.model.application.MApplication;
import org.qaworkbench.ui.editors.SignedInPerson;

/**
 * Puts who is signed in into the application context, for this workbench's parts, handlers and addons (it comes
 * before those that need it in Application.e4xmi), and tells the editor kit: editors keep drafts as theirs and offer
 * them the steps they may take.
 */
public final class SignedInAddon {

	@PostConstruct
	void init(MApplication application) {
		SignedIn signedIn = ContextInjectionFactory.make(SignedIn.class, application.getContext());
		application.getContext().set(SignedIn.class, signedIn);
		application.getContext().set(SignedInPerson.class, signedIn);
	}
}
