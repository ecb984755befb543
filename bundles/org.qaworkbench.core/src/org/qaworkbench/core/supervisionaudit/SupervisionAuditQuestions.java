package org.qaworkbench.core.supervisionaudit;

/** The item ids of the supervision audit tool (Appendix D) that QA Workbench reads or fills. */
public final class SupervisionAuditQuestions {

	public static final String AGREEMENT = "question-1"; //$NON-NLS-1$
	public static final String FREQUENCY = "question-2"; //$NON-NLS-1$
	public static final String IN_CASE_NOTES = "question-3"; //$NON-NLS-1$
	public static final String GUIDES_PRACTICE = "question-4"; //$NON-NLS-1$
	public static final String ACTIONS_CHECKED = "question-5"; //$NON-NLS-1$
	public static final String EVERY_OPEN_CASE = "question-6"; //$NON-NLS-1$
	public static final String READ_AND_AGREED = "question-7"; //$NON-NLS-1$
	public static final String REFLECTION = "question-8"; //$NON-NLS-1$
	public static final String DECISIONS_ON_RECORD = "question-9"; //$NON-NLS-1$
	public static final String MANAGEMENT_DECISIONS = "question-10"; //$NON-NLS-1$
	public static final String PERFORMANCE = "question-11"; //$NON-NLS-1$
	public static final String PROTECTION_PLANS = "question-12"; //$NON-NLS-1$
	public static final String COMMENTS = "audit-comments"; //$NON-NLS-1$
	public static final String SUPERVISOR = "audit-supervisor"; //$NON-NLS-1$
	public static final String DATE = "audit-date"; //$NON-NLS-1$
	public static final String AUDITOR = "audit-auditor"; //$NON-NLS-1$

	private SupervisionAuditQuestions() {
	}
}
