package org.qaworkbench.core.internal;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.access.Permission;

/** The words of the permission matrix: each permission as an action ("moderate a case audit") and the refusal. */
public final class AccessMessages extends NLS {
	private static final String BUNDLE_NAME = AccessMessages.class.getPackageName() + ".access"; //$NON-NLS-1$

	public static String mayNot;
	public static String youAre;
	public static String START_CASE_AUDIT;
	public static String COMPLETE_CASE_AUDIT;
	public static String MODERATE_CASE_AUDIT;
	public static String SHARE_CASE_AUDIT;
	public static String RESPOND_TO_CASE_AUDIT;
	public static String PLAN_OBSERVATION;
	public static String RECORD_OBSERVATION;
	public static String SEE_OBSERVATION;
	public static String SEE_SUPERVISION;
	public static String WRITE_SUPERVISION;
	public static String START_SUPERVISION_AUDIT;
	public static String SEE_DASHBOARDS;
	public static String EXPORT_PDF;
	public static String EXPORT_CSV;
	public static String EDIT_THEMES;
	public static String INSTALL_CHECKLISTS;
	public static String MANAGE_ACCOUNTS;
	public static String READ_ACCESS_LOG;

	static {
		NLS.initializeMessages(BUNDLE_NAME, AccessMessages.class);
	}

	private AccessMessages() {
	}

	/** The permission as an action, to follow "You may not". */
	public static String action(Permission what) {
		return switch (what) {
		case START_CASE_AUDIT -> START_CASE_AUDIT;
		case COMPLETE_CASE_AUDIT -> COMPLETE_CASE_AUDIT;
		case MODERATE_CASE_AUDIT -> MODERATE_CASE_AUDIT;
		case SHARE_CASE_AUDIT -> SHARE_CASE_AUDIT;
		case RESPOND_TO_CASE_AUDIT -> RESPOND_TO_CASE_AUDIT;
		case PLAN_OBSERVATION -> PLAN_OBSERVATION;
		case RECORD_OBSERVATION -> RECORD_OBSERVATION;
		case SEE_OBSERVATION -> SEE_OBSERVATION;
		case SEE_SUPERVISION -> SEE_SUPERVISION;
		case WRITE_SUPERVISION -> WRITE_SUPERVISION;
		case START_SUPERVISION_AUDIT -> START_SUPERVISION_AUDIT;
		case SEE_DASHBOARDS -> SEE_DASHBOARDS;
		case EXPORT_PDF -> EXPORT_PDF;
		case EXPORT_CSV -> EXPORT_CSV;
		case EDIT_THEMES -> EDIT_THEMES;
		case INSTALL_CHECKLISTS -> INSTALL_CHECKLISTS;
		case MANAGE_ACCOUNTS -> MANAGE_ACCOUNTS;
		case READ_ACCESS_LOG -> READ_ACCESS_LOG;
		};
	}
}
