package org.qaworkbench.core.internal;

import org.eclipse.osgi.util.NLS;

/** The messages of the supervision audit (kept apart from {@link Messages} so that they grow separately). */
public final class SupervisionAuditMessages extends NLS {
	private static final String BUNDLE_NAME = SupervisionAuditMessages.class.getPackageName() + ".supervisionaudit"; //$NON-NLS-1$

	public static String notStaff;
	public static String notAuditor;
	public static String noSuchTeam;
	public static String noDefinition;
	public static String nobodyToSample;
	public static String sizeOutOfRange;
	public static String redrawOnlyDraft;
	public static String redrawOnlyAuditor;
	public static String redrawNeedsReason;
	public static String noSample;
	public static String aMonth;
	public static String months;
	public static String aWeek;
	public static String weeks;
	public static String noPolicy;
	public static String evidenceNoContract;
	public static String evidenceContractUnsigned;
	public static String evidenceContractSigned;
	public static String evidenceContractSignedUndated;
	public static String evidenceNotVisible;
	public static String evidenceOverdue;
	public static String evidenceNoActionsForward;
	public static String evidenceReviewDue;
	public static String evidenceReviewOverdue;
	public static String evidenceNoSessions;
	public static String evidenceSessionsAtFrequency;
	public static String evidenceMissed;
	public static String evidenceNoOpenCases;
	public static String evidenceRecordedBySupervisor;
	public static String evidenceActionsAgreed;
	public static String evidenceActionsFollowed;
	public static String evidenceEveryOpenCase;
	public static String evidenceNoRecords;
	public static String evidenceSignedByBoth;
	public static String evidenceRiskAnalysed;
	public static String evidenceAgreedActionsOnCase;
	public static String evidenceDecisions;
	public static String evidenceObservation;
	public static String evidenceNoObservation;
	public static String evidenceNoProtectionCases;
	public static String evidenceProtectionPlans;

	static {
		NLS.initializeMessages(BUNDLE_NAME, SupervisionAuditMessages.class);
	}

	private SupervisionAuditMessages() {
	}
}
