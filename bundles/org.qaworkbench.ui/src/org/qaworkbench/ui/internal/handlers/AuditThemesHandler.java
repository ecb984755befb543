package org.qaworkbench.ui.internal.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.qaworkbench.core.audits.AuditThemes;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Store;

/** Tools > Audit themes...: edits the list of themes offered for cross-locality audits. */
public final class AuditThemesHandler {

	@Execute
	void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, Store store) {
		new AuditThemesDialog(shell, new AuditThemes(store.records()), Actor.localUser()).open();
	}
}
