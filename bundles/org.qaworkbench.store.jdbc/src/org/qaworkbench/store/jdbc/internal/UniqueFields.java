package org.qaworkbench.store.jdbc.internal;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.qaworkbench.core.store.InvalidRecordException;
import org.qaworkbench.core.store.InvalidRecordException.Problem;
import org.qaworkbench.store.jdbc.Dialect;
import org.qaworkbench.store.jdbc.Dialect.Failure;

/**
 * The unique constraints of the schema and the field each protects, so that a value already taken is refused at
 * its field, as validation would. The engine's dialect says which constraint a failure broke.
 */
final class UniqueFields {

	private record Field(String name, String problem) {
	}

	private static final Map<String, Field> BY_CONSTRAINT = Map.of( //
			"CASES_CASE_NUMBER_UNIQUE", new Field("caseNumber", "already used by another case"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"STAFF_MEMBERS_USER_ID_UNIQUE", new Field("userId", "already used by another member of staff")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private UniqueFields() {
	}

	/** The refusal of a save that broke a unique constraint of a field; any other failure is thrown again. */
	static InvalidRecordException refusal(Dialect dialect, SQLException failure) throws SQLException {
		if (dialect.classify(failure) == Failure.UNIQUE_VIOLATION) {
			Optional<Field> field = dialect.violatedConstraint(failure).map(BY_CONSTRAINT::get);
			if (field.isPresent()) {
				return new InvalidRecordException(List.of(new Problem(field.get().name(), field.get().problem())));
			}
		}
		throw failure;
	}
}
