package org.qaworkbench.core.audits.evidence;

/**
 * One line of evidence from the case record for an audit question, in plain words, for example
 * "first contact 3 working days after allocation (standard: 5): met". A suggestion beside the question: it never
 * answers or scores anything.
 *
 * @param itemId the checklist item it bears on
 * @param ruleId the timescale rule it comes from
 */
public record Evidence(String itemId, String ruleId, Source source, Outcome outcome, String text) {

	@Override
	public String toString() {
		return text;
	}
}
