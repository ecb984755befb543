package org.qaworkbench.xlsform.internal;

import java.util.Locale;
import java.util.Set;

/** The words of the survey sheet's type column. */
final class Types {

	static final String BEGIN_GROUP = "begin_group"; //$NON-NLS-1$
	static final String END_GROUP = "end_group"; //$NON-NLS-1$
	static final String BEGIN_REPEAT = "begin_repeat"; //$NON-NLS-1$
	static final String END_REPEAT = "end_repeat"; //$NON-NLS-1$
	static final String YES_NO = "yes_no"; //$NON-NLS-1$
	static final String YES_NO_NA = "yes_no_na"; //$NON-NLS-1$
	static final String GRADE = "grade"; //$NON-NLS-1$
	static final String MATRIX = "matrix"; //$NON-NLS-1$
	static final String TEXT = "text"; //$NON-NLS-1$
	static final String DATE = "date"; //$NON-NLS-1$
	static final String INTEGER = "integer"; //$NON-NLS-1$
	static final String DECIMAL = "decimal"; //$NON-NLS-1$
	static final String SELECT_ONE = "select_one"; //$NON-NLS-1$
	static final String SELECT_MULTIPLE = "select_multiple"; //$NON-NLS-1$

	/** The types that make a question here. */
	static final Set<String> QUESTIONS = Set.of(YES_NO, YES_NO_NA, GRADE, MATRIX, TEXT, DATE, INTEGER, DECIMAL, SELECT_ONE, SELECT_MULTIPLE);

	private Types() {
	}

	/** A type as XLSForm allows it to be written, as one word and its list: "select one yesno" is "select_one yesno". */
	record Type(String word, String list, String extra) {
	}

	static Type parse(String text) {
		String normal = text.strip().replaceAll("\\s+", " "); //$NON-NLS-1$ //$NON-NLS-2$
		String lower = normal.toLowerCase(Locale.ROOT);
		for (String twoWords : new String[] { "begin group", "end group", "begin repeat", "end repeat", "select one", "select multiple", "yes no na", "yes no" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			if (lower.equals(twoWords) || lower.startsWith(twoWords + ' ')) {
				normal = twoWords.replace(' ', '_') + normal.substring(twoWords.length());
				lower = normal.toLowerCase(Locale.ROOT);
				break;
			}
		}
		String[] parts = normal.split(" ", 3); //$NON-NLS-1$
		String word = parts[0].toLowerCase(Locale.ROOT).replace('-', '_');
		return new Type(word, parts.length > 1 ? parts[1] : "", parts.length > 2 ? parts[2] : ""); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
