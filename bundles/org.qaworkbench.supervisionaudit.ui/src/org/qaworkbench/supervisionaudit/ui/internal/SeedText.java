package org.qaworkbench.supervisionaudit.ui.internal;

import java.util.Optional;
import java.util.stream.Collectors;

import org.qaworkbench.core.store.InvalidRecordException;
import org.qaworkbench.core.store.SaveRefusedException;

/** A seed as typed: empty for a new random one, a whole number to draw again a sample seen before. */
final class SeedText {

	private SeedText() {
	}

	/** Whether what was typed can be read as a seed: nothing, or a whole number. */
	static boolean isValid(String typed) {
		try {
			read(typed);
			return true;
		} catch (NumberFormatException e) {
			return false;
		}
	}

	/** Empty for none typed, else the number typed; {@link #isValid} says first whether it is one. */
	static Optional<Long> read(String typed) {
		return typed == null || typed.isBlank() ? Optional.empty() : Optional.of(Long.parseLong(typed.strip()));
	}

	/** A refusal as people read it: each problem's message, without the field it is about. */
	static String message(SaveRefusedException e) {
		return e instanceof InvalidRecordException invalid
				? invalid.problems().stream().map(InvalidRecordException.Problem::message).collect(Collectors.joining("\n")) //$NON-NLS-1$
				: e.getMessage();
	}
}
