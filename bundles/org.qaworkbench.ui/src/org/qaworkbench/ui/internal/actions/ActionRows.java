package org.qaworkbench.ui.internal.actions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.qaworkbench.core.observations.ObservationAccess;
import org.qaworkbench.core.store.Records;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.Case;
import org.qaworkbench.model.Identified;
import org.qaworkbench.model.Locality;
import org.qaworkbench.model.QaPackage.Literals;
import org.qaworkbench.model.RemedialAction;
import org.qaworkbench.model.StaffMember;

/**
 * Reads every remedial action with what the view shows of its audit and people, in a few passes over the store
 * rather than a query per row: the actions, then the audits they came from, then staff and localities by id.
 */
final class ActionRows {

	private ActionRows() {
	}

	/** {@code person}: who is signed in; a development action from an observation is shown only to those who may see it. */
	static List<ActionRow> load(Records records, LocalDate today, StaffMember person) {
		List<RemedialAction> actions = new ArrayList<>();
		records.forEach(RemedialAction.class, actions::add);
		ObservationAccess access = new ObservationAccess(records.list(StaffMember.class));
		actions.removeIf(action -> action.getObservation() != null && !access.maySee(action, records.resolve(action.getObservation()).orElse(null), person));
		Set<Long> auditIds = actions.stream().filter(action -> action.getAssessment() != null).map(action -> action.getAssessment().getId()).collect(Collectors.toSet());
		Map<Long, Assessment> audits = new HashMap<>();
		records.forEach(Assessment.class, audit -> {
			if (auditIds.contains(audit.getId())) {
				audit.getAnswers().clear(); // not shown: keeps memory small with many audits
				audits.put(audit.getId(), audit);
			}
		});
		Map<Long, String> people = names(records.list(StaffMember.class), StaffMember::getName);
		Map<Long, String> localities = names(records.list(Locality.class), Locality::getName);
		Map<String, String> caseLocalities = new HashMap<>();
		List<ActionRow> rows = new ArrayList<>(actions.size());
		for (RemedialAction action : actions) {
			Assessment audit = action.getAssessment() == null ? null : audits.get(action.getAssessment().getId());
			String caseNumber = audit == null ? "" : audit.getSubjectKey(); //$NON-NLS-1$
			String locality = audit == null ? "" : audit.getLocality() != null ? localities.getOrDefault(audit.getLocality().getId(), "") //$NON-NLS-1$ //$NON-NLS-2$
					: caseLocalities.computeIfAbsent(caseNumber, number -> caseLocality(records, number, localities));
			List<String> auditors = audit == null ? List.of() : audit.getAssessors().stream().map(assessor -> name(people, assessor)).toList();
			rows.add(new ActionRow(action.getId(), audit == null ? 0 : audit.getId(), caseNumber, locality, name(people, action.getOwner()), auditors,
					action.getAction(), action.getDueOn(), ActionRow.Status.of(action, today), action.getFollowUp() == null ? null : action.getFollowUp().getDueOn(),
					ActionRow.FollowUp.of(action, today)));
		}
		return rows;
	}

	/** The case's locality, for an audit that does not name its own. */
	private static String caseLocality(Records records, String caseNumber, Map<Long, String> localities) {
		return records.where(Case.class, Literals.CASE__CASE_NUMBER, caseNumber).stream().map(Case::getLocality).filter(locality -> locality != null)
				.map(locality -> localities.getOrDefault(locality.getId(), "")).findFirst().orElse(""); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String name(Map<Long, String> people, StaffMember member) {
		return member == null ? "" : people.getOrDefault(member.getId(), ""); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static <T extends Identified> Map<Long, String> names(List<T> records, Function<T, String> name) {
		Map<Long, String> names = new HashMap<>();
		for (T record : records) {
			names.put(record.getId(), name.apply(record) == null ? "" : name.apply(record)); //$NON-NLS-1$
		}
		return names;
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
