package org.qaworkbench.supervision.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The cases a supervisor goes through in one sitting, in the order the Supervision view listed them when the first
 * was started: Alt+X in the casework editor moves to the next. One sitting at a time, on the UI thread.
 */
final class CaseworkSitting {

	private static final List<String> CASES = new ArrayList<>();

	private CaseworkSitting() {
	}

	/** A new sitting through these case numbers. */
	static void begin(List<String> caseNumbers) {
		CASES.clear();
		CASES.addAll(caseNumbers);
	}

	/** The case after {@code caseNumber} in the sitting; empty at its end or outside one. */
	static Optional<String> next(String caseNumber) {
		int at = CASES.indexOf(caseNumber);
		return at < 0 || at + 1 >= CASES.size() ? Optional.empty() : Optional.of(CASES.get(at + 1));
	}
}
