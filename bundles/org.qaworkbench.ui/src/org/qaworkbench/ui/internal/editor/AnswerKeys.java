package org.qaworkbench.ui.internal.editor;

import java.util.Set;

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
		case YES_NO_NA -> lower == 'y' ? "Y" : lower == 'n' ? "N" : lower == 'a' ? "NA" : null; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
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

	static boolean fits(Item item, String value) {
		return switch (item.getKind()) {
		case GRADED -> item.getScale() != null && item.getScale().getLevels().stream().map(Level::getValue).map(String::valueOf).anyMatch(value::equals);
		case YES_NO -> Set.of("Y", "N").contains(value); //$NON-NLS-1$ //$NON-NLS-2$
		case YES_NO_NA -> Set.of("Y", "N", "NA").contains(value); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		default -> true;
		};
	}
}
