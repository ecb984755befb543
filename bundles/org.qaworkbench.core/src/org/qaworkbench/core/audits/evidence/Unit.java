package org.qaworkbench.core.audits.evidence;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.internal.Messages;

/**
 * What a timescale is counted in. Working days are Monday to Friday; bank holidays are not known, so they count as
 * working days (a standard missed only because of one shows as missed, and the auditor judges it). Weeks are
 * counted in days, so "within 6 weeks" means within 42 days and 6 weeks 3 days is over.
 */
public enum Unit {
	DAYS("days"), //$NON-NLS-1$
	WORKING_DAYS("working days"), //$NON-NLS-1$
	WEEKS("weeks"); //$NON-NLS-1$

	private final String word;

	Unit(String word) {
		this.word = word;
	}

	/** How the unit is written in a timescales file: {@code days}, {@code working days} or {@code weeks}. */
	public String word() {
		return word;
	}


	/**
	 * The time from one date to another in this unit's counting steps: calendar days for days and weeks, working
	 * days (those after {@code from}, up to and including {@code to}) for working days. Negative when {@code to}
	 * is earlier.
	 */
	public long between(LocalDate from, LocalDate to) {
		if (this != WORKING_DAYS) {
			return ChronoUnit.DAYS.between(from, to);
		}
		return to.isBefore(from) ? -workingDaysAfter(to, from) : workingDaysAfter(from, to);
	}

	/** A timescale of {@code amount} units in counting steps (weeks in days). */
	public long steps(int amount) {
		return this == WEEKS ? amount * 7L : amount;
	}

	/** A length in counting steps in words, such as "3 working days" or "6 weeks 3 days" (its size, never a sign). */
	public String format(long steps) {
		long size = Math.abs(steps);
		if (this == WORKING_DAYS) {
			return size == 1 ? Messages.Unit_workingDay : NLS.bind(Messages.Unit_workingDays, size);
		}
		if (this == WEEKS && size >= 7) {
			String weeks = size / 7 == 1 ? Messages.Unit_week : NLS.bind(Messages.Unit_weeks, size / 7);
			return size % 7 == 0 ? weeks : NLS.bind(Messages.Unit_weeksAndDays, weeks, DAYS.format(size % 7));
		}
		return size == 1 ? Messages.Unit_day : NLS.bind(Messages.Unit_days, size);
	}

	/** Several lengths: "8, 8 and 11 weeks" when each is a whole number of units, else each in full. */
	public String formatAll(List<Long> steps) {
		boolean whole = steps.stream().allMatch(each -> this != WEEKS || each % 7 == 0);
		List<String> parts = new ArrayList<>();
		for (int i = 0; i < steps.size(); i++) {
			long size = Math.abs(steps.get(i));
			boolean last = i == steps.size() - 1;
			parts.add(whole && !last ? String.valueOf(this == WEEKS ? size / 7 : size) : format(size));
		}
		return Phrases.and(parts);
	}

	private static long workingDaysAfter(LocalDate from, LocalDate to) {
		long days = ChronoUnit.DAYS.between(from, to);
		long count = days / 7 * 5;
		for (LocalDate day = from.plusDays(days / 7 * 7); day.isBefore(to);) {
			day = day.plusDays(1);
			if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
				count++;
			}
		}
		return count;
	}
}
