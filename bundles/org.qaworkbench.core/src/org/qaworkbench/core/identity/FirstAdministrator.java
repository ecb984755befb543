package org.qaworkbench.core.identity;

import java.nio.file.Path;
import java.util.Optional;

import org.qaworkbench.core.audits.Staff;
import org.qaworkbench.core.internal.IdentityMessages;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.SaveRefusedException;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.store.StoreException;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.Role;
import org.qaworkbench.model.StaffMember;

/**
 * The member of staff behind the first administrator's account: made with the ADMINISTRATOR role, or, when an older
 * database has them on the staff list already, given that role. Engines call this (on the store behind the domain
 * layer) while creating the first account, so the record is validated and its history kept like any other.
 */
public final class FirstAdministrator {

	private FirstAdministrator() {
	}

	/** Refuses a blank full name or user name, and a short password, before anything is created. */
	public static void check(Path dataFolder, String fullName, Credentials who) throws StoreException {
		if (fullName == null || fullName.isBlank() || who.userName().isBlank()) {
			throw StoreException.accountRefused(dataFolder, IdentityMessages.firstAdministratorName);
		}
		AccountRules.requirePassword(who.password(), dataFolder);
	}

	/** Makes or updates the administrator's StaffMember through {@code store}, acting as them. */
	public static StaffMember enrol(Store store, String fullName, String userName) throws StoreException {
		Actor actor = new Actor(userName);
		Optional<StaffMember> existing = Staff.of(store.records(), actor);
		StaffMember staff = existing.orElseGet(QaFactory.eINSTANCE::createStaffMember);
		if (existing.isEmpty()) {
			staff.setName(fullName.strip());
			staff.setUserId(userName);
		}
		if (existing.isPresent() && Staff.has(staff, Role.ADMINISTRATOR)) {
			return staff;
		}
		staff.getRoles().add(Role.ADMINISTRATOR);
		try {
			return store.records().save(staff, actor);
		} catch (SaveRefusedException e) {
			throw StoreException.accountRefused(store.info().dataFolder(), e.getMessage());
		}
	}
}
