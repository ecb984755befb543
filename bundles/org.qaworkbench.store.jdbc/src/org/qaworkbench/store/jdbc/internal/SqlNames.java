package org.qaworkbench.store.jdbc.internal;

import java.util.Locale;

/**
 * Table and column names derived from the model, so that SQL reads like the forms: ASSESSMENTS,
 * ASSESSMENT_ANSWERS, CASES.CASE_NUMBER. Generated SQL always quotes them, which keeps words such as VALUE, BY or
 * DATE usable as column names.
 */
final class SqlNames {

	private SqlNames() {
	}

	/** {@code caseNumber} becomes {@code CASE_NUMBER}. */
	static String snake(String camel) {
		return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** {@code Locality} becomes {@code LOCALITIES}, {@code StaffMember} becomes {@code STAFF_MEMBERS}. */
	static String plural(String className) {
		String snake = snake(className);
		boolean consonantY = snake.endsWith("Y") && snake.length() > 1 && "AEIOU".indexOf(snake.charAt(snake.length() - 2)) < 0; //$NON-NLS-1$ //$NON-NLS-2$
		return consonantY ? snake.substring(0, snake.length() - 1) + "IES" : snake + "S"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	static String quote(String name) {
		return '"' + name + '"';
	}
}
