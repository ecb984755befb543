package org.qaworkbench.store.derby.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.core.identity.Account;
import org.qaworkbench.core.identity.Credentials;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.store.StoreException;
import org.qaworkbench.core.store.StoreException.Reason;
import org.qaworkbench.core.store.StoreLocation;
import org.qaworkbench.core.store.Stores;
import org.qaworkbench.model.Role;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.testing.TestAccounts;

/** Signing in to an embedded database, and the accounts an administrator keeps. */
class SignInPTest {

	private static final String SAM = "sam.practitioner";
	private static final String SAM_PASSWORD = "sams-own-password";
	private static final Actor SAM_ACTING = new Actor(SAM);

	@TempDir
	Path temp;

	private StoreLocation location;

	@BeforeEach
	void anAdministratorAndAPractitionerWithAccounts() throws Exception {
		location = StoreLocation.embedded(temp);
		try (Store store = TestAccounts.open(temp)) {
			StaffMember sam = Samples.QA.createStaffMember();
			sam.setName("Sam Practitioner");
			sam.setUserId(SAM);
			sam.getRoles().add(Role.PRACTITIONER);
			store.records().save(sam, TestAccounts.ADMIN);
			store.accounts().add(TestAccounts.ADMIN, SAM, SAM_PASSWORD.toCharArray());
		}
	}

	@Test
	void theRightPasswordOpensTheDatabase() throws Exception {
		try (Store store = open(SAM, SAM_PASSWORD)) {
			assertEquals(List.of(new Account(SAM, false), new Account(TestAccounts.USER, false)), store.accounts().list());
		}
	}

	@Test
	void aWrongPasswordAndAnUnknownUserGetTheSameMessage() {
		StoreException wrongPassword = assertThrows(StoreException.class, () -> open(SAM, "not-sams-password"));
		StoreException unknownUser = assertThrows(StoreException.class, () -> open("nobody.here", SAM_PASSWORD));

		assertEquals(Reason.SIGN_IN_REFUSED, wrongPassword.reason());
		assertEquals(Reason.SIGN_IN_REFUSED, unknownUser.reason());
		assertEquals(wrongPassword.getMessage(), unknownUser.getMessage());
		assertFalse(wrongPassword.getMessage().contains(SAM), wrongPassword.getMessage());
	}

	@Test
	void aDisabledAccountIsRefusedUntilEnabledAgain() throws Exception {
		try (Store store = TestAccounts.open(temp)) {
			store.accounts().disable(TestAccounts.ADMIN, SAM);
		}

		StoreException refused = assertThrows(StoreException.class, () -> open(SAM, SAM_PASSWORD));
		assertEquals(Reason.ACCOUNT_DISABLED, refused.reason());
		StoreException wrongPassword = assertThrows(StoreException.class, () -> open(SAM, "not-sams-password"));
		assertEquals(Reason.SIGN_IN_REFUSED, wrongPassword.reason(), "a disabled account says nothing to a wrong password");

		try (Store store = TestAccounts.open(temp)) {
			store.accounts().enable(TestAccounts.ADMIN, SAM);
		}
		try (Store store = open(SAM, SAM_PASSWORD)) {
			store.accounts().verify(new Credentials(SAM, SAM_PASSWORD.toCharArray()));
		}
	}

	@Test
	void onlyAnAdministratorChangesAccountsAndARefusalChangesNothing() throws Exception {
		byte[] keyring = Files.readAllBytes(temp.resolve(Keyring.FILE));
		try (Store store = open(SAM, SAM_PASSWORD)) {
			List<StoreException> refusals = List.of(
					assertThrows(StoreException.class, () -> store.accounts().add(SAM_ACTING, SAM, "another-password".toCharArray())),
					assertThrows(StoreException.class, () -> store.accounts().resetPassword(SAM_ACTING, TestAccounts.USER, "taken-over-now".toCharArray())),
					assertThrows(StoreException.class, () -> store.accounts().enable(SAM_ACTING, SAM)),
					assertThrows(StoreException.class, () -> store.accounts().disable(SAM_ACTING, TestAccounts.USER)));
			for (StoreException refused : refusals) {
				assertEquals(Reason.ACCOUNT_REFUSED, refused.reason());
				assertTrue(refused.getMessage().contains("Only an administrator"), refused.getMessage());
			}
		}
		assertArrayEquals(keyring, Files.readAllBytes(temp.resolve(Keyring.FILE)));
		open(TestAccounts.USER, TestAccounts.PASSWORD).close();
	}

