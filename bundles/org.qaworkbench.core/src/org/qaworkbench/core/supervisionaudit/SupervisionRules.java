package org.qaworkbench.core.supervisionaudit;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

import org.qaworkbench.core.internal.SupervisionAuditMessages;
import org.qaworkbench.model.CaseStatus;
import org.qaworkbench.model.SupervisionContract;

/**
 * The supervision policy's timescales the audit's evidence measures against: how often a contract says supervision
 * is held, and how recent casework supervision on an open case must be.
 */
public interface SupervisionRules {

	/** A contracted interval between sessions, and how the evidence names it ("6-weekly"). */
	record Interval(Period period, String label) {
		public LocalDate after(LocalDate day) {
			return day.plus(period);
		}
	}

	/** The interval the contract agrees; empty when it states none the rules know. */
	Optional<Interval> interval(SupervisionContract contract);

	/** The earliest day casework supervision on a case of this status still counts on {@code today}. */
	LocalDate caseworkDueSince(CaseStatus status, LocalDate today);

	/** How the evidence names that timescale ("3 months"). */
	String caseworkLabel(CaseStatus status);

	/** The policy's own: monthly or 6-weekly as contracted; every open case 3-monthly, child protection monthly. */
	static SupervisionRules policy() {
		return new SupervisionRules() {
			@Override
			public Optional<Interval> interval(SupervisionContract contract) {
				return switch (contract.getFrequency()) {
				case MONTHLY -> Optional.of(new Interval(Period.ofMonths(1), SupervisionAuditMessages.monthly));
				case SIX_WEEKLY -> Optional.of(new Interval(Period.ofWeeks(6), SupervisionAuditMessages.sixWeekly));
				case OTHER -> Optional.empty();
				};
			}

			@Override
			public LocalDate caseworkDueSince(CaseStatus status, LocalDate today) {
				return today.minusMonths(status == CaseStatus.CHILD_PROTECTION ? 1 : 3);
			}

			@Override
			public String caseworkLabel(CaseStatus status) {
				return status == CaseStatus.CHILD_PROTECTION ? SupervisionAuditMessages.aMonth : SupervisionAuditMessages.threeMonths;
			}
		};
	}
}
