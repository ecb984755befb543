package org.qaworkbench.core.identity;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.audits.Staff;
import org.qaworkbench.core.internal.IdentityMessages;
import org.qaworkbench.core.access.Permission;
import org.qaworkbench.core.access.Permissions;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Records;
import org.qaworkbench.core.store.StoreException;
import org.qaworkbench.model.QaPackage.Literals;
import org.qaworkbench.model.StaffMember;

/**
 * The rules every engine's {@link Accounts} applies before changing an account, in one place: who may manage
 * accounts, whom an account is for, how long a password is, and that someone can always still administer.
 */
public final class AccountRules {

	/** NIST SP 800-63B's minimum for a password a person chooses; length, not composition rules, is what helps. */
	public static final int MINIMUM_PASSWORD_LENGTH = 8;

	private AccountRules() {
	}

	/** The member of staff {@code by} signs in as, when the permission matrix lets them manage accounts; refused otherwise. */
	public static StaffMember requireAdministrator(Records records, Actor by, Path dataFolder) throws StoreException {
		Optional<StaffMember> staff = Staff.of(records, by);
		if (staff.isEmpty() || !Permissions.allows(staff.get(), Permission.MANAGE_ACCOUNTS)) {
			throw StoreException.accountRefused(dataFolder, NLS.bind(IdentityMessages.notAdministrator, by.userId()));
		}
		return staff.get();
	}

	/** The member of staff an account for {@code userName} is for: the one whose user id it is. */
	public static StaffMember requireStaff(Records records, String userName, Path dataFolder) throws StoreException {
		List<StaffMember> staff = records.where(StaffMember.class, Literals.STAFF_MEMBER__USER_ID, userName);
		if (userName == null || userName.isBlank() || staff.isEmpty()) {
			throw StoreException.accountRefused(dataFolder, NLS.bind(IdentityMessages.notStaff, userName));
		}
		return staff.get(0);
	}

	public static void requirePassword(char[] password, Path dataFolder) throws StoreException {
		if (password == null || String.valueOf(password).strip().length() < MINIMUM_PASSWORD_LENGTH) {
			throw StoreException.accountRefused(dataFolder, NLS.bind(IdentityMessages.passwordTooShort, MINIMUM_PASSWORD_LENGTH));
		}
	}

	/**
	 * Refuses to disable {@code userName} when no other enabled account belongs to an administrator: nobody could
	 * manage accounts any more.
	 */
	public static void refuseLastAdministrator(Records records, List<Account> accounts, String userName, Path dataFolder) throws StoreException {
		for (Account account : accounts) {
			if (!account.disabled() && !account.userName().equals(userName) && isAdministrator(records, account.userName())) {
				return;
			}
		}
		if (isAdministrator(records, userName)) {
			throw StoreException.accountRefused(dataFolder, NLS.bind(IdentityMessages.lastAdministrator, userName));
		}
	}

	private static boolean isAdministrator(Records records, String userName) {
		return Staff.of(records, new Actor(userName)).map(staff -> Permissions.allows(staff, Permission.MANAGE_ACCOUNTS)).orElse(false);
	}

	public static StoreException accountExists(Path dataFolder, String userName) {
		return StoreException.accountRefused(dataFolder, NLS.bind(IdentityMessages.accountExists, userName));
	}

	public static StoreException noSuchAccount(Path dataFolder, String userName) {
		return StoreException.accountRefused(dataFolder, NLS.bind(IdentityMessages.noSuchAccount, userName));
	}
}
