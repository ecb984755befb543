package org.qaworkbench.ui.editors;

import java.util.Optional;

import org.qaworkbench.core.store.Actor;
import org.qaworkbench.model.StaffMember;

/**
 * Who is at the keyboard, as the application tells its editors (it puts one in its context): drafts are kept as
 * theirs and workflow steps are offered to them. When someone else signs in, {@link #CHANGED} is sent with it.
 */
public interface SignedInPerson {

	/** Topic sent with the {@link SignedInPerson} when someone else signs in. */
	String CHANGED = "org/qaworkbench/ui/signedIn"; //$NON-NLS-1$

	Actor actor();

	/** The member of staff signed in, if the actor is one. */
	Optional<StaffMember> staff();
}
