package org.qaworkbench.core.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String StoreException_folderNotWritable;
	public static String StoreException_inUse;
	public static String StoreException_newerSchema;
	public static String StoreException_failed;
	public static String StoreException_notABackup;
	public static String StaleRecord_message;
	public static String Options_unknown;
	public static String Options_needsValue;
	public static String Options_notANumber;
	public static String Validation_required;
	public static String Validation_inFuture;
	public static String Validation_closedBeforeAllocated;
	public static String Validation_completedBeforeStarted;
	public static String Validation_unknownDefinition;
	public static String Validation_unknownItem;
	public static String Validation_answeredTwice;
	public static String Validation_requiredItem;
	public static String Validation_noSuchFile;
	public static String Validation_notOneOf;
	public static String Validation_notADate;
	public static String Validation_notANumber;
	public static String Validation_notOnScale;
	public static String Validation_judgementNeedsRationale;
	public static String Scoring_unknownScorer;
	public static String Scoring_notAScorer;
	public static String Scoring_scorerNotCreated;
	public static String Scoring_scorerFailed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
