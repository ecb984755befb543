package org.qaworkbench.ui.internal.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.qaworkbench.core.access.Permission;
import org.qaworkbench.core.access.Permissions;
import org.qaworkbench.core.audits.AuditThemes;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.ui.editors.SignedInPerson;

/** Tools > Audit themes...: edits the list of themes offered for cross-locality audits. */
public final class AuditThemesHandler {

	/** Offered only to those the permission matrix lets edit themes; core refuses anyone else's change too. */
	@CanExecute
	boolean canExecute(SignedInPerson signedIn) {
		return Permissions.allows(signedIn.staff().orElse(null), Permission.EDIT_THEMES);
	}

	@Execute
	void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, Store store, SignedInPerson signedIn) {
		new AuditThemesDialog(shell, new AuditThemes(store.records()), signedIn.actor()).open();
	}
}
