package org.qaworkbench.ui.internal.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.core.audits.Staff;
import org.qaworkbench.core.identity.Account;
import org.qaworkbench.core.identity.Credentials;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.store.StoreException;
import org.qaworkbench.core.store.StoreLocation;
import org.qaworkbench.core.store.Stores;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.Role;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.ui.internal.Ui;

/**
 * The sign-in before the window, on a database of its own (a new installation in a temporary folder): the first
 * administrator made at the dialog with what is wrong said at each field; then signing in right, wrong (the generic
 * message, and the fields held for the delay) and as a disabled account (refused with its message); and the
 * automatic sign-in from the environment, whose refusal shows the dialog.
 */
class SignInPTest {

	private static final String ADA_PASSWORD = "adas long passphrase";
	private static final String BOB_PASSWORD = "bobs long passphrase";
	private final List<Throwable> failures = new ArrayList<>();
	private final List<String> seen = new ArrayList<>();
	private Store opened;
	private final Runnable watchdog = Ui.closeStrayDialogsAfter(90, failures);

	@AfterEach
	void closeTheStore() {
		watchdog.run();
		if (opened != null) {
			opened.close();
		}
	}

	@Test
	void aNewInstallationMakesTheFirstAdministratorSayingAtEachFieldWhatIsWrong(@TempDir Path folder) throws Exception {
		StoreLocation location = StoreLocation.resolve(folder);
		Ui.whenShown(Messages.FirstAdmin_title, shell -> {
			FirstAdministratorDialog dialog = (FirstAdministratorDialog) shell.getData();
			shell.forceActive();
			dialog.fullNameField().setFocus();
			Ui.press(SWT.CR);
			Ui.spinUntil(() -> !dialog.fieldMessages()[0].isEmpty(), "what is wrong said at the fields");
			seen.add(String.join("|", dialog.fieldMessages()));
			Ui.retype(dialog.fullNameField(), "ada admin");
			Ui.retype(dialog.userNameField(), "ada");
			Ui.retype(dialog.passwordField(), "short");
			Ui.retype(dialog.againField(), "short");
			Ui.press(SWT.CR);
			Ui.spinUntil(() -> dialog.fieldMessages()[0].isEmpty(), "the full name taken");
			seen.add(String.join("|", dialog.fieldMessages()));
			Ui.retype(dialog.passwordField(), ADA_PASSWORD);
			Ui.retype(dialog.againField(), ADA_PASSWORD + "x");
			Ui.press(SWT.CR);
			Ui.spinUntil(() -> !dialog.fieldMessages()[3].isEmpty(), "the second password's difference said");
			seen.add(String.join("|", dialog.fieldMessages()));
			Ui.retype(dialog.againField(), ADA_PASSWORD);
			Ui.press(SWT.CR);
		}, failures);
		SignInAtStart start = new SignInAtStart(location, Map.of(), Ui.mainShell());
		Optional<Store> store = start.open();
		assertEquals(List.of(), failures);
		opened = store.orElseThrow();

		String tooShort = org.eclipse.osgi.util.NLS.bind(Messages.Field_tooShort, org.qaworkbench.core.identity.AccountRules.MINIMUM_PASSWORD_LENGTH);
		assertEquals(List.of(
				Messages.Field_required + "|" + Messages.Field_required + "|" + Messages.Field_required + "|",
				"||" + tooShort + "|",
				"||" + tooShort + "|" + Messages.Field_mismatch), seen, "each field said what was wrong with it, nothing more");
		assertEquals(new Actor("ada"), start.person());
		StaffMember ada = Staff.of(opened.records(), new Actor("ada")).orElseThrow();
		assertEquals("ada admin", ada.getName());
		assertTrue(Staff.has(ada, Role.ADMINISTRATOR));
		assertEquals(List.of(new Account("ada", false)), opened.accounts().list());
	}

