package org.qaworkbench.audits.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.qaworkbench.core.store.Store;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.Locality;
import org.qaworkbench.model.StaffMember;

/**
 * What audits refer to by id, fetched once for a whole listing or export: staff and localities (small tables, read
 * up front) and checklist definitions by content hash (each read on first use). Audits stream past without another
 * query each.
 */
public final class Lookups {

	private final Store store;
	private final Map<Long, String> staffNames = new HashMap<>();
	private final Map<String, String> namesByUserId = new HashMap<>();
	private final Map<Long, String> localityNames = new HashMap<>();
	private final Map<String, Optional<ChecklistDefinition>> definitions = new HashMap<>();

	public Lookups(Store store) {
		this.store = store;
		for (StaffMember staff : store.records().list(StaffMember.class)) {
			staffNames.put(staff.getId(), staff.getName());
			if (staff.getUserId() != null) {
				namesByUserId.putIfAbsent(staff.getUserId(), staff.getName());
			}
		}
		for (Locality locality : store.records().list(Locality.class)) {
			localityNames.put(locality.getId(), locality.getName());
		}
	}

	public String locality(Assessment audit) {
		return audit.getLocality() == null ? "" : localityNames.getOrDefault(audit.getLocality().getId(), ""); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The auditors' names, in the order recorded, separated by "; ". */
	public String assessors(Assessment audit) {
		return audit.getAssessors().stream().map(staff -> staffNames.getOrDefault(staff.getId(), "#" + staff.getId())) //$NON-NLS-1$
				.collect(Collectors.joining("; ")); //$NON-NLS-1$
	}

	/** Who signed with a user id: their name and the id, or the id alone when nobody on the staff list has it. */
	public String person(String userId) {
		if (userId == null) {
			return ""; //$NON-NLS-1$
		}
		String name = namesByUserId.get(userId);
		return name == null || name.equals(userId) ? userId : name + " (" + userId + ")"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The definition the audit was completed against, as stored with it. */
	public Optional<ChecklistDefinition> definition(Assessment audit) {
		String hash = audit.getDefinitionHash();
		return hash == null ? Optional.empty() : definitions.computeIfAbsent(hash, store.definitions()::find);
	}

	/** The checklist's title, or its id when the definition is not stored. */
	public String checklistTitle(Assessment audit) {
		return definition(audit).map(ChecklistDefinition::getTitle).orElse(audit.getDefinitionId());
	}
}