	@Test
	void aResetPasswordReplacesTheOldOne() throws Exception {
		try (Store store = TestAccounts.open(temp)) {
			store.accounts().resetPassword(TestAccounts.ADMIN, SAM, "sams-new-password".toCharArray());
		}

		assertEquals(Reason.SIGN_IN_REFUSED, assertThrows(StoreException.class, () -> open(SAM, SAM_PASSWORD)).reason());
		open(SAM, "sams-new-password").close();
	}

	@Test
	void anAccountIsForSomeoneOnTheStaffListWithALongEnoughPassword() throws Exception {
		try (Store store = TestAccounts.open(temp)) {
			StoreException stranger = assertThrows(StoreException.class, () -> store.accounts().add(TestAccounts.ADMIN, "stranger", "long-enough-password".toCharArray()));
			assertTrue(stranger.getMessage().contains("Nobody on the staff list"), stranger.getMessage());
			StoreException twice = assertThrows(StoreException.class, () -> store.accounts().add(TestAccounts.ADMIN, SAM, "long-enough-password".toCharArray()));
			assertTrue(twice.getMessage().contains("has an account already"), twice.getMessage());
			StoreException shortPassword = assertThrows(StoreException.class, () -> store.accounts().resetPassword(TestAccounts.ADMIN, SAM, "short".toCharArray()));
			assertTrue(shortPassword.getMessage().contains("at least 8 characters"), shortPassword.getMessage());
		}
		open(SAM, SAM_PASSWORD).close();
	}

	@Test
	void theLastAdministratorCannotBeDisabled() throws Exception {
		try (Store store = TestAccounts.open(temp)) {
			StoreException refused = assertThrows(StoreException.class, () -> store.accounts().disable(TestAccounts.ADMIN, TestAccounts.USER));
			assertTrue(refused.getMessage().contains("last administrator"), refused.getMessage());
			assertEquals(List.of(new Account(SAM, false), new Account(TestAccounts.USER, false)), store.accounts().list());
		}
	}

	@Test
	void aNewFolderHasNoAccountsAndTheFirstAdministratorIsMadeOnce() throws Exception {
		Path fresh = temp.resolve("fresh");
		StoreLocation freshLocation = StoreLocation.embedded(fresh);
		try (Credentials who = TestAccounts.credentials()) {
			assertEquals(Reason.NO_ACCOUNTS, assertThrows(StoreException.class, () -> Stores.open(freshLocation, who)).reason());
		}

		try (Store store = TestAccounts.open(fresh)) {
			StaffMember admin = store.records().list(StaffMember.class).get(0);
			assertEquals(TestAccounts.FULL_NAME, admin.getName());
			assertEquals(TestAccounts.USER, admin.getUserId());
			assertEquals(List.of(Role.ADMINISTRATOR), admin.getRoles());
		}
		try (Credentials who = new Credentials("someone.else", "another-password".toCharArray())) {
			StoreException again = assertThrows(StoreException.class, () -> Stores.createFirstAdministrator(freshLocation, "Someone Else", who));
			assertEquals(Reason.ACCOUNT_REFUSED, again.reason());
		}
	}

	@Test
	void anEncryptedDatabaseIsNotOpenedWithoutSigningIn() {
		StoreException refused = assertThrows(StoreException.class, () -> Stores.open(temp));
		assertEquals(Reason.SIGN_IN_NEEDED, refused.reason());
	}

	private Store open(String user, String password) throws StoreException {
		try (Credentials who = new Credentials(user, password.toCharArray())) {
			return Stores.open(location, who);
		}
	}
}
