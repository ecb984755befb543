package org.qaworkbench.ui.internal.editor;

import java.math.BigDecimal;
import java.util.Set;

import org.qaworkbench.core.validation.AnswerValues;
import org.qaworkbench.model.Item;
import org.qaworkbench.model.Level;

/**
 * Keyboard first: a digit picks that grade, Y and N answer Yes and No, A answers N/A (on a graded item, the
 * scale's not-applicable level).
 */
final class AnswerKeys {

	private AnswerKeys() {
	}

	/** The value a key gives an item, or null when the key means nothing for it. */
	static String valueFor(Item item, char key) {
		char lower = Character.toLowerCase(key);
		return switch (item.getKind()) {
		case GRADED -> grade(item, lower);
		case YES_NO -> lower == 'y' ? "Y" : lower == 'n' ? "N" : null; //$NON-NLS-1$ //$NON-NLS-2$
		case YES_NO_NA, TICK_MATRIX -> lower == 'y' ? "Y" : lower == 'n' ? "N" : lower == 'a' ? "NA" : null; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		default -> null;
		};
	}

	private static String grade(Item item, char key) {
		if (item.getScale() == null) {
			return null;
		}
		for (Level level : item.getScale().getLevels()) {
			boolean digit = Character.isDigit(key) && level.getValue() == key - '0';
			if (digit || key == 'a' && level.isNotApplicable()) {
				return String.valueOf(level.getValue());
			}
		}
		return null;
	}

	/** Items answered by typing rather than by a key. */
	static boolean isTyped(Item item) {
		return switch (item.getKind()) {
		case TEXT, DATE, NUMBER, SINGLE_CHOICE, MULTIPLE_CHOICE -> true;
		default -> false;
		};
	}

	/**
	 * The stored form of a typed answer (dates typed as DD/MM/YYYY are kept as ISO dates, a choice matches whatever
	 * the case), or null when the text cannot be read as the item's kind. Empty text clears the answer. Whether the
	 * value may be the answer is for {@link AnswerValues} to say.
	 */
	static String parseTyped(Item item, String text) {
		String typed = text == null ? "" : text.strip(); //$NON-NLS-1$
		if (typed.isEmpty()) {
			return ""; //$NON-NLS-1$
		}
		return switch (item.getKind()) {
		case DATE -> org.qaworkbench.core.Formats.parseDate(typed).map(java.time.LocalDate::toString).orElse(null);
		// Within core's bounds a number is written plainly; anything else goes on as typed for core to say why not.
		case NUMBER -> AnswerValues.number(typed).map(BigDecimal::toPlainString).orElse(typed);
		case SINGLE_CHOICE -> item.getChoices().stream().filter(choice -> choice.equalsIgnoreCase(typed)).findFirst().orElse(null);
		default -> typed;
		};
	}

	/** What a typed item accepts, for the message when something else was typed. */
	static String expected(Item item) {
		return switch (item.getKind()) {
		case DATE -> "a date as DD/MM/YYYY"; //$NON-NLS-1$
		case NUMBER -> "a number"; //$NON-NLS-1$
		case SINGLE_CHOICE -> "one of " + String.join(", ", item.getChoices()); //$NON-NLS-1$ //$NON-NLS-2$
		default -> "text"; //$NON-NLS-1$
		};
	}

	static boolean fits(Item item, String value) {
		return switch (item.getKind()) {
		case GRADED -> item.getScale() != null && item.getScale().getLevels().stream().map(Level::getValue).map(String::valueOf).anyMatch(value::equals);
		case YES_NO -> Set.of("Y", "N").contains(value); //$NON-NLS-1$ //$NON-NLS-2$
		case YES_NO_NA, TICK_MATRIX -> Set.of("Y", "N", "NA").contains(value); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		default -> true;
		};
	}
}
