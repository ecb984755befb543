package org.qaworkbench.ui.internal;

import java.nio.file.Path;

import org.eclipse.e4.ui.internal.workbench.swt.E4Application;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.qaworkbench.core.DataFolder;
import org.qaworkbench.core.checklists.registry.PluginFolder;
import org.qaworkbench.core.Product;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.store.StoreException;
import org.qaworkbench.core.store.Stores;

/**
 * The desktop application: opens the user's database, then runs the e4 workbench with the open {@link Store}
 * offered as an OSGi service (parts receive it by injection). A database that cannot be opened is explained in a
 * dialog before any window appears, and the workbench does not start.
 */
public final class QaWorkbenchApplication implements IApplication {

	/** Exit code when the database cannot be opened. */
	public static final Integer EXIT_STORE_UNAVAILABLE = 2;

	private final E4Application workbench = new E4Application();

	@Override
	public Object start(IApplicationContext context) throws Exception {
		Display.setAppName(Product.NAME);
		Display display = Display.getDefault();
		Path dataFolder = DataFolder.resolve();
		PluginFolder.installAtStartup(dataFolder);
		Store store;
		try {
			store = Stores.open(dataFolder);
		} catch (StoreException e) {
			System.err.println(e.getMessage());
			context.applicationRunning();
			MessageDialog.openError(null, Messages.Startup_failedTitle, e.getMessage());
			display.dispose();
			return EXIT_STORE_UNAVAILABLE;
		}
		BundleContext bundleContext = FrameworkUtil.getBundle(getClass()).getBundleContext();
		ServiceRegistration<Store> registration = bundleContext.registerService(Store.class, store, null);
		try {
			return workbench.start(context);
		} finally {
			registration.unregister();
			store.close();
		}
	}

	@Override
	public void stop() {
		workbench.stop();
	}
}
