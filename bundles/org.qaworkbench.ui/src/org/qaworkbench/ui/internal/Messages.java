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
	public static String StatusLine_brokenPlugins;
	public static String Editor_heading;
	public static String Editor_question;
	public static String Editor_answer;
	public static String Editor_comment;
	public static String Editor_evidence;
	public static String Editor_progress;
	public static String Editor_saveRefused;
	public static String Editor_yes;
	public static String Editor_readOnly;
	public static String Editor_overall;
	public static String Editor_draftRestored;
	public static String Drafts_title;
	public static String Drafts_question;
	public static String Editor_refusedValue;
	public static String Editor_file;
	public static String Editor_ticked;
	public static String Editor_perFile;
	public static String Editor_noGuidance;
	public static String Editor_complete;
	public static String Editor_notComplete;
	public static String NewChecklist_title;
	public static String InstallPlugin_title;
	public static String InstallPlugin_refused;
	public static String InstallPlugin_done;
	public static String UninstallPlugin_title;
	public static String UninstallPlugin_none;
	public static String UninstallPlugin_done;
	public static String AuditThemes_title;
	public static String AuditThemes_message;
	public static String AuditThemes_add;
	public static String AuditThemes_rename;
	public static String AuditThemes_retire;
	public static String AuditThemes_addTitle;
	public static String AuditThemes_renameTitle;
	public static String AuditThemes_name;
	public static String AuditThemes_retireQuestion;
	public static String Editor_no;
	public static String Editor_notApplicable;

	public static String StatusLine_signedIn;
	public static String StatusLine_notStaff;
	public static String SignIn_title;
	public static String SignIn_noStaff;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
