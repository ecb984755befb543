package org.qaworkbench.supervisionaudit.ui.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String Editor_label;
	public static String File_numbered;
	public static String File_headed;
	public static String File_none;
	public static String Sample_title;
	public static String Sample_team;
	public static String Sample_seed;
	public static String Sample_files;
	public static String Sample_drawnFrom;
	public static String Sample_none;
	public static String Sample_drawn;
	public static String Sample_redrawn;
	public static String Sample_redraw;
	public static String Evidence_reading;
	public static String Evidence_failed;
	public static String Evidence_title;
	public static String Evidence_cell;
	public static String Evidence_forFile;
	public static String Evidence_pickFile;
	public static String Evidence_suggestsYes;
	public static String Evidence_suggestsNo;
	public static String Evidence_suggestsNotApplicable;
	public static String Redraw_title;
	public static String Redraw_message;
	public static String Redraw_reason;
	public static String Redraw_seed;
	public static String Redraw_refused;
	public static String Redraw_done;
	public static String Seed_notANumber;
	public static String Workflow_title;
	public static String Workflow_complete;
	public static String Workflow_state;
	public static String Workflow_signOff;
	public static String Workflow_completed;
	public static String Workflow_refused;
	public static String Workflow_notComplete;
	public static String Pdf_export;
	public static String Pdf_saveAs;
	public static String Pdf_written;
	public static String Pdf_failed;
	public static String Pdf_failedBecause;
	public static String Start_title;
	public static String Start_message;
	public static String Start_team;
	public static String Start_files;
	public static String Start_seed;
	public static String Start_noTeams;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
