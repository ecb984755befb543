package org.qaworkbench.ui.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String About_title;
	public static String About_text;
	public static String Navigator_empty;
	public static String Navigator_reading;
	public static String Navigator_failed;
	public static String Navigator_casework;
	public static String Navigator_caseworkSigned;
	public static String Start_title;
	public static String Start_hint;
	public static String Startup_failedTitle;
	public static String StatusLine_database;
	public static String StatusLine_server;
	public static String StatusLine_brokenPlugins;
	public static String Editor_heading;
	public static String Editor_question;
	public static String Editor_answer;
	public static String Editor_comment;
	public static String Editor_evidence;
	public static String Editor_evidenceUnderGuidance;
	public static String Editor_progress;
	public static String Editor_yes;
	public static String Editor_readOnly;
	public static String Editor_overall;
	public static String Drafts_title;
	public static String Drafts_question;
	public static String Editor_refusedValue;
	public static String Editor_refusedBecause;
	public static String Editor_commentRefused;
	public static String Editor_refusedKey;
	public static String Editor_typeWithEnter;
	public static String Editor_keyAnswersNothing;
	public static String Editor_notSaved;
	public static String Editor_file;
	public static String Editor_ticked;
	public static String Editor_perFile;
	public static String Editor_noGuidance;
	public static String Editor_choices;
	public static String Editor_complete;
	public static String Editor_notComplete;
	public static String Editor_missingOne;
	public static String Editor_missingMany;
	public static String Editor_refusedOne;
	public static String Editor_refusedMany;
	public static String Editor_missingAndRefused;
	public static String Editor_answerRefused;
	public static String Editor_numbers;
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
	public static String Actions_show;
	public static String Actions_showTip;
	public static String Actions_showDue;
	public static String Actions_showOverdue;
	public static String Actions_showFollowUpsDue;
	public static String Actions_showAll;
	public static String Actions_localityChoice;
	public static String Actions_workerChoice;
	public static String Actions_auditorChoice;
	public static String Actions_all;
	public static String Actions_refresh;
	public static String Actions_refreshTip;
	public static String Actions_loading;
	public static String Actions_failed;
	public static String Actions_summary;
	public static String Actions_caseNumber;
	public static String Actions_locality;
	public static String Actions_worker;
	public static String Actions_auditor;
	public static String Actions_action;
	public static String Actions_due;
	public static String Actions_status;
	public static String Actions_followUpDueOn;
	public static String Actions_followUp;
	public static String Actions_open;
	public static String Actions_overdue;
	public static String Actions_completed;
	public static String Actions_followUpOverdue;
	public static String Actions_followUpDue;
	public static String Actions_followUpNotDone;
	public static String Actions_followUpNotYet;
	public static String Actions_followUpDone;

	public static String StatusLine_signedIn;
	public static String StatusLine_notStaff;
	public static String Choose_filter;
	public static String Quit_title;
	public static String Quit_question;
	public static String Quit_save;
	public static String Quit_discard;
	public static String Quit_cancel;
	public static String KeyDate_title;
	public static String KeyDate_heading;
	public static String KeyDate_message;
	public static String KeyDate_kind;
	public static String KeyDate_date;
	public static String KeyDate_detail;
	public static String KeyDate_badDate;
	public static String Preview_heading;
	public static String Preview_answers;
	public static String Preview_counts;
	public static String Preview_sectionScoring;
	public static String Preview_overallScoring;
	public static String Preview_rule;
	public static String Preview_yesNo;
	public static String Preview_yesNoNa;
	public static String Preview_matrix;
	public static String Preview_typed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
