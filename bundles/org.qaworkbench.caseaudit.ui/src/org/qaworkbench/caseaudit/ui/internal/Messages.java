package org.qaworkbench.caseaudit.ui.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String Actions_title;
	public static String Actions_action;
	public static String Actions_due;
	public static String Actions_howAddressed;
	public static String Actions_completed;
	public static String Actions_initials;
	public static String Actions_followUpDue;
	public static String Actions_followUp;
	public static String Actions_add;
	public static String Actions_edit;
	public static String Actions_addressed;
	public static String Actions_recordFollowUp;
	public static String Actions_addTitle;
	public static String Actions_editTitle;
	public static String Actions_addMessage;
	public static String Actions_addressedTitle;
	public static String Actions_followUpTitle;
	public static String Actions_wasDone;
	public static String Actions_outcome;
	public static String Actions_followUpNowDue;
	public static String Actions_done;
	public static String Actions_notDone;
	public static String Actions_overdue;
	public static String Actions_refused;
	public static String Actions_selectFirst;
	public static String Amend_title;
	public static String Amend_message;
	public static String Amend_reason;
	public static String Amend_cancelled;
	public static String Editor_evidence;
	public static String Editor_label;
	public static String Kind_title;
	public static String Kind_kind;
	public static String Kind_theme;
	public static String Kind_ownLocalityTitle;
	public static String Kind_ownLocalityWarning;
	public static String Kind_ownLocalityReason;
	public static String Kind_ownLocalityRecorded;
	public static String Overall_title;
	public static String Overall_suggested;
	public static String Overall_judgement;
	public static String Overall_rationale;
	public static String Overall_notYet;
	public static String Overall_moderatorAgreed;
	public static String Overall_moderatorChanged;
	public static String Moderate_title;
	public static String Moderate_message;
	public static String Moderate_grade;
	public static String Moderate_reason;
	public static String Share_title;
	public static String Share_message;
	public static String Share_date;
	public static String Respond_title;
	public static String Respond_message;
	public static String Respond_response;
	public static String Workflow_title;
	public static String Pdf_export;
	public static String Pdf_saveAs;
	public static String Pdf_written;
	public static String Pdf_failed;
	public static String Pdf_failedBecause;
	public static String Workflow_complete;
	public static String Workflow_moderate;
	public static String Workflow_share;
	public static String Workflow_respond;
	public static String Workflow_close;
	public static String Workflow_amend;
	public static String Workflow_amendingFirst;
	public static String Workflow_saveAmendment;
	public static String Workflow_amending;
	public static String Workflow_amendment;
	public static String Workflow_notComplete;
	public static String Workflow_refused;
	public static String Workflow_response;
	public static String Workflow_sharedOn;
	public static String Workflow_signOff;
	public static String Workflow_state;
	public static String Workflow_confirmed;
	public static String Workflow_completed;
	public static String Workflow_moderatedAgreed;
	public static String Workflow_moderatedChanged;
	public static String Workflow_shared;
	public static String Workflow_responded;
	public static String Workflow_closed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
