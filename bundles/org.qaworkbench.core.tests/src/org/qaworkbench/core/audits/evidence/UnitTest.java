package org.qaworkbench.core.audits.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Counting days, working days and weeks, and saying them. */
class UnitTest {

	private static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);
	private static final LocalDate FRIDAY = LocalDate.of(2026, 1, 9);

	@Test
	void workingDaysSkipWeekends() {
		assertEquals(0, Unit.WORKING_DAYS.between(MONDAY, MONDAY));
		assertEquals(4, Unit.WORKING_DAYS.between(MONDAY, FRIDAY));
		assertEquals(1, Unit.WORKING_DAYS.between(FRIDAY, FRIDAY.plusDays(3)), "Friday to Monday");
		assertEquals(0, Unit.WORKING_DAYS.between(FRIDAY, FRIDAY.plusDays(1)), "Friday to Saturday");
		assertEquals(0, Unit.WORKING_DAYS.between(FRIDAY, FRIDAY.plusDays(2)), "Friday to Sunday");
		assertEquals(1, Unit.WORKING_DAYS.between(FRIDAY.plusDays(1), FRIDAY.plusDays(3)), "Saturday to Monday");
		assertEquals(5, Unit.WORKING_DAYS.between(MONDAY, MONDAY.plusWeeks(1)));
		assertEquals(6, Unit.WORKING_DAYS.between(FRIDAY, FRIDAY.plusWeeks(1).plusDays(3)), "across two weekends");
		assertEquals(50, Unit.WORKING_DAYS.between(MONDAY, MONDAY.plusWeeks(10)));
		assertEquals(-4, Unit.WORKING_DAYS.between(FRIDAY, MONDAY), "backwards");
	}

	@Test
	void daysAndWeeksCountCalendarDays() {
		assertEquals(4, Unit.DAYS.between(MONDAY, FRIDAY));
		assertEquals(45, Unit.WEEKS.between(MONDAY, MONDAY.plusDays(45)));
		assertEquals(42, Unit.WEEKS.steps(6));
		assertEquals(6, Unit.WORKING_DAYS.steps(6));
	}

	@Test
	void lengthsInWords() {
		assertEquals("1 day", Unit.DAYS.format(1));
		assertEquals("0 days", Unit.DAYS.format(0));
		assertEquals("3 days", Unit.DAYS.format(-3));
		assertEquals("1 working day", Unit.WORKING_DAYS.format(1));
		assertEquals("3 working days", Unit.WORKING_DAYS.format(3));
		assertEquals("5 days", Unit.WEEKS.format(5));
		assertEquals("1 week", Unit.WEEKS.format(7));
		assertEquals("9 weeks", Unit.WEEKS.format(63));
		assertEquals("6 weeks 3 days", Unit.WEEKS.format(45));
		assertEquals("1 week 1 day", Unit.WEEKS.format(8));
	}

	@Test
	void severalLengthsShareTheirUnitWhenWhole() {
		assertEquals("8, 8 and 11 weeks", Unit.WEEKS.formatAll(List.of(56L, 56L, 77L)));
		assertEquals("8 weeks and 7 weeks 6 days", Unit.WEEKS.formatAll(List.of(56L, 55L)));
		assertEquals("9 weeks", Unit.WEEKS.formatAll(List.of(63L)));
		assertEquals("2, 3 and 1 day", Unit.DAYS.formatAll(List.of(2L, 3L, 1L)));
	}
}
