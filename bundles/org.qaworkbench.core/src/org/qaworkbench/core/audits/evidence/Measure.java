package org.qaworkbench.core.audits.evidence;

/** What a timescale measures. */
public enum Measure {
	/** From the first key date of one kind to the first of another on or after it (allocation to first contact). */
	FIRST("first"), //$NON-NLS-1$
	/** Every interval between one key date of a kind and the next (Family Circle to Family Circle). */
	EVERY("every"); //$NON-NLS-1$

	private final String word;

	Measure(String word) {
		this.word = word;
	}

	/** How the measure is written in a timescales file. */
	public String word() {
		return word;
	}
}
