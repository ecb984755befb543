package org.qaworkbench.server.internal;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String Address_noCredentials;
	public static String Address_form;
	public static String Address_database;
	public static String Password_prompt;
	public static String Password_noTerminal;
	public static String Password_none;
	public static String Init_oldServer;
	public static String Server_summary;
	public static String Server_usage;
	public static String Server_created;
	public static String Server_existed;
	public static String Server_rolesCreated;
	public static String Server_rolesExisted;
	public static String Server_schema;
	public static String Server_privileges;
	public static String Server_workstations;
	public static String Server_ownLogin;
	public static String Server_noFirstAdmin;
	public static String Server_firstAdminCreated;
	public static String Server_firstAdminExisted;
	public static String Server_firstAdminPassword;
	public static String Move_summary;
	public static String Move_usage;
	public static String Move_noEmbedded;
	public static String Move_notInitialised;
	public static String Move_versions;
	public static String Move_notEmpty;
	public static String Move_differentTables;
	public static String Move_differentColumns;
	public static String Move_countsDiffer;
	public static String Move_heading;
	public static String Move_table;
	public static String Move_embedded;
	public static String Move_server;
	public static String Move_done;
	public static String Backup_failed;
	public static String Backup_done;
	public static String Backup_noPgDump;
	public static String Connect_summary;
	public static String Connect_usage;
	public static String Connect_done;
	public static String Connect_embedded;
	public static String Connect_overridden;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
