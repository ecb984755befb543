package org.qaworkbench.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.qaworkbench.core.Product;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.store.StoreInfo;
import org.qaworkbench.ui.internal.Messages;

import jakarta.inject.Named;

import org.eclipse.e4.ui.services.IServiceConstants;

public final class AboutHandler {

	@Execute
	void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, Store store) {
		StoreInfo info = store.info();
		MessageDialog.openInformation(shell, Messages.About_title, NLS.bind(Messages.About_text,
				new Object[] { Product.version(), Product.build(), info.dataFolder(), info.url(), info.schemaVersion(), System.getProperty("java.version") })); //$NON-NLS-1$
	}
}
