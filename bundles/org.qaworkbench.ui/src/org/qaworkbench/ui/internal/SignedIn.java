package org.qaworkbench.ui.internal;

import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.qaworkbench.core.audits.Staff;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.ui.editors.SignedInPerson;

/**
 * Who is at the keyboard: every save and audit step is recorded under this actor. At start it is the operating
 * system user, who is a member of staff when one has that user id; File &gt; Sign in as... changes it. Until sign-in
 * with a password arrives with team mode, the desktop trusts who the user says they are (the README says so).
 */
@Creatable
@Singleton
public final class SignedIn implements SignedInPerson {

	/** Posted with the new {@link SignedIn} when someone else signs in. */
	public static final String CHANGED = SignedInPerson.CHANGED;

	private final Store store;
	private final IEventBroker events;
	private Actor actor = Actor.localUser();

	@Inject
	public SignedIn(Store store, IEventBroker events) {
		this.store = store;
		this.events = events;
	}

	@Override
	public synchronized Actor actor() {
		return actor;
	}

	/** The member of staff signed in, if the actor is one. */
	@Override
	public Optional<StaffMember> staff() {
		return Staff.of(store.records(), actor());
	}

	public void signInAs(StaffMember staff) {
		signInAs(new Actor(staff.getUserId()));
	}

	/** Anyone, on the staff list or not (the tests go back to the operating system user with it). */
	void signInAs(Actor someone) {
		synchronized (this) {
			actor = someone;
		}
		// Sent, not posted: when sign-in returns, the status line shows who it is and their own drafts were offered.
		events.send(CHANGED, this);
	}
}
