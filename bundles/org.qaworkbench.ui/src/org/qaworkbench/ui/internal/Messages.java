package org.qaworkbench.ui.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String About_title;
	public static String About_text;
	public static String Navigator_empty;
	public static String Start_title;
	public static String Start_hint;
	public static String Startup_failedTitle;
	public static String StatusLine_database;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
