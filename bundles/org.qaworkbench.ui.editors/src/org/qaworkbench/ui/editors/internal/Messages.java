package org.qaworkbench.ui.editors.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String Registry_broken;
	public static String Registry_wrongType;
	public static String Registry_notCreated;
	public static String Registry_classNotFound;
	public static String Registry_conditionFailed;
	public static String Registry_noRecordType;
	public static String Registry_noClass;
	public static String Registry_badPriority;
	public static String Registry_reported;
	public static String Registry_noEditor;
	public static String Session_saveRefused;
	public static String Session_notSavedKept;
	public static String Session_draftNotKept;
	public static String Session_notSavedKeptLocally;
	public static String Session_draftKeptLocally;
	public static String Session_draftKeptAgain;
	public static String Session_draftRestored;
	public static String Session_notStarted;
	public static String Form_notADate;
	public static String Form_required;
	public static String Form_datePrompt;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
