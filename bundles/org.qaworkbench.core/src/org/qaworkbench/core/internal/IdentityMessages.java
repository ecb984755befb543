package org.qaworkbench.core.internal;

import org.eclipse.osgi.util.NLS;

/** The messages of accounts and signing in (kept apart from {@link Messages} so the two grow separately). */
public final class IdentityMessages extends NLS {
	private static final String BUNDLE_NAME = IdentityMessages.class.getPackageName() + ".identity"; //$NON-NLS-1$

	public static String signInRefused;
	public static String accountDisabled;
	public static String noAccounts;
	public static String signInNeeded;
	public static String notAdministrator;
	public static String notStaff;
	public static String accountExists;
	public static String noSuchAccount;
	public static String lastAdministrator;
	public static String passwordTooShort;
	public static String accountsExist;
	public static String firstAdministratorName;
	public static String accountsOnServer;
	public static String keyringDamaged;
	public static String passwordPrompt;
	public static String newPasswordPrompt;
	public static String repeatPasswordPrompt;
	public static String passwordsDiffer;
	public static String noPassword;
	public static String passwordFileUnreadable;

	static {
		NLS.initializeMessages(BUNDLE_NAME, IdentityMessages.class);
	}

	private IdentityMessages() {
	}
}
