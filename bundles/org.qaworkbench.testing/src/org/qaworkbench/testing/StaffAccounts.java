package org.qaworkbench.testing;

import org.qaworkbench.core.Services;
import org.qaworkbench.core.identity.Credentials;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.store.StoreException;

/**
 * Signing in for real as the members of staff a UI test makes: each gets an account from the test administrator
 * ({@link TestAccounts}) the first time, with {@value #PASSWORD}, and the workbench verifies it as any sign-in.
 */
public final class StaffAccounts {

	public static final String PASSWORD = "a fixture's long password"; //$NON-NLS-1$

	/** How the workbench signs someone in (its SignedIn::signIn). */
	@FunctionalInterface
	public interface SignIn {
		void signIn(Credentials who) throws StoreException;
	}

	private StaffAccounts() {
	}

	/** Gives {@code userId} an account when they have none, then signs in as them with its password. */
	public static void signIn(String userId, SignIn signIn) {
		try {
			Store store = Services.get(Store.class);
			if (store.accounts().list().stream().noneMatch(account -> account.userName().equals(userId))) {
				store.accounts().add(TestAccounts.ADMIN, userId, PASSWORD.toCharArray());
			}
			try (Credentials who = new Credentials(userId, PASSWORD.toCharArray())) {
				signIn.signIn(who);
			}
		} catch (StoreException | InterruptedException e) {
			throw new AssertionError("could not sign in as " + userId, e); //$NON-NLS-1$
		}
	}

	/** Back to the test administrator, whom the UI tests' workbench signs in as at start. */
	public static void signInAsTheTestAdministrator(SignIn signIn) {
		try (Credentials who = TestAccounts.credentials()) {
			signIn.signIn(who);
		} catch (StoreException e) {
			throw new AssertionError("could not sign in as the test administrator", e); //$NON-NLS-1$
		}
	}
}
