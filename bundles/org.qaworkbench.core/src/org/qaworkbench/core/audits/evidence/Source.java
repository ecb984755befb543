package org.qaworkbench.core.audits.evidence;

import org.qaworkbench.core.internal.Messages;

/** Where a timescale comes from: the audit question itself (Attachment One) or the standards of practice (Attachment Two). */
public enum Source {
	AUDIT_QUESTION("audit question"), //$NON-NLS-1$
	STANDARD_OF_PRACTICE("standard of practice"); //$NON-NLS-1$

	private final String word;

	Source(String word) {
		this.word = word;
	}

	/** How the source is written in a timescales file. */
	public String word() {
		return word;
	}

	/** How an evidence line names the standard it compares with: "standard" or "standard of practice". */
	public String label() {
		return this == AUDIT_QUESTION ? Messages.Evidence_standard : Messages.Evidence_standardOfPractice;
	}
}
