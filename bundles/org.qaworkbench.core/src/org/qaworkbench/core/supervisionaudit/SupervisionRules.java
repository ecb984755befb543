package org.qaworkbench.core.supervisionaudit;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.internal.SupervisionAuditMessages;
import org.qaworkbench.core.supervision.SupervisionPolicy;
import org.qaworkbench.model.CaseStatus;
import org.qaworkbench.model.SupervisionContract;

/**
 * The timescales the audit's evidence measures against: how often a contract says supervision is held, and how
 * recent casework supervision on an open case must be. They are the installed supervision policy's (rules as data,
 * {@link SupervisionPolicy}), read through here so the audit never keeps rules of its own.
 */
public interface SupervisionRules {

	/** A contracted interval between sessions, and how the evidence names it ("6-weekly"). */
	record Interval(Period period, String label) {
		public LocalDate after(LocalDate day) {
			return day.plus(period);
		}
	}

	/** The interval the contract agrees; empty when it states none the rules can read. */
	Optional<Interval> interval(SupervisionContract contract);

	/** The earliest day casework supervision on a case of this status still counts on {@code today}. */
	LocalDate caseworkDueSince(CaseStatus status, LocalDate today);

	/** How the evidence names that timescale ("3 months"). */
	String caseworkLabel(CaseStatus status);

	/**
	 * The policy's rules: the contract's agreed period (or, for a contract that states none, the policy's default for
	 * the supervisee), labelled as the policy labels it; casework by the policy's interval for the case's status.
	 */
	static SupervisionRules of(SupervisionPolicy policy) {
		return new SupervisionRules() {
			@Override
			public Optional<Interval> interval(SupervisionContract contract) {
				String period = contract.getFrequencyPeriod();
				try {
					org.qaworkbench.core.supervision.Interval agreed = period == null || period.isBlank() ? policy.defaultFrequency(contract.getSupervisee())
							: org.qaworkbench.core.supervision.Interval.parse(period);
					return Optional.of(new Interval(agreed.period(), policy.label(agreed.iso())));
				} catch (IllegalArgumentException e) {
					return Optional.empty();
				}
			}

			@Override
			public LocalDate caseworkDueSince(CaseStatus status, LocalDate today) {
				return policy.caseworkInterval(status).before(today);
			}

			@Override
			public String caseworkLabel(CaseStatus status) {
				return words(policy.caseworkInterval(status).period());
			}
		};
	}

	/** "3 months", "a month", "6 weeks", "10 days": a period as the evidence says it. */
	static String words(Period period) {
		if (period.getYears() == 0 && period.getMonths() > 0 && period.getDays() == 0) {
			return period.getMonths() == 1 ? SupervisionAuditMessages.aMonth : NLS.bind(SupervisionAuditMessages.months, period.getMonths());
		}
		if (period.getYears() == 0 && period.getMonths() == 0 && period.getDays() % 7 == 0) {
			return period.getDays() == 7 ? SupervisionAuditMessages.aWeek : NLS.bind(SupervisionAuditMessages.weeks, period.getDays() / 7);
		}
		if (period.getYears() == 0 && period.getMonths() == 0) {
			return NLS.bind(SupervisionAuditMessages.days, period.getDays());
		}
		return period.toString();
	}
}