	@Test
	void aWrongPasswordGetsTheGenericMessageAndADelayADisabledAccountItsOwnAndTheRightOneSignsIn(@TempDir Path folder) throws Exception {
		StoreLocation location = withAdaAndDisabledBob(folder);
		Ui.whenShown(Messages.SignIn_title, shell -> {
			SignInDialog dialog = (SignInDialog) shell.getData();
			shell.forceActive();
			Ui.retype(dialog.userNameField(), "ada");
			Ui.retype(dialog.passwordField(), "not adas password");
			Ui.press(SWT.CR);
			Ui.spinUntil(() -> dialog.refusalShown() != null, "the refusal");
			seen.add(dialog.refusalShown());
			seen.add(Boolean.toString(dialog.isWaiting()));
			Ui.spinUntil(() -> !dialog.isWaiting(), "the delay after a wrong password to pass");
			seen.add(dialog.passwordField().getText());

			Ui.retype(dialog.userNameField(), "nobody");
			Ui.retype(dialog.passwordField(), "not anybodys password");
			Ui.press(SWT.CR);
			Ui.spinUntil(dialog::isWaiting, "the refusal of an unknown user name");
			seen.add(dialog.refusalShown());
			Ui.spinUntil(() -> !dialog.isWaiting(), "the delay after a wrong user name to pass");

			Ui.retype(dialog.userNameField(), "bob");
			Ui.retype(dialog.passwordField(), BOB_PASSWORD);
			String before = dialog.refusalShown();
			Ui.press(SWT.CR);
			Ui.spinUntil(() -> !before.equals(dialog.refusalShown()), "the disabled account's refusal");
			seen.add(dialog.refusalShown());
			seen.add(Boolean.toString(dialog.isWaiting()));

			Ui.retype(dialog.userNameField(), "ada");
			Ui.retype(dialog.passwordField(), ADA_PASSWORD);
			Ui.press(SWT.CR);
		}, failures);
		SignInAtStart start = new SignInAtStart(location, Map.of(), Ui.mainShell());
		opened = openedBy(start);
		assertEquals(List.of(), failures);

		String generic = refusal(location, "ada", "not adas password", StoreException.Reason.SIGN_IN_REFUSED);
		String disabled = refusal(location, "bob", BOB_PASSWORD, StoreException.Reason.ACCOUNT_DISABLED);
		assertNotEquals(generic, disabled);
		assertEquals(List.of(generic + " " + Messages.SignIn_waiting.replace("{0} ", ""), "true", "",
				generic + " " + Messages.SignIn_waiting.replace("{0} ", ""), disabled, "false"), seen,
				"a wrong password and an unknown user name say the same, and wait; a disabled account is told so at once");
		assertEquals(new Actor("ada"), start.person());
	}

	@Test
	void theEnvironmentSignsInWithoutADialogAndAWrongOneShowsTheDialogWithTheRefusal(@TempDir Path folder) throws Exception {
		StoreLocation location = withAdaAndDisabledBob(folder);
		SignInAtStart automatic = new SignInAtStart(location, Map.of(SignInAtStart.USER, "ada", SignInAtStart.PASSWORD, ADA_PASSWORD), Ui.mainShell());
		opened = openedBy(automatic);
		assertEquals(new Actor("ada"), automatic.person(), "no dialog: the test would hang if one opened");
		opened.close();
		opened = null;

		Path file = Files.writeString(folder.resolveSibling(folder.getFileName() + ".password"), ADA_PASSWORD + "\n", StandardCharsets.UTF_8);
		SignInAtStart fromFile = new SignInAtStart(location, Map.of(SignInAtStart.USER, "ada", SignInAtStart.PASSWORD_FILE, file.toString()), Ui.mainShell());
		opened = openedBy(fromFile);
		assertEquals(new Actor("ada"), fromFile.person(), "the password file's first line");
		opened.close();
		opened = null;
		Files.delete(file);

		Ui.whenShown(Messages.SignIn_title, shell -> {
			SignInDialog dialog = (SignInDialog) shell.getData();
			seen.add(dialog.userNameField().getText());
			seen.add(dialog.refusalShown());
			shell.forceActive();
			Ui.spinUntil(() -> !dialog.isWaiting(), "the delay to pass");
			Ui.retype(dialog.passwordField(), ADA_PASSWORD);
			Ui.press(SWT.CR);
		}, failures);
		SignInAtStart wrong = new SignInAtStart(location, Map.of(SignInAtStart.USER, "ada", SignInAtStart.PASSWORD, "wrong"), Ui.mainShell());
		opened = openedBy(wrong);
		assertEquals(List.of(), failures);
		String generic = refusal(location, "ada", "wrong", StoreException.Reason.SIGN_IN_REFUSED);
		assertEquals("ada", seen.get(0), "the user name given stays");
		assertTrue(seen.get(1).startsWith(generic), seen.get(1));
		assertEquals(new Actor("ada"), wrong.person());
	}

