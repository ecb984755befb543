package org.qaworkbench.ui.internal.actions;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.qaworkbench.core.queries.ActionEntry;
import org.qaworkbench.core.queries.Queries;

/**
 * Reads every remedial action with what the view shows of its audit and people through the Actions read model: a
 * query or two, only the columns shown, never a whole record.
 */
final class ActionRows {

	private ActionRows() {
	}

	static List<ActionRow> load(Queries queries, LocalDate today) {
		return queries.actions().stream().map(action -> row(action, today)).toList();
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
