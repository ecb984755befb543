package org.qaworkbench.audits.internal;

import org.eclipse.osgi.util.NLS;

/** The messages of {@code qa access-log}. */
public final class AccessLogMessages extends NLS {
	private static final String BUNDLE_NAME = AccessLogMessages.class.getPackageName() + ".accesslog"; //$NON-NLS-1$

	public static String Command_summary;
	public static String Command_usage;
	public static String Command_unexpected;
	public static String Command_notStaff;
	public static String Command_none;
	public static String Command_noneOf;
	public static String Access_opened;
	public static String Access_exported;

	static {
		NLS.initializeMessages(BUNDLE_NAME, AccessLogMessages.class);
	}

	private AccessLogMessages() {
	}
}
