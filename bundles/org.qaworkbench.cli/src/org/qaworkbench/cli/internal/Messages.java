package org.qaworkbench.cli.internal;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String Commands_usage;
	public static String Commands_heading;
	public static String Commands_options;
	public static String Commands_unknown;
	public static String Commands_unexpectedArgument;
	public static String Info_summary;
	public static String Info_product;
	public static String Info_dataFolder;
	public static String Info_database;
	public static String Info_embedded;
	public static String Info_server;
	public static String Info_schemaVersion;
	public static String Info_createdAt;
	public static String Info_checklists;
	public static String Info_none;
	public static String Info_java;
	public static String Info_check;
	public static String Info_sound;
	public static String Backup_summary;
	public static String Backup_usage;
	public static String Backup_done;
	public static String Restore_summary;
	public static String Restore_usage;
	public static String Restore_done;
	public static String ChecklistInstall_summary;
	public static String ChecklistInstall_usage;
	public static String ChecklistInstall_done;
	public static String ChecklistUninstall_summary;
	public static String ChecklistUninstall_usage;
	public static String ChecklistUninstall_done;
	public static String Checklists_summary;
	public static String Checklists_usage;
	public static String Checklists_missing;
	public static String Checklists_unknown;
	public static String ChecklistsList_summary;
	public static String ChecklistsList_line;
	public static String ChecklistsList_none;
	public static String ChecklistsList_skipped;
	public static String ChecklistsValidate_summary;
	public static String ChecklistsValidate_usage;
	public static String ChecklistsValidate_noSuchFile;
	public static String ChecklistsValidate_folder;
	public static String ChecklistsValidate_unreadable;
	public static String ChecklistsValidate_valid;
	public static String ChecklistsValidate_warning;
	public static String ChecklistsValidate_timescalesAlone;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
