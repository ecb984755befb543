package org.qaworkbench.ui.internal.actions;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.qaworkbench.core.observations.ObservationAccess;
import org.qaworkbench.core.queries.ActionEntry;
import org.qaworkbench.core.queries.Queries;
import org.qaworkbench.core.store.Records;
import org.qaworkbench.model.DirectObservation;
import org.qaworkbench.model.StaffMember;

/**
 * Reads every remedial action with what the view shows of its audit and people through the Actions read model: a
 * query or two, only the columns shown, never a whole record.
 */
final class ActionRows {

	private ActionRows() {
	}

	/**
	 * {@code person}: who is signed in. A development action from an observation is as confidential as the
	 * observation ({@link ObservationAccess}): shown only to those who may see it.
	 */
	static List<ActionRow> load(Queries queries, Records records, LocalDate today, StaffMember person) {
		List<ActionEntry> entries = queries.actions();
		if (entries.stream().anyMatch(entry -> entry.observationId() != 0)) {
			ObservationAccess access = new ObservationAccess(records.list(StaffMember.class));
			entries = entries.stream().filter(entry -> entry.observationId() == 0
					|| records.find(DirectObservation.class, entry.observationId()).map(from -> access.maySee(from, person)).orElse(false)).toList();
		}
		return entries.stream().map(action -> row(action, today)).toList();
	}

	static ActionRow row(ActionEntry action, LocalDate today) {
		return new ActionRow(action.actionId(), action.auditId(), action.caseNumber(), action.locality(), action.worker(), action.auditors(), action.action(),
				action.dueOn(), ActionRow.Status.of(action, today), action.followUpDueOn(), ActionRow.FollowUp.of(action, today), action.definitionId());
	}

	/** The distinct non-empty values of a column, sorted, for a filter's choices. */
	static List<String> distinct(List<ActionRow> rows, Function<ActionRow, List<String>> value) {
		Set<String> values = new HashSet<>();
		for (ActionRow row : rows) {
			for (String text : value.apply(row)) {
				if (text != null && !text.isEmpty()) {
					values.add(text);
				}
			}
		}
		return values.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
	}
}
