package org.qaworkbench.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.startlevel.BundleStartLevel;

/**
 * SPI Fly is started by the application, after the window or before the first checklist table: that start must
 * not be recorded, or the framework starts SPI Fly with itself, before the window, at every later launch.
 */
class ServiceLoaderSupportPTest {

	@Test
	void spiFlyIsStartedForThisSessionOnly() {
		ServiceLoaderSupport.ensureStarted();

		assertTrue(ServiceLoaderSupport.isStarted());
		Bundle spiFly = bundle("org.apache.aries.spifly.dynamic.bundle");
		assertEquals(Bundle.ACTIVE, spiFly.getState());
		assertFalse(spiFly.adapt(BundleStartLevel.class).isPersistentlyStarted(), "SPI Fly is not marked to start with the framework");
	}

	private static Bundle bundle(String symbolicName) {
		return Arrays.stream(FrameworkUtil.getBundle(ServiceLoaderSupport.class).getBundleContext().getBundles())
				.filter(each -> each.getSymbolicName().equals(symbolicName)).findFirst().orElseThrow();
	}
}
