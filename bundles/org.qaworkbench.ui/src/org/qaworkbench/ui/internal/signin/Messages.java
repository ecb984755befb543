package org.qaworkbench.ui.internal.signin;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String SignIn_title;
	public static String SignIn_heading;
	public static String SignIn_message;
	public static String SignIn_userName;
	public static String SignIn_password;
	public static String SignIn_signIn;
	public static String SignIn_quit;
	public static String SignIn_waiting;
	public static String FirstAdmin_title;
	public static String FirstAdmin_heading;
	public static String FirstAdmin_message;
	public static String FirstAdmin_fullName;
	public static String FirstAdmin_userName;
	public static String FirstAdmin_password;
	public static String FirstAdmin_again;
	public static String FirstAdmin_create;
	public static String Field_required;
	public static String Field_tooShort;
	public static String Field_mismatch;
	public static String Lock_title;
	public static String Lock_heading;
	public static String Lock_message;
	public static String Lock_unlock;
	public static String Lock_signOut;
	public static String Backup_title;
	public static String Backup_message;
	public static String Admin_title;
	public static String Admin_message;
	public static String Admin_user;
	public static String Admin_name;
	public static String Admin_roles;
	public static String Admin_disabled;
	public static String Admin_yes;
	public static String Admin_add;
	public static String Admin_disable;
	public static String Admin_enable;
	public static String Admin_reset;
	public static String Admin_addTitle;
	public static String Admin_addMessage;
	public static String Admin_resetTitle;
	public static String Admin_resetMessage;
	public static String Admin_person;
	public static String Admin_nobodyWithoutAccount;
	public static String Admin_refused;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
