package org.qaworkbench.ui.internal;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

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
import org.qaworkbench.core.store.StoreLocation;
import org.qaworkbench.ui.internal.signin.SignInAtStart;
import org.qaworkbench.ui.internal.signin.SignedInAtStart;

/**
 * The desktop application: asks who is at the keyboard and opens the user's database as them ({@link
 * SignInAtStart}), then runs the e4 workbench with the open {@link Store} and the person signed in offered as OSGi
 * services (parts receive them by injection). A database that cannot be opened is explained in a dialog before any
 * window appears, and the workbench does not start. File &gt; Sign out (and Sign out on the idle lock) restarts the
 * workbench: the store is closed and the sign-in asks again, in this same process.
 */
public final class QaWorkbenchApplication implements IApplication {

	/** Exit code when the database cannot be opened. */
	public static final Integer EXIT_STORE_UNAVAILABLE = 2;

	private volatile E4Application workbench;

	@Override
	public Object start(IApplicationContext context) throws Exception {
		Display.setAppName(Product.NAME);
		Path dataFolder = DataFolder.resolve();
		PluginFolder.installAtStartup(dataFolder);
		// Automation signs in once: after a sign-out the next person signs in at the dialog.
		Map<String, String> environment = System.getenv();
		while (true) {
			// The workbench disposes its display when it returns: a restart after sign-out needs a new one.
			Display display = Display.getDefault();
			SignInAtStart signIn = new SignInAtStart(StoreLocation.resolve(dataFolder), environment, null);
			environment = Map.of();
			Optional<Store> signedIn;
			try {
				signedIn = signIn.open();
			} catch (StoreException e) {
				System.err.println(e.getMessage());
				context.applicationRunning();
				MessageDialog.openError(null, Messages.Startup_failedTitle, e.getMessage());
				display.dispose();
				return EXIT_STORE_UNAVAILABLE;
			}
			if (signedIn.isEmpty()) {
				display.dispose();
				return EXIT_OK;
			}
			Object result = run(context, signedIn.get(), new SignedInAtStart(signIn.person()));
			if (!EXIT_RESTART.equals(result)) {
				return result;
			}
		}
	}

	private Object run(IApplicationContext context, Store store, SignedInAtStart atStart) throws Exception {
		BundleContext bundleContext = FrameworkUtil.getBundle(getClass()).getBundleContext();
		ServiceRegistration<Store> registration = bundleContext.registerService(Store.class, store, null);
		ServiceRegistration<SignedInAtStart> person = bundleContext.registerService(SignedInAtStart.class, atStart, null);
		try {
			workbench = new E4Application();
			return workbench.start(context);
		} finally {
			person.unregister();
			registration.unregister();
			store.close();
		}
	}

	@Override
	public void stop() {
		E4Application running = workbench;
		if (running != null) {
			running.stop();
		}
	}
}
