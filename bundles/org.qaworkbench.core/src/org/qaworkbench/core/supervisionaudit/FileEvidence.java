package org.qaworkbench.core.supervisionaudit;

/**
 * What the records say about one question for one supervision file: a line to read ("contract signed 03/02/2026")
 * and, where the records answer the question plainly, the answer they suggest (Y, N or NA; null when the question
 * is the auditor's judgement alone). Only ever shown: nothing answers a question from it.
 */
public record FileEvidence(String text, String suggests) {

	public static FileEvidence fact(String text) {
		return new FileEvidence(text, null);
	}

	public static FileEvidence suggesting(String text, boolean yes) {
		return new FileEvidence(text, yes ? "Y" : "N"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	public static FileEvidence notApplicable(String text) {
		return new FileEvidence(text, SupervisionAudits.NOT_APPLICABLE);
	}
}
