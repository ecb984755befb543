package org.qaworkbench.audits.internal;

import org.eclipse.osgi.util.NLS;

/** The messages of {@code qa observations} and the observation PDF. */
public final class ObservationMessages extends NLS {
	private static final String BUNDLE_NAME = ObservationMessages.class.getPackageName() + ".observations"; //$NON-NLS-1$

	public static String Command_summary;
	public static String Command_usage;
	public static String Command_unknown;
	public static String Command_unexpected;
	public static String Command_notStaff;
	public static String Command_unknownLocality;
	public static String Command_unknownState;
	public static String Due_summary;
	public static String Due_none;
	public static String Due_overdue;
	public static String Due_never;
	public static String List_summary;
	public static String List_none;
	public static String Export_summary;
	public static String Export_idNeeded;
	public static String Export_formatNeeded;
	public static String Export_onlyPdf;
	public static String Export_outNeeded;
	public static String Export_noSuch;
	public static String Export_noForm;
	public static String Export_done;
	public static String Pdf_footer;
	public static String Pdf_observationId;
	public static String Pdf_state;
	public static String Pdf_form;
	public static String Pdf_formVersion;
	public static String Pdf_planning;
	public static String Pdf_objectives;
	public static String Pdf_learningFocus;
	public static String Pdf_observerRole;
	public static String Pdf_feedbackPlan;
	public static String Pdf_consentBy;
	public static String Pdf_consentTo;
	public static String Pdf_consentOn;
	public static String Pdf_notWritten;
	public static String Pdf_grade;
	public static String Pdf_actionsDue;
	public static String Pdf_developmentActions;
	public static String Pdf_practitionerComment;
	public static String Pdf_familyComment;
	public static String Pdf_comments;
	public static String Pdf_signOffs;
	public static String Pdf_step;
	public static String Pdf_by;
	public static String Pdf_at;
	public static String Pdf_nobody;
	public static String Pdf_amendments;
	public static String Pdf_reason;
	public static String Pdf_confidential;

	static {
		NLS.initializeMessages(BUNDLE_NAME, ObservationMessages.class);
	}

	private ObservationMessages() {
	}
}
