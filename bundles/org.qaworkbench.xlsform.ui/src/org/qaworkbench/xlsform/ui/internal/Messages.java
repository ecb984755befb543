package org.qaworkbench.xlsform.ui.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String Import_choose;
	public static String Import_filter;
	public static String Import_allFiles;
	public static String Preview_label;
	public static String Preview_reading;
	public static String Preview_sheet;
	public static String Preview_row;
	public static String Preview_column;
	public static String Preview_problem;
	public static String Preview_warning;
	public static String Preview_install;
	public static String Preview_valid;
	public static String Preview_validWithWarnings;
	public static String Preview_problems;
	public static String Preview_notInstalled;
	public static String Preview_notWritten;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
