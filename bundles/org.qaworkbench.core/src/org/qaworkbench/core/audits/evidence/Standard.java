package org.qaworkbench.core.audits.evidence;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.internal.Messages;

/**
 * One standard of a timescale rule, in the rule's unit: met when the time measured is at most {@code within} (and,
 * when {@code after} is more than 0, at least {@code after}); past {@code limit} (when more than 0) it is what
 * the audit question calls inadequate. With {@code when}, it applies only when the case's first key date of that
 * kind (its id) has {@code detail} (the first Family Circle: 6 weeks with an EHA, 8 with an EHSP).
 *
 * @param label how the standard is shown in evidence ("6 with an EHA"); null for the numbers
 */
public record Standard(int within, int after, int limit, String when, String detail, String label) {

	public boolean isConditional() {
		return when != null;
	}

	/** What a time measured, in the unit's counting steps, comes to against this standard. */
	public Outcome judge(long measured, Unit unit) {
		if (limit > 0 && measured > unit.steps(limit)) {
			return Outcome.OVER_LIMIT;
		}
		if (measured > unit.steps(within)) {
			return Outcome.NOT_MET;
		}
		return after > 0 && measured < unit.steps(after) ? Outcome.EARLY : Outcome.MET;
	}

	/** Whether a wait with nothing recorded yet has run past the standard. */
	public boolean isOverdue(long waited, Unit unit) {
		return waited > unit.steps(within);
	}

	/** The standard in words: its label, else "5", "6 to 8", "2, limit 12", "every 8", "6 if the assessment is EHA". */
	public String text(Measure measure) {
		if (label != null && !label.isBlank()) {
			return label;
		}
		String text = after > 0 ? NLS.bind(Messages.Evidence_range, after, within) : String.valueOf(within);
		if (limit > 0) {
			text = NLS.bind(Messages.Evidence_limit, text, limit);
		}
		if (measure == Measure.EVERY) {
			text = NLS.bind(Messages.Evidence_every, text);
		}
		return when == null ? text : NLS.bind(Messages.Evidence_when, new Object[] { text, Phrases.noun(when), detail });
	}
}
