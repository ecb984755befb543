package org.qaworkbench.core;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/** Facts about the running QA Workbench that the about box and {@code qa info} show. */
public final class Product {

	public static final String NAME = "QA Workbench"; //$NON-NLS-1$

	private Product() {
	}

	/** The release, such as {@code 0.1.0}, without the build qualifier. */
	public static String version() {
		Version version = bundleVersion();
		return version.getMajor() + "." + version.getMinor() + "." + version.getMicro(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The build qualifier (a timestamp in release builds). */
	public static String build() {
		return bundleVersion().getQualifier();
	}

	private static Version bundleVersion() {
		Bundle bundle = FrameworkUtil.getBundle(Product.class);
		return bundle == null ? Version.emptyVersion : bundle.getVersion();
	}
}
