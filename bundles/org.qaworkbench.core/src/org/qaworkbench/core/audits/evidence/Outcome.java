package org.qaworkbench.core.audits.evidence;

/** What an evidence line found, for showing it (a colour, an icon); it never scores anything. */
public enum Outcome {
	/** Within the standard. */
	MET,
	/** Outside the standard (for an interval measured every time: at least one outside). */
	NOT_MET,
	/** Outside the standard and past the limit the audit question calls inadequate. */
	OVER_LIMIT,
	/** Sooner than a standard that gives a shortest time ("6 to 8 weeks after"). */
	EARLY,
	/** Not recorded yet, and the standard's time has not yet run out. */
	NOT_YET_DUE,
	/** Not recorded, and the standard's time has run out. */
	OVERDUE,
	/** A key date the measurement needs is not recorded. */
	MISSING,
	/** Which standard applies depends on a key date that does not say. */
	UNDETERMINED
}
