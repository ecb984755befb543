package org.qaworkbench.core.supervision;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * An interval of the supervision policy as ISO-8601 writes it ({@code P6W} six weeks, {@code P1M} a month,
 * {@code P3M} three months): kept as written, so a contract says "P1M" rather than "31 days", and added to dates by
 * the calendar (a month after 31/01 is 28/02 or 29/02).
 */
public record Interval(String iso, Period period) {

	/** Where two intervals are compared from: a month and four weeks differ by a day or more from any date. */
	private static final LocalDate COMPARED_FROM = LocalDate.of(2001, 1, 1);

	/** Reads {@code P6W}, {@code P1M}, {@code P12M}; refuses anything else, and an interval of no length or less. */
	public static Interval parse(String iso) {
		if (iso == null) {
			throw new IllegalArgumentException("no interval"); //$NON-NLS-1$
		}
		String text = iso.strip().toUpperCase(Locale.ROOT);
		try {
			Period period = Period.parse(text);
			if (period.isNegative() || period.isZero()) {
				throw new IllegalArgumentException(iso + " is not a length of time"); //$NON-NLS-1$
			}
			return new Interval(text, period);
		} catch (DateTimeParseException e) {
			throw new IllegalArgumentException(iso + " is not an ISO-8601 period such as P6W or P1M", e); //$NON-NLS-1$
		}
	}

	/** The day this interval after {@code from}. */
	public LocalDate after(LocalDate from) {
		return from.plus(period);
	}

	/** The day this interval before {@code to}. */
	public LocalDate before(LocalDate to) {
		return to.minus(period);
	}

	/** Whether this interval is longer than {@code other}: sessions agreed at it are less frequent. */
	public boolean longerThan(Interval other) {
		return after(COMPARED_FROM).isAfter(other.after(COMPARED_FROM));
	}

	@Override
	public String toString() {
		return iso;
	}
}
