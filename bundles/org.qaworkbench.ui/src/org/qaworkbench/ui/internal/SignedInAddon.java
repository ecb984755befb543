package org.qaworkbench.ui.internal;

import jakarta.annotation.PostConstruct;

import org.eclipse.e4.ui.model.application.MApplication;
import org.qaworkbench.ui.editors.SignedInPerson;

/** Tells the editor kit who is signed in: editors keep drafts as theirs and offer them the steps they may take. */
public final class SignedInAddon {

	@PostConstruct
	void init(MApplication application, SignedIn signedIn) {
		application.getContext().set(SignedInPerson.class, signedIn);
	}
}
