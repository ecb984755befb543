package org.qaworkbench.xlsform.internal;

import org.eclipse.osgi.util.NLS;

/** The user-visible strings of spreadsheet checklists. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.qaworkbench.xlsform.internal.messages"; //$NON-NLS-1$

	public static String Location_cell;
	public static String Location_row;
	public static String Location_sheetColumn;
	public static String Xlsx_notAWorkbook;
	public static String Xlsx_unreadable;
	public static String Xlsx_damaged;
	public static String Xlsx_missingPart;
	public static String Xlsx_tooLarge;
	public static String Xlsx_tooManyRows;
	public static String Xlsx_tooManyColumns;
	public static String Csv_notUtf8;
	public static String Unsupported_sheet;
	public static String Unsupported_column;
	public static String Unsupported_language;
	public static String Unsupported_noHeading;
	public static String Unsupported_type;
	public static String Unsupported_repeat;
	public static String Unsupported_typeExtra;
	public static String Unsupported_integer;
	public static String Unsupported_groupRelevant;
	public static String Settings_missing;
	public static String Settings_oneRow;
	public static String Settings_idFromFile;
	public static String Settings_defaultVersion;
	public static String Settings_titleFromId;
	public static String Settings_subjectKind;
	public static String Scoring_method;
	public static String Scoring_rounding;
	public static String Scoring_decimals;
	public static String Scoring_scorerWithoutCustom;
	public static String Choices_noList;
	public static String Choices_noName;
	public static String Choices_duplicate;
	public static String Choices_levelNotNumber;
	public static String Survey_missing;
	public static String Survey_noTypeColumn;
	public static String Survey_noType;
	public static String Survey_nestedGroup;
	public static String Survey_endWithoutBegin;
	public static String Survey_groupNotEnded;
	public static String Survey_groupWithoutName;
	public static String Survey_questionWithoutName;
	public static String Survey_badName;
	public static String Survey_implicitSection;
	public static String Survey_futureNotDate;
	public static String Survey_filesNotMatrix;
	public static String Survey_filesNotNumber;
	public static String Survey_matrixWithoutFiles;
	public static String Survey_scoreOnQuestion;
	public static String Survey_requiredNotYesNo;
	public static String Survey_gradeWithoutList;
	public static String Survey_noSuchList;
	public static String Survey_selectWithoutList;
	public static String Survey_scaleNotGrade;
	public static String Survey_notANumber;
	public static String Survey_noSuchQuestion;
	public static String Cell_notYesNo;
	public static String Relevant_and;
	public static String Relevant_twoQuestions;
	public static String Relevant_notEqual;
	public static String Relevant_unreadable;
	public static String Relevant_incomplete;
	public static String Relevant_noSuchQuestion;
	public static String Timescales_noSuchQuestion;
	public static String Timescales_standardWithoutRule;
	public static String Command_exists;
	public static String Command_noSuchFile;
	public static String New_summary;
	public static String New_usage;
	public static String New_done;
	public static String Import_summary;
	public static String Import_usage;
	public static String Import_leftOut;
	public static String Import_warning;
	public static String Import_notWritten;
	public static String Import_done;
	public static String Export_summary;
	public static String Export_usage;
	public static String Export_notInstalled;
	public static String Export_versionNotInstalled;
	public static String Export_done;
	public static String Template_purpose;
	public static String Template_visit;
	public static String Template_worker;
	public static String Template_workerHint;
	public static String Template_child;
	public static String Template_childHint;
	public static String Template_date;
	public static String Template_next;
	public static String Template_nextHint;
	public static String Template_minutes;
	public static String Template_miles;
	public static String Template_kind;
	public static String Template_present;
	public static String Template_planned;
	public static String Template_unannounced;
	public static String Template_presentChild;
	public static String Template_presentParent;
	public static String Template_presentOther;
	public static String Template_practice;
	public static String Template_practice1;
	public static String Template_practice1Hint;
	public static String Template_practice2;
	public static String Template_checks;
	public static String Template_plan;
	public static String Template_planShared;
	public static String Template_planSharedHint;
	public static String Template_noPlan;
	public static String Template_recording;
	public static String Template_recordingHint;
	public static String Template_scale;
	public static String Template_level1;
	public static String Template_level1Descriptor;
	public static String Template_level2;
	public static String Template_level2Descriptor;
	public static String Template_level3;
	public static String Template_level3Descriptor;
	public static String Template_level4;
	public static String Template_level4Descriptor;
	public static String Template_levelNa;
	public static String ReadMe_text;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
