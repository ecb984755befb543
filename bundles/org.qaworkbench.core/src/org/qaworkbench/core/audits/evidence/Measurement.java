package org.qaworkbench.core.audits.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.Formats;
import org.qaworkbench.core.internal.Messages;
import org.qaworkbench.model.KeyDate;

/**
 * What a rule measured on a case, before any standard is applied: the fact in words, the times measured (in the
 * unit's counting steps), and how long the case has waited since the last key date when nothing followed it (to
 * today, or to the case's closure). {@code missing} when a key date the rule needs is not recorded.
 */
record Measurement(String fact, List<Long> times, Long waiting, boolean missing) {

	static Measurement of(TimescaleRule rule, CaseDates dates, LocalDate today) {
		return rule.measure() == Measure.FIRST ? first(rule, dates, today) : every(rule, dates, today);
	}

	/** From the first key date of the start kind to the nearest one of the end kind. */
	private static Measurement first(TimescaleRule rule, CaseDates dates, LocalDate today) {
		Unit unit = rule.unit();
		Optional<KeyDate> start = dates.first(rule.from());
		if (start.isEmpty()) {
			return missing(NLS.bind(Messages.Evidence_noStart, Phrases.noun(rule.from()), rule.subject()));
		}
		LocalDate from = start.get().getDate();
		String fromWords = Phrases.withDetail(Phrases.noun(rule.from()), start.get());
		Optional<KeyDate> end = dates.nearestFrom(rule.to(), from);
		if (end.isPresent()) {
			long time = unit.between(from, end.get().getDate());
			String subject = Phrases.withDetail(rule.subject(), end.get());
			String pattern = time == 0 ? Messages.Evidence_sameDay : time > 0 ? Messages.Evidence_after : Messages.Evidence_before;
			return new Measurement(NLS.bind(pattern, new Object[] { subject, fromWords, unit.format(time) }), List.of(time), null, false);
		}
		Optional<LocalDate> closure = dates.closureAfter(from);
		LocalDate until = closure.orElse(today);
		if (until.isBefore(from)) {
			return missing(NLS.bind(Messages.Evidence_none, rule.subject()));
		}
		long waited = unit.between(from, until);
		String pattern = closure.isPresent() ? Messages.Evidence_waitedToClosure : Messages.Evidence_waiting;
		return new Measurement(NLS.bind(pattern, new Object[] { rule.subject(), fromWords, unit.format(waited) }), List.of(), waited, false);
	}

	/** Each interval from one key date of the kind to the next, and the wait since the last. */
	private static Measurement every(TimescaleRule rule, CaseDates dates, LocalDate today) {
		Unit unit = rule.unit();
		List<KeyDate> all = dates.all(rule.to());
		if (all.isEmpty()) {
			return missing(NLS.bind(Messages.Evidence_none, Phrases.noun(rule.to())));
		}
		List<Long> intervals = new ArrayList<>();
		for (int i = 1; i < all.size(); i++) {
			intervals.add(unit.between(all.get(i - 1).getDate(), all.get(i).getDate()));
		}
		String fact = intervals.isEmpty() ? NLS.bind(Messages.Evidence_one, Phrases.noun(rule.to()))
				: NLS.bind(Messages.Evidence_intervals, rule.subject(), unit.formatAll(intervals));
		LocalDate last = all.get(all.size() - 1).getDate();
		Optional<LocalDate> closure = dates.closureAfter(last);
		LocalDate until = closure.orElse(today);
		if (until.isBefore(last)) {
			return new Measurement(NLS.bind(Messages.Evidence_lastOn, fact, Formats.date(last)), intervals, null, false);
		}
		long waited = unit.between(last, until);
		String pattern = closure.isPresent() ? Messages.Evidence_lastToClosure : Messages.Evidence_sinceLast;
		return new Measurement(NLS.bind(pattern, new Object[] { fact, Formats.date(last), unit.format(waited) }), intervals, waited, false);
	}

	private static Measurement missing(String fact) {
		return new Measurement(fact, List.of(), null, true);
	}
}
