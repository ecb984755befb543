package org.qaworkbench.core.audits.evidence;

import java.util.List;

/**
 * One timescale a checklist plugin declares: what it measures between which key dates of a case, in which unit,
 * against which standards (the first whose condition holds applies), and the checklist items it bears on.
 *
 * @param from the id of the key date kind measured from; null for {@link Measure#EVERY}
 * @param to   the id of the key date kind measured to
 * @param label the words for what is measured ("first Family Circle"); null for the key date's own name
 */
public record TimescaleRule(String id, List<String> items, Source source, Measure measure, String from, String to, Unit unit, String label,
		List<Standard> standards) {

	public TimescaleRule {
		items = List.copyOf(items);
		standards = List.copyOf(standards);
	}

	/** What is measured, in words: the label, else the key date's name. */
	public String subject() {
		return label == null || label.isBlank() ? Phrases.noun(to) : label;
	}
}
