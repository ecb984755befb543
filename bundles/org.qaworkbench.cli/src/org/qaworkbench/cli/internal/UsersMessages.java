package org.qaworkbench.cli.internal;

import org.eclipse.osgi.util.NLS;

/** The messages of {@code qa users} (kept apart from {@link Messages} so the two grow separately). */
final class UsersMessages extends NLS {
	private static final String BUNDLE_NAME = UsersMessages.class.getPackageName() + ".users"; //$NON-NLS-1$

	public static String summary;
	public static String usage;
	public static String missing;
	public static String unknown;
	public static String needsUser;
	public static String unexpected;
	public static String needsNameAndRole;
	public static String unknownRole;
	public static String added;
	public static String addedStaff;
	public static String firstAdministrator;
	public static String firstMustBeAdministrator;
	public static String encrypted;
	public static String disabled;
	public static String enabled;
	public static String passwordReset;
	public static String none;
	public static String stateEnabled;
	public static String stateDisabled;
	public static String notOnStaffList;

	static {
		NLS.initializeMessages(BUNDLE_NAME, UsersMessages.class);
	}

	private UsersMessages() {
	}
}
