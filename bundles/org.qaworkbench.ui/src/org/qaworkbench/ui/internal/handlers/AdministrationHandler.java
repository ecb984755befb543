package org.qaworkbench.ui.internal.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.qaworkbench.core.access.Permission;
import org.qaworkbench.core.identity.AccountRules;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.ui.internal.SignedIn;
import org.qaworkbench.ui.internal.signin.AdministrationDialog;
import org.qaworkbench.ui.internal.signin.Messages;

/**
 * File &gt; Administration...: the accounts, for an administrator. Disabled in the menu for anyone else, and refused
 * if reached anyway; the core refuses their changes too, whoever asks.
 */
public final class AdministrationHandler {

	@CanExecute
	boolean canExecute(SignedIn signedIn) {
		return signedIn.may(Permission.MANAGE_ACCOUNTS);
	}

	@Execute
	void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, Store store, SignedIn signedIn) {
		if (!signedIn.may(Permission.MANAGE_ACCOUNTS)) {
			MessageDialog.openError(shell, Messages.Admin_title, Messages.Admin_refused);
			return;
		}
		new AdministrationDialog(shell, store.accounts(), store.records(), signedIn.actor(), AccountRules.MINIMUM_PASSWORD_LENGTH).open();
	}
}
