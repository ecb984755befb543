package org.qaworkbench.core.store;

import java.util.List;
import java.util.stream.Collectors;

/** A record with values that cannot be stored: each problem names its field. Nothing was written. */
public final class InvalidRecordException extends SaveRefusedException {

	private static final long serialVersionUID = 1L;

	/** One refused value: {@code field} is a path such as {@code completedOn} or {@code answers[q7]}. */
	public record Problem(String field, String message) {
		@Override
		public String toString() {
			return field + ": " + message; //$NON-NLS-1$
		}
	}

	private final List<Problem> problems;

	public InvalidRecordException(List<Problem> problems) {
		super(problems.stream().map(Problem::toString).collect(Collectors.joining("; "))); //$NON-NLS-1$
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return problems;
	}
}
