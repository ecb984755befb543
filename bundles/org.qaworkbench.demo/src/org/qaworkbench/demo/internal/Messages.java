package org.qaworkbench.demo.internal;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String DemoData_summary;
	public static String DemoData_noCaseAudit;
	public static String DemoData_notEmpty;
	public static String DemoData_backedUp;
	public static String DemoData_done;
	public static String DemoData_encrypted;
	public static String DemoData_signIn;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
