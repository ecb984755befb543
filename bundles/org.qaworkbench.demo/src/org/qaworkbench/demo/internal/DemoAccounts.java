package org.qaworkbench.demo.internal;

import org.qaworkbench.core.identity.Credentials;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.SaveRefusedException;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.store.StoreException;
import org.qaworkbench.core.store.StoreLocation;
import org.qaworkbench.core.store.Stores;
import org.qaworkbench.model.Role;
import org.qaworkbench.model.StaffMember;

/**
 * Who signs in to the demo: every demo person with one documented password, and a first administrator who is the
 * service's quality lead too (so the README can name one person who sees the service as a whole). Their name is
 * from outside the lists demo people are drawn from, so no demo person is ever given their user name.
 */
final class DemoAccounts {

	/** The password of every demo person: documented in the README, for trying the product, never for real data. */
	static final String PASSWORD = "demo-password-2026"; //$NON-NLS-1$
	static final String ADMINISTRATOR = "alex.morrison"; //$NON-NLS-1$
	static final String ADMINISTRATOR_NAME = "Alex Morrison"; //$NON-NLS-1$
	/** Each account costs an Argon2id derivation: beyond this many people (large --scale) the rest have none. */
	static final int MOST_ACCOUNTS = 200;

	private DemoAccounts() {
	}

	static Credentials administrator() {
		return new Credentials(ADMINISTRATOR, PASSWORD.toCharArray());
	}

	static Actor administratorActing() {
		return new Actor(ADMINISTRATOR);
	}

	/** Makes the demo's first administrator (a quality lead) and returns the store opened as them. */
	static Store createAdministrator(StoreLocation location) throws StoreException, SaveRefusedException {
		Store store;
		try (Credentials who = administrator()) {
			store = Stores.createFirstAdministrator(location, ADMINISTRATOR_NAME, who);
		}
		StaffMember alex = store.records().list(StaffMember.class).stream().filter(staff -> ADMINISTRATOR.equals(staff.getUserId())).findFirst().orElseThrow();
		if (!alex.getRoles().contains(Role.QUALITY_LEAD)) {
			alex.getRoles().add(Role.QUALITY_LEAD);
			store.records().save(alex, administratorActing());
		}
		return store;
	}

	/** Gives every demo person without an account one with the demo password, {@code by} an administrator. */
	static int giveEveryoneTheDemoPassword(Store store, Actor by) throws StoreException {
		var existing = store.accounts().list().stream().map(account -> account.userName()).toList();
		int given = 0;
		for (StaffMember staff : store.records().list(StaffMember.class)) {
			if (given + existing.size() >= MOST_ACCOUNTS) {
				break;
			}
			if (staff.getUserId() != null && !existing.contains(staff.getUserId())) {
				store.accounts().add(by, staff.getUserId(), PASSWORD.toCharArray());
				given++;
			}
		}
		return given;
	}
}
