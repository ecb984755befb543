package org.qaworkbench.audits.internal;

import org.eclipse.osgi.util.NLS;

/** The user-visible strings of audit output: the qa audits commands, the printable audit and the CSV export. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String Audits_summary;
	public static String Audits_usage;
	public static String Audits_missing;
	public static String Audits_unknown;
	public static String List_summary;
	public static String List_none;
	public static String List_score;
	public static String List_judgement;
	public static String List_moderated;
	public static String Export_summary;
	public static String Command_notStaff;
	public static String Export_notYours;
	public static String Export_formatNeeded;
	public static String Export_unknownFormat;
	public static String Export_outNeeded;
	public static String Export_idNeeded;
	public static String Export_pdfTakesNoFilter;
	public static String Export_noSuchAudit;
	public static String Export_cannotWrite;
	public static String Export_folderMissing;
	public static String Export_denied;
	public static String Export_pdfDone;
	public static String Export_csvDone;
	public static String Filter_unknownLocality;
	public static String Filter_unknownState;
	public static String Filter_notADate;
	public static String Filter_fromAfterTo;
	public static String Filter_unexpected;
	public static String Answer_yes;
	public static String Answer_no;
	public static String Answer_notApplicable;
	public static String Answer_file;
	public static String Pdf_missingDefinition;
	public static String Pdf_footer;
	public static String Pdf_page;
	public static String Pdf_audit;
	public static String Pdf_auditId;
	public static String Pdf_checklist;
	public static String Pdf_checklistVersion;
	public static String Pdf_purpose;
	public static String Pdf_auditKind;
	public static String Pdf_theme;
	public static String Pdf_ownLocalityReason;
	public static String Pdf_state;
	public static String Pdf_subject;
	public static String Pdf_auditors;
	public static String Pdf_started;
	public static String Pdf_completed;
	public static String Pdf_comment;
	public static String Pdf_notAsked;
	public static String Pdf_sectionScore;
	public static String Pdf_question;
	public static String Pdf_answer;
	public static String Pdf_scoreHint;
	public static String Pdf_outcome;
	public static String Pdf_computedScore;
	public static String Pdf_overallScale;
	public static String Pdf_auditorsGrade;
	public static String Pdf_judgement;
	public static String Pdf_judgementRationale;
	public static String Pdf_moderatedJudgement;
	public static String Pdf_moderationReason;
	public static String Pdf_comments;
	public static String Pdf_lessonsLearnt;
	public static String Pdf_notScored;
	public static String Pdf_actions;
	public static String Pdf_noActions;
	public static String Pdf_action;
	public static String Pdf_dueOn;
	public static String Pdf_howAddressed;
	public static String Pdf_completedOn;
	public static String Pdf_initials;
	public static String Pdf_followUp;
	public static String Pdf_followUpDue;
	public static String Pdf_followUpDone;
	public static String Pdf_followUpNotDone;
	public static String Pdf_workflow;
	public static String Pdf_step;
	public static String Pdf_by;
	public static String Pdf_role;
	public static String Pdf_when;
	public static String Pdf_note;
	public static String Pdf_sharedOn;
	public static String Pdf_practitionerResponse;
	public static String Pdf_amendments;
	public static String Pdf_reason;
	public static String Pdf_nobody;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
