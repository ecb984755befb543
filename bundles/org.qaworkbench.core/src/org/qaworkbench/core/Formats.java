package org.qaworkbench.core;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** Dates as the forms write them: DD/MM/YYYY, and times in the user's zone. */
public final class Formats {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy"); //$NON-NLS-1$
	private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT); //$NON-NLS-1$
	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"); //$NON-NLS-1$

	private Formats() {
	}

	public static String date(LocalDate date) {
		return date == null ? "" : DATE.format(date); //$NON-NLS-1$
	}

	/** A date typed as the forms write it (D/M/YYYY or DD/MM/YYYY); empty when it is not one, or impossible (31/02). */
	public static Optional<LocalDate> parseDate(String text) {
		try {
			return Optional.of(LocalDate.parse(text.strip(), TYPED_DATE));
		} catch (DateTimeParseException e) {
			return Optional.empty();
		}
	}

	public static String dateTime(Instant instant) {
		return instant == null ? "" : DATE_TIME.format(instant.atZone(ZoneId.systemDefault())); //$NON-NLS-1$
	}
}
