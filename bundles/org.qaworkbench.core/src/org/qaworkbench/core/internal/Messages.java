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
	public static String DefinitionElement_checklist;
	public static String DefinitionElement_scale;
	public static String DefinitionElement_section;
	public static String DefinitionElement_item;
	public static String DefinitionElement_level;
	public static String DefinitionElement_numbered;
	public static String DefinitionElement_inSection;
	public static String DefinitionElement_sectionScoring;
	public static String DefinitionElement_overallScoring;
	public static String Definition_noId;
	public static String Definition_noVersion;
	public static String Definition_badVersion;
	public static String Definition_noTitle;
	public static String Definition_noElementId;
	public static String Definition_duplicateId;
	public static String Definition_scaleWithoutLevels;
	public static String Definition_duplicateLevel;
	public static String Definition_noText;
	public static String Definition_gradedWithoutScale;
	public static String Definition_scaleNotHere;
	public static String Definition_matrixFiles;
	public static String Definition_noChoices;
	public static String Definition_conditionWithoutItem;
	public static String Definition_conditionItemMissing;
	public static String Definition_conditionOnItself;
	public static String Definition_conditionWithoutAnswers;
	public static String Definition_conditionOnMatrix;
	public static String Definition_conditionAnswer;
	public static String Definition_conditionCycle;
	public static String Definition_none;
	public static String Definition_scopeSection;
	public static String Definition_scopeChecklist;
	public static String Definition_ruleNeedsGraded;
	public static String Definition_ruleNeedsYes;
	public static String Definition_ruleNeedsScorer;
	public static String Definition_decimals;
	public static String Definition_unreadable;
	public static String Definition_notXmi;
	public static String Definition_line;
	public static String Definition_empty;
	public static String Definition_notADefinition;
	public static String Definition_unresolved;
	public static String Definition_unknownLiteral;
	public static String Definition_illegalValue;
	public static String Definition_unknownFeature;
	public static String Plugin_notAJar;
	public static String Plugin_noManifest;
	public static String Plugin_badManifest;
	public static String Plugin_noManifestVersion;
	public static String Plugin_noSymbolicName;
	public static String Plugin_notSingleton;
	public static String Plugin_noPluginXml;
	public static String Plugin_badPluginXml;
	public static String Plugin_checklistWithoutFile;
	public static String Plugin_noChecklists;
	public static String Plugin_missingFile;
	public static String Plugin_sameVersionTwice;
	public static String Definition_missing;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
