package org.qaworkbench.ui.internal.accesslog;

import org.eclipse.osgi.util.NLS;

/** The user-visible strings of the Access log view. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String View_record;
	public static String View_recordHint;
	public static String View_when;
	public static String View_who;
	public static String View_workstation;
	public static String View_what;
	public static String View_kind;
	public static String View_id;
	public static String View_opened;
	public static String View_exported;
	public static String View_badRecord;
	public static String View_cannotRead;
	public static String View_notAdministrator;
	public static String View_none;
	public static String View_noneOf;
	public static String View_summary;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
