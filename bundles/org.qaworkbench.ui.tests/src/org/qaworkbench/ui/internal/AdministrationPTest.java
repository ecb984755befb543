package org.qaworkbench.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.swt.SWT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qaworkbench.core.Services;
import org.qaworkbench.core.identity.Account;
import org.qaworkbench.core.identity.Credentials;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.store.StoreException;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.Role;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.ui.internal.signin.AdministrationDialog;
import org.qaworkbench.ui.internal.signin.Messages;
import org.qaworkbench.ui.internal.signin.PasswordDialog;

/**
 * File &gt; Administration...: an administrator adds an account for a member of staff without one (the password twice,
 * what is wrong said at the field), disables, enables and resets it, each taking effect on signing in; anyone else
 * finds the command disabled, and refused if run anyway.
 */
class AdministrationPTest {

	private static final String COMMAND = "org.qaworkbench.ui.command.administration";
	private final String run = Long.toString(System.nanoTime() % 1_000_000L);
	private final MApplication application = Ui.window().getContext().get(MApplication.class);
	private final SignedIn signedIn = application.getContext().get(SignedIn.class);
	private final Actor administrator = org.qaworkbench.testing.TestAccounts.ADMIN;
	private final List<String> said = new ArrayList<>();

	@AfterEach
	void backToTheAdministrator() {
		Ui.signInAsTheTestAdministrator();
	}

	@Test
	void anAdministratorAddsDisablesEnablesAndResetsAnAccount() throws Exception {
		Store store = Services.get(Store.class);
		StaffMember carol = staff("carol" + run);
		assertTrue(signedIn.may(org.qaworkbench.core.access.Permission.MANAGE_ACCOUNTS));
		assertTrue(canExecute(), "offered to an administrator");

		AdministrationDialog dialog = new AdministrationDialog(Ui.mainShell(), store.accounts(), store.records(), signedIn.actor(),
				org.qaworkbench.core.identity.AccountRules.MINIMUM_PASSWORD_LENGTH);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			assertTrue(userNames(dialog).contains(administrator.userId()), "the accounts listed");
			assertFalse(userNames(dialog).contains(carol.getUserId()));

			PasswordDialog add = dialog.addDialog();
			add.setBlockOnOpen(false);
			add.open();
			add.getShell().forceActive();
			int carolsLine = List.of(add.personField().getItems()).indexOf(carol.getName() + "  (" + carol.getUserId() + ")");
			assertTrue(carolsLine >= 0, "offered among those without an account: " + List.of(add.personField().getItems()));
			add.personField().select(carolsLine);
			Ui.retype(add.passwordField(), "carols first password");
			Ui.retype(add.againField(), "carols first passwordx");
			Ui.press(SWT.CR);
			Ui.spinUntil(() -> !add.fieldMessages()[2].isEmpty(), "what is wrong said at the field");
			assertEquals(Messages.Field_mismatch, add.fieldMessages()[2], "said at the field");
			assertFalse(userNames(dialog).contains(carol.getUserId()), "nothing added");
			Ui.retype(add.againField(), "carols first password");
			Ui.press(SWT.CR);
			Ui.spinUntil(() -> add.getShell() == null, "the account to be added");
			assertTrue(dialog.shown().stream().anyMatch(line -> line.account().equals(new Account(carol.getUserId(), false))));
			verify(store, carol, "carols first password");

			assertTrue(dialog.disable(carol.getUserId()));
			assertTrue(dialog.shown().stream().anyMatch(line -> line.account().equals(new Account(carol.getUserId(), true))));
			StoreException refused = assertThrows(StoreException.class, () -> verify(store, carol, "carols first password"));
			assertEquals(StoreException.Reason.ACCOUNT_DISABLED, refused.reason());
			assertTrue(dialog.enable(carol.getUserId()));
			verify(store, carol, "carols first password");

			PasswordDialog reset = dialog.resetDialog(carol.getUserId());
			reset.setBlockOnOpen(false);
			reset.open();
			reset.getShell().forceActive();
			Ui.retype(reset.passwordField(), "carols second password");
			Ui.retype(reset.againField(), "carols second password");
			Ui.press(SWT.CR);
			Ui.spinUntil(() -> reset.getShell() == null, "the password to be reset");
			verify(store, carol, "carols second password");
			assertEquals(StoreException.Reason.SIGN_IN_REFUSED,
					assertThrows(StoreException.class, () -> verify(store, carol, "carols first password")).reason(), "the old one no longer");
		} finally {
			dialog.close();
		}
	}

	@Test
	void anyoneElseFindsItDisabledAndRefused() throws Exception {
		Store store = Services.get(Store.class);
		StaffMember dan = staff("dan" + run);
		store.accounts().add(administrator, dan.getUserId(), "dans long password".toCharArray());
		try (Credentials who = new Credentials(dan.getUserId(), "dans long password".toCharArray())) {
			signedIn.signIn(who);
		}
		assertFalse(signedIn.may(org.qaworkbench.core.access.Permission.MANAGE_ACCOUNTS));
		assertFalse(canExecute(), "File > Administration... is disabled for a practitioner");

		Ui.answer(Messages.Admin_title, "OK", said);
		org.eclipse.e4.core.contexts.ContextInjectionFactory.invoke(new org.qaworkbench.ui.internal.handlers.AdministrationHandler(),
				org.eclipse.e4.core.di.annotations.Execute.class, context());
		Ui.spinUntil(() -> !said.isEmpty(), "the refusal");
		assertTrue(said.get(0).contains(Messages.Admin_refused), said.toString());
		assertThrows(StoreException.class, () -> store.accounts().add(new Actor(dan.getUserId()), "someone", "a long enough password".toCharArray()),
				"the core refuses a practitioner too");
	}

	private boolean canExecute() {
		IEclipseContext context = context();
		ParameterizedCommand command = context.get(ECommandService.class).createCommand(COMMAND, null);
		return context.get(EHandlerService.class).canExecute(command);
	}

	private IEclipseContext context() {
		return Ui.window().getContext();
	}

	private static List<String> userNames(AdministrationDialog dialog) {
		return dialog.shown().stream().map(line -> line.account().userName()).toList();
	}

	private static void verify(Store store, StaffMember staff, String password) throws StoreException {
		try (Credentials who = new Credentials(staff.getUserId(), password.toCharArray())) {
			store.accounts().verify(who);
		}
	}

	private StaffMember staff(String userId) throws Exception {
		StaffMember staff = QaFactory.eINSTANCE.createStaffMember();
		staff.setName("Staff " + userId);
		staff.setInitials("S");
		staff.setUserId(userId);
		staff.getRoles().add(Role.PRACTITIONER);
		return Services.get(Store.class).records().save(staff, administrator);
	}
}
