package org.qaworkbench.audits.internal;

import org.eclipse.osgi.util.NLS;

/** The messages of the supervision audit's PDF and commands (kept apart from {@link Messages}). */
public final class SupervisionAuditMessages extends NLS {
	private static final String BUNDLE_NAME = SupervisionAuditMessages.class.getPackageName() + ".supervisionaudit"; //$NON-NLS-1$

	public static String Pdf_questions;
	public static String Pdf_questionsHeader;
	public static String Pdf_total;
	public static String Pdf_totalPerFile;
	public static String Pdf_yes;
	public static String Pdf_no;
	public static String Pdf_notApplicable;
	public static String Pdf_evidence;
	public static String Pdf_evidenceHint;
	public static String Pdf_suggests;
	public static String Pdf_team;
	public static String Pdf_sample;
	public static String Pdf_notDrawn;
	public static String Pdf_seed;
	public static String Pdf_drawnFrom;
	public static String Pdf_files;
	public static String Pdf_draws;
	public static String Pdf_drawn;
	public static String Pdf_redrawn;
	public static String Command_summary;
	public static String Command_usage;
	public static String Command_unknown;
	public static String Command_started;
	public static String Command_carriedOn;
	public static String Command_redrawn;
	public static String Command_sampleLine;
	public static String Command_fileLine;
	public static String Command_evidenceLine;
	public static String Command_noSuch;
	public static String Command_notANumber;
	public static String Command_missing;
	public static String Command_written;
	public static String Command_onlyPdf;
	public static String Command_notYours;

	static {
		NLS.initializeMessages(BUNDLE_NAME, SupervisionAuditMessages.class);
	}

	private SupervisionAuditMessages() {
	}
}
