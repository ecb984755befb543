package org.qaworkbench.ui.internal.handlers;

import java.nio.file.Path;
import java.util.stream.Collectors;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.Bundle;
import org.qaworkbench.core.DataFolder;
import org.qaworkbench.core.access.Permission;
import org.qaworkbench.core.access.Permissions;
import org.qaworkbench.core.checklists.registry.PluginFolder;
import org.qaworkbench.core.checklists.registry.PluginFolderException;
import org.qaworkbench.core.checklists.validation.DefinitionProblem;
import org.qaworkbench.core.checklists.validation.PluginResult;
import org.qaworkbench.core.checklists.validation.PluginValidator;
import org.qaworkbench.core.checklists.validation.ProblemSummary;
import org.qaworkbench.core.store.NotPermittedException;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.ui.editors.SignedInPerson;
import org.qaworkbench.ui.internal.Messages;

/** File > Install checklist plugin...: checks a plugin jar and installs it at once, no restart. */
public final class InstallPluginHandler {

	/** Offered only to those the permission matrix lets install checklists. */
	@CanExecute
	boolean canExecute(SignedInPerson signedIn) {
		return Permissions.allows(signedIn.staff().orElse(null), Permission.INSTALL_CHECKLISTS);
	}

	@Execute
	void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, SignedInPerson signedIn) {
		FileDialog files = new FileDialog(shell, SWT.OPEN);
		files.setText(Messages.InstallPlugin_title);
		files.setFilterExtensions(new String[] { "*.jar" }); //$NON-NLS-1$
		String chosen = files.open();
		if (chosen == null) {
			return;
		}
		install(shell, Path.of(chosen), signedIn.staff().orElse(null));
	}

	/**
	 * Checks a plugin jar and installs it for the data folder, saying in a dialog what was installed or why it was
	 * refused; true when installed. The one install path of the application, whoever made the jar: core refuses
	 * anyone {@code by} the permission matrix does not let install checklists, and the refusal is said.
	 */
	public static boolean install(Shell shell, Path jar, StaffMember by) {
		if (!Permissions.allows(by, Permission.INSTALL_CHECKLISTS)) {
			MessageDialog.openError(shell, Messages.InstallPlugin_refused, Permissions.whyNot(by, Permission.INSTALL_CHECKLISTS));
			return false;
		}
		PluginResult checked = PluginValidator.validate(jar);
		if (!checked.isValid()) {
			MessageDialog.openError(shell, Messages.InstallPlugin_refused,
					ProblemSummary.of(checked.allProblems()).stream().map(DefinitionProblem::toString).collect(Collectors.joining("\n"))); //$NON-NLS-1$
			return false;
		}
		try {
			Bundle bundle = PluginFolder.of(DataFolder.resolve()).install(jar, by);
			MessageDialog.openInformation(shell, Messages.InstallPlugin_title, NLS.bind(Messages.InstallPlugin_done, bundle.getSymbolicName(), bundle.getVersion()));
			return true;
		} catch (PluginFolderException | NotPermittedException e) {
			MessageDialog.openError(shell, Messages.InstallPlugin_refused, e.getMessage());
			return false;
		}
	}
}
