package org.qaworkbench.core;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Finds an OSGi service, waiting briefly for a Declarative Services component: SCR activates components asynchronously at startup. */
public final class Services {

	private static final long WAIT_MILLIS = 10_000;

	private Services() {
	}

	public static <S> S get(Class<S> type) throws InterruptedException {
		BundleContext context = FrameworkUtil.getBundle(Services.class).getBundleContext();
		ServiceTracker<S, S> tracker = new ServiceTracker<>(context, type, null);
		tracker.open();
		S service = tracker.waitForService(WAIT_MILLIS);
		if (service == null) {
			throw new IllegalStateException("No " + type.getName() + " service: is its bundle missing from the product?"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return service;
	}

	/** Every service of a type registered now (components of started bundles), without waiting. */
	public static <S> java.util.List<S> all(Class<S> type) {
		BundleContext context = FrameworkUtil.getBundle(Services.class).getBundleContext();
		try {
			java.util.List<S> services = new java.util.ArrayList<>();
			for (org.osgi.framework.ServiceReference<S> reference : context.getServiceReferences(type, null)) {
				S service = context.getService(reference);
				if (service != null) {
					services.add(service);
				}
			}
			return services;
		} catch (org.osgi.framework.InvalidSyntaxException e) {
			throw new IllegalStateException(e); // no filter was given
		}
	}
}