	@Test
	void aDatabaseFromBeforeAccountsIsEncryptedAtTheFirstAdministratorAndTheUserToldWhereTheBackupIs(@TempDir Path folder) throws Exception {
		// Opened by location, not by data folder: that would sign in as the tests' administrator from the environment.
		try (Store old = Stores.open(StoreLocation.embedded(folder))) {
			org.qaworkbench.model.Locality locality = QaFactory.eINSTANCE.createLocality();
			locality.setName("Quarry from before accounts");
			old.records().save(locality, new Actor("someone"));
		}
		List<String> told = new ArrayList<>();
		Ui.whenShown(Messages.FirstAdmin_title, shell -> {
			FirstAdministratorDialog dialog = (FirstAdministratorDialog) shell.getData();
			shell.forceActive();
			Ui.retype(dialog.fullNameField(), "ada admin");
			Ui.retype(dialog.userNameField(), "ada");
			Ui.retype(dialog.passwordField(), ADA_PASSWORD);
			Ui.retype(dialog.againField(), ADA_PASSWORD);
			Ui.answer(Messages.Backup_title, "OK", told);
			Ui.press(SWT.CR);
		}, failures);
		opened = openedBy(new SignInAtStart(StoreLocation.resolve(folder), Map.of(), Ui.mainShell()));
		assertEquals(List.of(), failures);

		Path backup = opened.info().backupBeforeEncryption();
		assertNotNull(backup, "the old database was backed up and encrypted");
		assertTrue(Files.isDirectory(backup), backup.toString());
		assertEquals(1, told.size(), "told once: " + told);
		assertTrue(told.get(0).contains(backup.toString()), told.get(0));
		assertTrue(opened.records().list(org.qaworkbench.model.Locality.class).stream().anyMatch(l -> l.getName().equals("Quarry from before accounts")),
				"its records kept");
	}

	@Test
	void escQuitsWithoutOpeningAnything(@TempDir Path folder) throws Exception {
		StoreLocation location = withAdaAndDisabledBob(folder);
		Ui.whenShown(Messages.SignIn_title, shell -> {
			shell.forceActive();
			((SignInDialog) shell.getData()).userNameField().setFocus();
			Ui.press(SWT.ESC);
		}, failures);
		assertFalse(new SignInAtStart(location, Map.of(), Ui.mainShell()).open().isPresent());
		assertEquals(List.of(), failures);
	}

	/** The store the sign-in opened; whatever went wrong in its dialogs first. */
	private Store openedBy(SignInAtStart start) throws StoreException {
		Optional<Store> store = start.open();
		assertEquals(List.of(), failures);
		return store.orElseThrow();
	}

	/** A database with Ada, its first administrator, and Bob, whose account is disabled. */
	private static StoreLocation withAdaAndDisabledBob(Path folder) throws Exception {
		StoreLocation location = StoreLocation.resolve(folder);
		try (Credentials ada = new Credentials("ada", ADA_PASSWORD.toCharArray());
				Store store = Stores.createFirstAdministrator(location, "Ada Admin", ada)) {
			StaffMember bob = QaFactory.eINSTANCE.createStaffMember();
			bob.setName("Bob Practitioner");
			bob.setInitials("BP");
			bob.setUserId("bob");
			bob.getRoles().add(Role.PRACTITIONER);
			store.records().save(bob, new Actor("ada"));
			store.accounts().add(new Actor("ada"), "bob", BOB_PASSWORD.toCharArray());
			store.accounts().disable(new Actor("ada"), "bob");
		}
		return location;
	}

	/** The message the store gives for these credentials, which must be refused for this reason. */
	private static String refusal(StoreLocation location, String userName, String password, StoreException.Reason reason) {
		try (Credentials who = new Credentials(userName, password.toCharArray())) {
			Store store = Stores.open(location, who);
			store.close();
			throw new AssertionError(userName + " was let in");
		} catch (StoreException e) {
			assertEquals(reason, e.reason());
			assertNotNull(e.getMessage());
			return e.getMessage();
		}
	}

}
