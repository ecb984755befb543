package org.qaworkbench.audits.internal;

import org.eclipse.osgi.util.NLS;

/** The messages of {@code qa supervision} and the supervision PDFs and CSV. */
public final class SupervisionMessages extends NLS {
	private static final String BUNDLE_NAME = SupervisionMessages.class.getPackageName() + ".supervision"; //$NON-NLS-1$

	public static String Command_summary;
	public static String Command_usage;
	public static String Command_unknown;
	public static String Command_unexpected;
	public static String Command_notStaff;
	public static String Command_unknownLocality;
	public static String Command_unknownTeam;
	public static String Command_unknownSupervisor;
	public static String Due_supervisees;
	public static String Due_supervisee;
	public static String Due_cases;
	public static String Due_teams;
	public static String Due_localities;
	public static String Due_noneSupervisees;
	public static String Due_noneCases;
	public static String Due_overdue;
	public static String Due_never;
	public static String Due_contractNone;
	public static String Due_contractSigned;
	public static String Due_contractReview;
	public static String Due_heldOfPlanned;
	public static String Due_missed;
	public static String Due_rollup;
	public static String Due_header;
	public static String Due_caseHeader;
	public static String List_none;
	public static String List_contract;
	public static String List_record;
	public static String List_casework;
	public static String Export_idNeeded;
	public static String Export_formatNeeded;
	public static String Export_onlyPdf;
	public static String Export_onlyCsv;
	public static String Export_formatCsvNeeded;
	public static String Export_outNeeded;
	public static String Export_noSuch;
	public static String Export_noForm;
	public static String Export_done;
	public static String Export_csvDone;
	public static String Export_idOrSessions;
	public static String Export_sessionsNotYours;
	public static String Export_noSessionsForm;
	public static String Export_sessionsDone;
	public static String Export_unknownSupervisee;
	public static String Pdf_footer;
	public static String Pdf_footerConfidential;
	public static String Pdf_confidential;
	public static String Pdf_caseRecord;
	public static String Pdf_id;
	public static String Pdf_state;
	public static String Pdf_form;
	public static String Pdf_formVersion;
	public static String Pdf_supersedes;
	public static String Pdf_agreed;
	public static String Pdf_reviewed;
	public static String Pdf_period_D;
	public static String Pdf_period_W;
	public static String Pdf_period_M;
	public static String Pdf_period_Y;
	public static String Pdf_notSigned;
	public static String Pdf_notWritten;
	public static String Pdf_reviews;
	public static String Pdf_action;
	public static String Pdf_from;
	public static String Pdf_byWhen;
	public static String Pdf_done;
	public static String Pdf_comment;
	public static String Pdf_yes;
	public static String Pdf_no;
	public static String Pdf_origin_SUPERVISION;
	public static String Pdf_origin_AUDIT;
	public static String Pdf_origin_OBSERVATION;
	public static String Pdf_who;
	public static String Pdf_when;
	public static String Pdf_noActions;
	public static String Pdf_recordsKept;
	public static String Pdf_noSessions;

	static {
		NLS.initializeMessages(BUNDLE_NAME, SupervisionMessages.class);
	}

	private SupervisionMessages() {
	}
}
