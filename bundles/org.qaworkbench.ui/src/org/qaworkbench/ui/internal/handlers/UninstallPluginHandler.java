package org.qaworkbench.ui.internal.handlers;

import java.util.List;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.Bundle;
import org.qaworkbench.core.DataFolder;
import org.qaworkbench.core.access.Permission;
import org.qaworkbench.core.access.Permissions;
import org.qaworkbench.core.store.NotPermittedException;
import org.qaworkbench.ui.editors.SignedInPerson;
import org.qaworkbench.core.checklists.registry.PluginFolder;
import org.qaworkbench.core.checklists.registry.PluginFolderException;
import org.qaworkbench.ui.internal.Messages;

/** File > Uninstall checklist plugin...: removes a plugin installed for this data folder; past assessments still open. */
public final class UninstallPluginHandler {

	/** Offered only to those the permission matrix lets install checklists. */
	@CanExecute
	boolean canExecute(SignedInPerson signedIn) {
		return Permissions.allows(signedIn.staff().orElse(null), Permission.INSTALL_CHECKLISTS);
	}

	@Execute
	void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, SignedInPerson signedIn) {
		PluginFolder folder = PluginFolder.of(DataFolder.resolve());
		List<Bundle> installed = folder.installed();
		if (installed.isEmpty()) {
			MessageDialog.openInformation(shell, Messages.UninstallPlugin_title, Messages.UninstallPlugin_none);
			return;
		}
		ChooseDialog<Bundle> dialog = new ChooseDialog<>(shell, Messages.UninstallPlugin_title, installed, new LabelProvider() {
			@Override
			public String getText(Object element) {
				Bundle bundle = (Bundle) element;
				return bundle.getSymbolicName() + "  " + bundle.getVersion(); //$NON-NLS-1$
			}
		});
		if (dialog.open() != Window.OK || dialog.chosen() == null) {
			return;
		}
		String name = dialog.chosen().getSymbolicName();
		try {
			folder.uninstall(name, signedIn.staff().orElse(null));
			MessageDialog.openInformation(shell, Messages.UninstallPlugin_title, NLS.bind(Messages.UninstallPlugin_done, name));
		} catch (PluginFolderException | NotPermittedException e) {
			MessageDialog.openError(shell, Messages.UninstallPlugin_title, e.getMessage());
		}
	}
}
