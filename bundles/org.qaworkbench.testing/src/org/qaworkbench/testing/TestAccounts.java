package org.qaworkbench.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.qaworkbench.core.cli.SignIn;
import org.qaworkbench.core.identity.Account;
import org.qaworkbench.core.identity.Credentials;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.store.StoreException;
import org.qaworkbench.core.store.StoreLocation;
import org.qaworkbench.core.store.Stores;
import org.qaworkbench.model.StaffMember;

/**
 * Opens test databases the way a person does: signed in. The first time for a data folder it creates the first
 * administrator (a StaffMember {@value #FULL_NAME}, user name {@value #USER}) with a known test password; after that
 * it signs in as them. There is no other way into an encrypted database, for tests either.
 */
public final class TestAccounts {

	public static final String USER = "test.admin"; //$NON-NLS-1$
	public static final String FULL_NAME = "Test Administrator"; //$NON-NLS-1$
	public static final String PASSWORD = "test-password-2026"; //$NON-NLS-1$
	/** The test administrator, acting. */
	public static final Actor ADMIN = new Actor(USER);

	private TestAccounts() {
	}

	/** Fresh credentials of the test administrator (each {@link Credentials#close} wipes its own copy). */
	public static Credentials credentials() {
		return new Credentials(USER, PASSWORD.toCharArray());
	}

	/** The database configured for a data folder, opened as the test administrator (created first when new). */
	public static Store open(Path dataFolder) throws StoreException {
		return open(StoreLocation.resolve(dataFolder));
	}

	/** Gives each of these members of staff (by user id) an account with the test password. */
	public static void giveAccounts(Store store, String... userIds) throws StoreException {
		for (String userId : userIds) {
			store.accounts().add(ADMIN, userId, PASSWORD.toCharArray());
		}
	}

	/** Gives every member of staff with a user id and no account yet one with the test password. */
	public static void giveEveryoneAccounts(Store store) throws StoreException {
		List<String> existing = store.accounts().list().stream().map(Account::userName).toList();
		for (StaffMember staff : store.records().list(StaffMember.class)) {
			if (staff.getUserId() != null && !existing.contains(staff.getUserId())) {
				giveAccounts(store, staff.getUserId());
			}
		}
	}

	/**
	 * Lets {@code qa} commands run inside this test JVM sign in with the test password (as QA_PASSWORD_FILE would:
	 * a file holding it, named by a system property, since a test cannot set its own environment), as {@code user}
	 * unless their {@code --as} says otherwise. Closing forgets both.
	 */
	public static AutoCloseable commandsSignIn(Path folder, String user) throws IOException {
		Path file = Files.writeString(Files.createDirectories(folder).resolve("test-password"), PASSWORD + "\n"); //$NON-NLS-1$ //$NON-NLS-2$
		System.setProperty(SignIn.PASSWORD_FILE_VARIABLE, file.toString());
		System.setProperty(SignIn.USER_VARIABLE, user);
		return () -> {
			System.clearProperty(SignIn.PASSWORD_FILE_VARIABLE);
			System.clearProperty(SignIn.USER_VARIABLE);
		};
	}

	public static Store open(StoreLocation location) throws StoreException {
		try (Credentials who = credentials()) {
			return Stores.open(location, who);
		} catch (StoreException e) {
			if (e.reason() != StoreException.Reason.NO_ACCOUNTS) {
				throw e;
			}
		}
		try (Credentials who = credentials()) {
			return Stores.createFirstAdministrator(location, FULL_NAME, who);
		}
	}
}
