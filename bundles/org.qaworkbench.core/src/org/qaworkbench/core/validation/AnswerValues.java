package org.qaworkbench.core.validation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.Formats;
import org.qaworkbench.core.internal.Messages;
import org.qaworkbench.model.Answer;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.Item;
import org.qaworkbench.model.Level;
import org.qaworkbench.model.Section;

/**
 * The value one answer may hold, whoever asks: the store before a save (through {@link RecordValidator}) and an
 * editor when a key is pressed or a value typed, so both refuse the same values with the same reason. Values are in
 * their stored form (grades as the level's value, Y / N / NA, ISO dates, plain numbers). Today comes from the clock.
 */
public final class AnswerValues {

	/** The most characters a text (an answer, a comment) can hold: what every store keeps whole. */
	public static final int MOST_CHARACTERS = 32_672;
	/** Earlier dates are typing mistakes (0200 for 2000), never a date of children's services work. */
	public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
	/** Digits a number may have before the decimal point: beyond any count or measure a checklist asks for. */
	public static final int MOST_WHOLE_DIGITS = 15;
	/** Digits a number may have after the decimal point. */
	public static final int MOST_DECIMALS = 6;
	/**
	 * A plain decimal of bounded size, checked on the text before anything parses it: an exponent such as 1e99999999
	 * would make a BigDecimal of a hundred million digits as soon as it is written out.
	 */
	private static final Pattern NUMBER = Pattern.compile("[+-]?0*(\\d{1," + MOST_WHOLE_DIGITS + "})(\\.\\d{1," + MOST_DECIMALS + "})?"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	private static final Set<String> YES_NO = Set.of("Y", "N"); //$NON-NLS-1$ //$NON-NLS-2$
	private static final Set<String> YES_NO_NA = Set.of("Y", "N", "NA"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	/** How much of a refused value a message repeats. */
	private static final int SHOWN_CHARACTERS = 24;

	private final Clock clock;

	public AnswerValues(Clock clock) {
		this.clock = clock;
	}

	/**
	 * Why {@code value} cannot be the answer to {@code item} in this assessment, or null when it can. Empty values are
	 * left to the required check. A date is also held against the other dates of the assessment it must not precede
	 * or follow ({@link Item#getNotBefore()}), so the refusal comes whichever of the two is typed last.
	 */
	public String refusal(Item item, String value, Assessment assessment) {
		if (value == null || value.isEmpty()) {
			return null;
		}
		return switch (item.getKind()) {
		case GRADED -> onScale(item, value);
		case YES_NO -> YES_NO.contains(value) ? null : NLS.bind(Messages.Validation_notOneOf, shown(value), "Y, N"); //$NON-NLS-1$
		// A file a question does not apply to (Appendix D, Q12 "Where relevant ...") is N/A: neither tick nor cross.
		case YES_NO_NA, TICK_MATRIX -> YES_NO_NA.contains(value) ? null : NLS.bind(Messages.Validation_notOneOf, shown(value), "Y, N, NA"); //$NON-NLS-1$
		case DATE -> dateRefusal(item, value, assessment);
		case NUMBER -> numberRefusal(item, value);
		case SINGLE_CHOICE -> item.getChoices().contains(value) ? null : NLS.bind(Messages.Validation_notOneOf, shown(value), String.join(", ", item.getChoices())); //$NON-NLS-1$
		case MULTIPLE_CHOICE -> item.getChoices().containsAll(value.lines().toList()) ? null
				: NLS.bind(Messages.Validation_notOneOf, shown(value.replace('\n', ',')), String.join(", ", item.getChoices())); //$NON-NLS-1$
		case TEXT -> textRefusal(value);
		};
	}

	/** Why a text (a free-text answer, a comment) cannot be stored, or null when it can. */
	public static String textRefusal(String text) {
		return text != null && text.length() > MOST_CHARACTERS ? NLS.bind(Messages.Validation_tooLong, thousands(text.length()), thousands(MOST_CHARACTERS)) : null;
	}

	private static String thousands(int count) {
		return String.format(Locale.UK, "%,d", count); //$NON-NLS-1$
	}

	/** A number as typed (a plain decimal within the bounds), without ever parsing a text outside them. */
	public static Optional<BigDecimal> number(String text) {
		return text != null && NUMBER.matcher(text.strip()).matches() ? Optional.of(new BigDecimal(text.strip())) : Optional.empty();
	}

	/** True when a number (a bound a definition declares) is within the digits an answer may have; never writes it out. */
	public static boolean withinDigits(BigDecimal number) {
		BigDecimal stripped = number.stripTrailingZeros();
		return stripped.precision() - stripped.scale() <= MOST_WHOLE_DIGITS && stripped.scale() <= MOST_DECIMALS;
	}

	/** The smallest answer a number item takes: its declared minimum, else 0 (answers are counts and measures). */
	public static BigDecimal minimum(Item item) {
		return item.getMinimum() == null ? BigDecimal.ZERO : item.getMinimum();
	}

	private static String numberRefusal(Item item, String value) {
		Optional<BigDecimal> number = number(value);
		if (number.isEmpty()) {
			return NLS.bind(Messages.Validation_notANumber, new Object[] { shown(value), MOST_WHOLE_DIGITS, MOST_DECIMALS });
		}
		if (number.get().compareTo(minimum(item)) < 0) {
			return NLS.bind(Messages.Validation_belowMinimum, shown(value), minimum(item).toPlainString());
		}
		if (item.getMaximum() != null && number.get().compareTo(item.getMaximum()) > 0) {
			return NLS.bind(Messages.Validation_aboveMaximum, shown(value), item.getMaximum().toPlainString());
		}
		return null;
	}

	private String dateRefusal(Item item, String value, Assessment assessment) {
		LocalDate date = date(value);
		if (date == null) {
			return NLS.bind(Messages.Validation_notADate, shown(value));
		}
		LocalDate today = LocalDate.now(clock);
		if (date.isBefore(EARLIEST_DATE)) {
			return NLS.bind(Messages.Validation_tooEarly, Formats.date(date), Formats.date(EARLIEST_DATE));
		}
		if (date.isAfter(today) && !item.isFuture()) {
			return NLS.bind(Messages.Validation_afterToday, Formats.date(date), Formats.date(today));
		}
		Item earlier = item.getNotBefore();
		LocalDate earliest = earlier == null ? null : dateAnswer(earlier, assessment);
		if (earliest != null && date.isBefore(earliest)) {
			return NLS.bind(Messages.Validation_beforeOther, new Object[] { Formats.date(date), Formats.date(earliest), earlier.getText() });
		}
		for (Item later : notPreceding(item)) {
			LocalDate latest = dateAnswer(later, assessment);
			if (latest != null && date.isAfter(latest)) {
				return NLS.bind(Messages.Validation_afterOther, new Object[] { Formats.date(date), Formats.date(latest), later.getText() });
			}
		}
		return null;
	}

	/** The items of the definition whose dates must not precede {@code item}'s. */
	private static List<Item> notPreceding(Item item) {
		if (!(item.eContainer() instanceof Section section) || !(section.eContainer() instanceof ChecklistDefinition definition)) {
			return List.of();
		}
		return definition.getSections().stream().flatMap(each -> each.getItems().stream()).filter(other -> other.getNotBefore() == item).toList();
	}

	/** The date another item of the assessment is answered with, when it holds one. */
	private static LocalDate dateAnswer(Item item, Assessment assessment) {
		return assessment.getAnswers().stream().filter(answer -> item.getItemId().equals(answer.getItemId()) && answer.getFileIndex() == 0)
				.map(Answer::getValue).filter(value -> value != null && !value.isEmpty()).map(AnswerValues::date).filter(date -> date != null).findFirst()
				.orElse(null);
	}

	private static LocalDate date(String value) {
		try {
			return LocalDate.parse(value);
		} catch (DateTimeParseException e) {
			return null;
		}
	}

	private static String onScale(Item item, String value) {
		if (item.getScale() != null) {
			for (Level level : item.getScale().getLevels()) {
				if (String.valueOf(level.getValue()).equals(value)) {
					return null;
				}
			}
		}
		String name = item.getScale() == null ? "?" : item.getScale().getName(); //$NON-NLS-1$
		String levels = item.getScale() == null ? "" : item.getScale().getLevels().stream().map(level -> String.valueOf(level.getValue())).collect(Collectors.joining(", ")); //$NON-NLS-1$
		return NLS.bind(Messages.Validation_notOnScale, new Object[] { shown(value), name, levels });
	}

	/** A value as a message repeats it: the start of a long one, so a pasted page does not become the message. */
	public static String shown(String value) {
		return value.length() <= SHOWN_CHARACTERS ? value : value.substring(0, SHOWN_CHARACTERS) + "\u2026"; //$NON-NLS-1$
	}
}
