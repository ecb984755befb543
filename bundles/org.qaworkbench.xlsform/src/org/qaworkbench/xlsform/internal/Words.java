package org.qaworkbench.xlsform.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.qaworkbench.model.ItemKind;
import org.qaworkbench.model.Rounding;
import org.qaworkbench.model.ScoringMethod;
import org.qaworkbench.model.SubjectKind;

/**
 * The words a workbook uses for the model's values, both ways. Reading is forgiving (capitals, spaces, underscores
 * and hyphens do not matter, and the model's own names are understood too); writing uses the first word.
 */
final class Words {

	static final List<String> YES = List.of("yes", "y", "true", "true()", "1"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	static final List<String> NO = List.of("no", "n", "false", "false()", "0"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	static final List<String> NOT_APPLICABLE = List.of("na", "n/a", "n a", "not applicable"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	private Words() {
	}

	static String plain(String word) {
		return word.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " "); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Yes or no; empty for anything else (blank included, which callers read as no). */
	static Optional<Boolean> bool(String text) {
		String plain = plain(text);
		if (YES.contains(plain)) {
			return Optional.of(Boolean.TRUE);
		}
		return NO.contains(plain) ? Optional.of(Boolean.FALSE) : Optional.empty();
	}

	/** Y, N or NA for a word that means one of them (yes, no, n/a...); empty otherwise. */
	static Optional<String> yesNoAnswer(String text) {
		String plain = plain(text);
		if (YES.contains(plain)) {
			return Optional.of("Y"); //$NON-NLS-1$
		}
		if (NO.contains(plain)) {
			return Optional.of("N"); //$NON-NLS-1$
		}
		return NOT_APPLICABLE.contains(plain) || "na".equals(plain.replace(" ", "")) ? Optional.of("NA") : Optional.empty(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	static String word(ScoringMethod method) {
		return switch (method) {
		case NONE -> "none"; //$NON-NLS-1$
		case COUNT_YES -> "count_yes"; //$NON-NLS-1$
		case PERCENT_YES -> "percent_yes"; //$NON-NLS-1$
		case MEAN_GRADE -> "mean_grade"; //$NON-NLS-1$
		case WORST_GRADE -> "worst_grade"; //$NON-NLS-1$
		case CUSTOM -> "custom"; //$NON-NLS-1$
		};
	}

	static Optional<ScoringMethod> method(String text) {
		return ScoringMethod.VALUES.stream().filter(method -> matches(text, word(method), method.getName(), method.getLiteral())).findFirst();
	}

	static String methods() {
		return ScoringMethod.VALUES.stream().map(Words::word).collect(Collectors.joining(", ")); //$NON-NLS-1$
	}

	static String word(Rounding rounding) {
		return rounding.getName().toLowerCase(Locale.ROOT);
	}

	static Optional<Rounding> rounding(String text) {
		return Rounding.VALUES.stream().filter(rounding -> matches(text, word(rounding), rounding.getLiteral())).findFirst();
	}

	static String roundings() {
		return Rounding.VALUES.stream().map(Words::word).collect(Collectors.joining(", ")); //$NON-NLS-1$
	}

	static String word(SubjectKind kind) {
		return kind.getLiteral().toLowerCase(Locale.ROOT).replace(' ', '_');
	}

	static Optional<SubjectKind> subjectKind(String text) {
		return SubjectKind.VALUES.stream().filter(kind -> matches(text, word(kind), kind.getName(), kind.getLiteral())).findFirst();
	}

	static String subjectKinds() {
		return SubjectKind.VALUES.stream().map(Words::word).collect(Collectors.joining(", ")); //$NON-NLS-1$
	}

	/** The type word of a kind that needs no list: yes_no, matrix, decimal... (graded and choice types add a list). */
	static String type(ItemKind kind) {
		return switch (kind) {
		case GRADED -> Types.GRADE;
		case YES_NO -> Types.YES_NO;
		case YES_NO_NA -> Types.YES_NO_NA;
		case TICK_MATRIX -> Types.MATRIX;
		case TEXT -> Types.TEXT;
		case DATE -> Types.DATE;
		case NUMBER -> Types.DECIMAL;
		case SINGLE_CHOICE -> Types.SELECT_ONE;
		case MULTIPLE_CHOICE -> Types.SELECT_MULTIPLE;
		};
	}

	private static boolean matches(String text, String... words) {
		String plain = plain(text);
		return Stream.of(words).anyMatch(word -> plain(word).equals(plain));
	}
}
