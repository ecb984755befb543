package org.qaworkbench.ui.internal;

import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;

/**
 * java.util.ServiceLoader inside OSGi: NatTable finds Eclipse Collections' implementations through it, which needs
 * Apache Aries SPI Fly active (it weaves the consumers and registers the providers) before NatTable's classes load.
 * Starting SPI Fly registers Eclipse Collections' providers, which takes most of a second, so the product does
 * not start it with the framework: the window is shown first, then this starts it in the background, and the
 * first checklist table waits for it if it is not done yet. The start is transient: a plain {@link Bundle#start()}
 * is recorded in the configuration area, and the framework would then start SPI Fly during its start level, before
 * the window, at every later launch.
 */
public final class ServiceLoaderSupport {

	private static final List<String> IN_ORDER = List.of("org.apache.aries.spifly.dynamic.bundle", "org.eclipse.collections.impl", "slf4j.simple"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private ServiceLoaderSupport() {
	}

	/** Starts the ServiceLoader bundles on a background thread; the UI stays responsive meanwhile. */
	public static void startInBackground() {
		Thread starter = new Thread(ServiceLoaderSupport::ensureStarted, "QA Workbench ServiceLoader start"); //$NON-NLS-1$
		starter.setDaemon(true);
		starter.start();
	}

	/** Whether SPI Fly and the providers are active already. */
	public static boolean isStarted() {
		Bundle[] bundles = FrameworkUtil.getBundle(ServiceLoaderSupport.class).getBundleContext().getBundles();
		for (Bundle bundle : bundles) {
			if (IN_ORDER.contains(bundle.getSymbolicName()) && bundle.getState() != Bundle.ACTIVE) {
				return false;
			}
		}
		return true;
	}

	/** Makes sure SPI Fly and the providers are active; returns at once when they are. */
	public static synchronized void ensureStarted() {
		Bundle[] bundles = FrameworkUtil.getBundle(ServiceLoaderSupport.class).getBundleContext().getBundles();
		for (String name : IN_ORDER) {
			for (Bundle bundle : bundles) {
				if (bundle.getSymbolicName().equals(name) && bundle.getState() != Bundle.ACTIVE) {
					try {
						bundle.start(Bundle.START_TRANSIENT);
					} catch (BundleException e) {
						ILog.of(ServiceLoaderSupport.class).error("Could not start " + name + ": checklist tables may not show", e); //$NON-NLS-1$ //$NON-NLS-2$
					}
				}
			}
		}
	}
}
