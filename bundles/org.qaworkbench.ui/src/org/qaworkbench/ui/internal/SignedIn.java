package org.qaworkbench.ui.internal;

import java.util.Optional;

import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.qaworkbench.core.access.Permission;
import org.qaworkbench.core.access.Permissions;
import org.qaworkbench.core.audits.Staff;
import org.qaworkbench.core.identity.Credentials;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.store.StoreException;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.ui.editors.SignedInPerson;
import org.qaworkbench.ui.internal.signin.Refused;
import org.qaworkbench.ui.internal.signin.SignInRefusals;
import org.qaworkbench.ui.internal.signin.SignedInAtStart;

/**
 * Who is at the keyboard: every save and audit step is recorded under this actor. It is the person who signed in
 * with their password before the window opened (never merely the operating-system user); another person takes
 * over only with their own password ({@link #signIn}), and the idle lock asks the same person's again
 * ({@link #confirm}). One per workbench, in the application's context ({@link SignedInAddon}): not a DI singleton,
 * which would outlive a sign-out's restart and carry the previous person and store into the next workbench.
 */
@Creatable
public final class SignedIn implements SignedInPerson {

	/** Posted with the new {@link SignedIn} when someone else signs in. */
	public static final String CHANGED = SignedInPerson.CHANGED;

	private final Store store;
	private final IEventBroker events;
	private Actor actor;

	@Inject
	public SignedIn(Store store, IEventBroker events, SignedInAtStart atStart) {
		this.store = store;
		this.events = events;
		this.actor = atStart.actor();
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

	/** Whether the permission matrix lets the person signed in do {@code what}. */
	public boolean may(Permission what) {
		return Permissions.allows(staff().orElse(null), what);
	}

	/**
	 * Another person takes over this window, verified by their own password (embedded database: the store opened by
	 * the first stays open). The UI tests change person this way; people sign out and in again (File &gt; Sign out).
	 */
	public void signIn(Credentials who) throws StoreException {
		store.accounts().verify(who);
		synchronized (this) {
			actor = new Actor(who.userName());
		}
		// Sent, not posted: when sign-in returns, the status line shows who it is and their own drafts were offered.
		events.send(CHANGED, this);
	}

	/** The password of whoever is signed in, again (the idle lock); a wrong one is refused with the growing delay. */
	public void confirm(char[] password) throws Refused {
		String userName = actor().userId();
		try (Credentials who = new Credentials(userName, password.clone())) {
			store.accounts().verify(who);
			SignInRefusals.succeeded(userName);
		} catch (StoreException e) {
			throw SignInRefusals.refused(userName, e);
		}
	}
}
