package org.qaworkbench.core.access;

/**
 * What a role may do: one constant per row of the permission matrix (README, "Roles and what each may do").
 * {@link Permissions} says which roles hold each; relationship rules (only the observer records an observation, only
 * the case's line manager shares an audit...) still apply on top, where the workflow and access classes decide them.
 */
public enum Permission {
	START_CASE_AUDIT,
	COMPLETE_CASE_AUDIT,
	MODERATE_CASE_AUDIT,
	SHARE_CASE_AUDIT,
	RESPOND_TO_CASE_AUDIT,
	PLAN_OBSERVATION,
	RECORD_OBSERVATION,
	SEE_OBSERVATION,
	SEE_SUPERVISION,
	WRITE_SUPERVISION,
	START_SUPERVISION_AUDIT,
	SEE_DASHBOARDS,
	EXPORT_PDF,
	EXPORT_CSV,
	EDIT_THEMES,
	INSTALL_CHECKLISTS,
	MANAGE_ACCOUNTS,
	READ_ACCESS_LOG
}
