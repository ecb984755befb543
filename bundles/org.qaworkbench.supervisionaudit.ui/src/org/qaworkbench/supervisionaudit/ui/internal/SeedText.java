package org.qaworkbench.supervisionaudit.ui.internal;

import java.util.Optional;
import java.util.stream.Collectors;

import org.qaworkbench.core.store.InvalidRecordException;
import org.qaworkbench.core.store.SaveRefusedException;

/** A seed as typed: empty for a new random one, a whole number to draw again a sample seen before. */
final class SeedText {

	private SeedText() {
	}

	/** Empty for none typed, the number typed, or null when what was typed is not a whole number. */
	static Optional<Long> read(String typed) {
		if (typed == null || typed.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(Long.parseLong(typed.strip()));
		} catch (NumberFormatException e) {
			return null;
		}
	}

	/** A refusal as people read it: each problem's message, without the field it is about. */
	static String message(SaveRefusedException e) {
		return e instanceof InvalidRecordException invalid
				? invalid.problems().stream().map(InvalidRecordException.Problem::message).collect(Collectors.joining("\n")) //$NON-NLS-1$
				: e.getMessage();
	}
}
