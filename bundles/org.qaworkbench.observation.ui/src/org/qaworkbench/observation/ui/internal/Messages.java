package org.qaworkbench.observation.ui.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String Editor_title;
	public static String Editor_amended;
	public static String Editor_amendNothing;
	public static String View_localityFilter;
	public static String View_teamFilter;
	public static String View_observerFilter;
	public static String Editor_reason;
	public static String Editor_amendCancelled;
	public static String Editor_saveAmendment;
	public static String Editor_amending;
	public static String Editor_amendingFirst;
	public static String Editor_amendment;
	public static String Pdf_export;
	public static String Pdf_exportTip;
	public static String Pdf_saveAs;
	public static String Pdf_fileName;
	public static String Pdf_written;
	public static String Pdf_writtenUnsaved;
	public static String Pdf_failed;
	public static String Pdf_failedBecause;
	public static String Pdf_notStored;
	public static String Editor_notYours;
	public static String Editor_confidential;
	public static String Editor_planning;
	public static String Editor_consentBy;
	public static String Editor_consentTo;
	public static String Editor_consentOn;
	public static String Editor_objectives;
	public static String Editor_learningFocus;
	public static String Editor_observerRole;
	public static String Editor_feedbackPlan;
	public static String Editor_grade;
	public static String Editor_noGrade;
	public static String Editor_actionsDueOn;
	public static String Editor_comments;
	public static String Editor_practitionerComment;
	public static String Editor_familyComment;
	public static String Editor_workflow;
	public static String Editor_record;
	public static String Editor_share;
	public static String Editor_signOff;
	public static String Editor_amend;
	public static String Editor_amendReason;
	public static String Editor_amendReasonPrompt;
	public static String Editor_notADate;
	public static String Editor_stepDone;
	public static String Editor_state;
	public static String View_locality;
	public static String View_team;
	public static String View_observer;
	public static String View_all;
	public static String View_practitioner;
	public static String View_last;
	public static String View_nextDue;
	public static String View_inProgress;
	public static String View_never;
	public static String View_overdue;
	public static String View_summary;
	public static String View_notStaff;
	public static String View_cannotPlan;
	public static String View_cannotRead;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
