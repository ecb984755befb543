package org.qaworkbench.core.internal;

import org.eclipse.osgi.util.NLS;

/** The messages of direct observations of practice (kept apart from {@link Messages} so the two grow separately). */
public final class ObservationMessages extends NLS {
	private static final String BUNDLE_NAME = ObservationMessages.class.getPackageName() + ".observations"; //$NON-NLS-1$

	public static String Step_record;
	public static String Step_share;
	public static String Step_reflect;
	public static String Step_signOff;
	public static String Step_amend;
	public static String notStaff;
	public static String wrongState;
	public static String onlyObserver;
	public static String onlyPractitioner;
	public static String onlyObserverOrPractitioner;
	public static String onlyObserverOrManager;
	public static String notObservable;
	public static String observerCannotBePractitioner;
	public static String noConsent;
	public static String alreadySigned;
	public static String reflectFirst;
	public static String notYours;
	public static String locked;
	public static String changeNotYours;
	public static String amendmentNeedsReason;
	public static String amendmentChangesNothing;
	public static String needed_objectives;
	public static String needed_learningFocus;
	public static String needed_observerRole;
	public static String needed_feedbackPlan;
	public static String needed_observedOn;
	public static String needed_caseNumber;
	public static String needed_setting;
	public static String needed_prompt;
	public static String needed_grade;
	public static String needed_actionsDueOn;
	public static String needed_reflection;
	public static String observedInFuture;
	public static String caseNumberOnly;
	public static String noForm;

	static {
		NLS.initializeMessages(BUNDLE_NAME, ObservationMessages.class);
	}

	private ObservationMessages() {
	}
}
