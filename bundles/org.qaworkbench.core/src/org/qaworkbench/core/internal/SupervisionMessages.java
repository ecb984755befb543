package org.qaworkbench.core.internal;

import org.eclipse.osgi.util.NLS;

/** The messages of supervision (kept apart from {@link Messages} so the two grow separately). */
public final class SupervisionMessages extends NLS {
	private static final String BUNDLE_NAME = SupervisionMessages.class.getPackageName() + ".supervision"; //$NON-NLS-1$

	public static String notStaff;
	public static String notYours;
	public static String noPolicy;
	public static String noForm;
	public static String locked;
	public static String signedByOne;
	public static String onlyTheTwo;
	public static String onlySupervisee;
	public static String onlySupervisor;
	public static String alreadySigned;
	public static String caseworkSignedBySupervisor;
	public static String amendOnlySigned;
	public static String onlySupervisorOrManager;
	public static String amendmentNeedsReason;
	public static String amendmentChangesNothing;
	public static String supersedeOnlyContracts;
	public static String supersedeOnlySigned;
	public static String alreadySuperseded;
	public static String supervisorCannotBeSupervisee;
	public static String notInLine;
	public static String notCaseSupervisor;
	public static String notInterval;
	public static String needsReasons;
	public static String needed_heldOn;
	public static String heldInFuture;
	public static String nextNotAfter;
	public static String notTime;
	public static String needed_action;
	public static String needed_whoAndWhen;
	public static String needed_sessionOn;
	public static String needed_missedReason;
	public static String describe_contract;
	public static String describe_record;
	public static String describe_casework;
	public static String Lock_historyRewritten;
	public static String Lock_needsAmendment;
	public static String Policy_notXml;
	public static String Policy_root;
	public static String Policy_line;
	public static String Policy_missing;
	public static String Policy_notInterval;
	public static String Policy_notFlag;
	public static String Policy_unknownAttribute;
	public static String Policy_unknownElement;
	public static String Policy_unknownStatus;
	public static String Policy_caseworkTwice;
	public static String Policy_noCasework;
	public static String Policy_twoDefaults;

	static {
		NLS.initializeMessages(BUNDLE_NAME, SupervisionMessages.class);
	}

	private SupervisionMessages() {
	}
}
