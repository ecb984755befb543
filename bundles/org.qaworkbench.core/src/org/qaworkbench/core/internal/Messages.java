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
	public static String Registry_broken;
	public static String Registry_missingFile;
	public static String Registry_unreadable;
	public static String Registry_notADefinition;
	public static String Registry_noFile;
	public static String Registry_noDefinitionId;
	public static String Registry_badVersion;
	public static String Registry_duplicate;
	public static String Registry_rejected;
	public static String PluginFolder_noSuchFile;
	public static String PluginFolder_notABundle;
	public static String PluginFolder_builtIn;
	public static String PluginFolder_duplicate;
	public static String PluginFolder_newerInstalled;
	public static String PluginFolder_failed;
	public static String PluginFolder_unresolved;
	public static String PluginFolder_notInstalled;
	public static String PluginFolder_uninstallFailed;
	public static String PluginFolder_alreadyInstalled;
	public static String PluginFolder_skipped;
	public static String Editors_broken;
	public static String Editors_noDefinitionId;
	public static String Editors_noClass;
	public static String Editors_badPriority;
	public static String Editors_classNotFound;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
