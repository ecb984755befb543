package org.qaworkbench.core;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates as the forms write them: DD/MM/YYYY, and times in the user's zone. */
public final class Formats {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy"); //$NON-NLS-1$
	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"); //$NON-NLS-1$

	private Formats() {
	}

	public static String date(LocalDate date) {
		return date == null ? "" : DATE.format(date); //$NON-NLS-1$
	}

	public static String dateTime(Instant instant) {
		return instant == null ? "" : DATE_TIME.format(instant.atZone(ZoneId.systemDefault())); //$NON-NLS-1$
	}
}
