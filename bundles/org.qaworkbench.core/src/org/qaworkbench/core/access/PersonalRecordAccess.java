package org.qaworkbench.core.access;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.qaworkbench.core.audits.Staff;
import org.qaworkbench.model.StaffMember;

/**
 * Who may see a record about a worker rather than a family (a direct observation, a supervision contract, record or
 * session): the worker, whoever wrote it with them (the observer, the supervisor) and the worker's management line
 * (their line manager, that manager's line manager, and so on up to the service delivery manager). One rule for
 * observations and personal supervision alike (supervision policy, sections 5 and 6: confidential to supervisor and
 * supervisee unless a more senior manager becomes involved), so the two can never drift apart.
 */
public final class PersonalRecordAccess {

	private final Map<Long, StaffMember> staffById = new HashMap<>();

	/** {@code staff}: the whole staff list, to follow management lines by id. */
	public PersonalRecordAccess(Collection<StaffMember> staff) {
		staff.forEach(member -> staffById.put(member.getId(), member));
	}

	/** Whether {@code person} may see a record about {@code worker} that {@code author} wrote with them. */
	public boolean maySee(StaffMember worker, StaffMember author, StaffMember person) {
		return person != null && (Staff.same(author, person) || maySeeAbout(worker, person));
	}

	/** The worker themself or someone in their management line: who may see any personal record about the worker. */
	public boolean maySeeAbout(StaffMember worker, StaffMember person) {
		return person != null && worker != null && (Staff.same(worker, person) || inManagementLine(worker, person));
	}

	/** Whether {@code person} manages {@code worker}, directly or further up the line. */
	public boolean inManagementLine(StaffMember worker, StaffMember person) {
		Set<Long> seen = new HashSet<>();
		StaffMember current = full(worker);
		while (current != null && current.getLineManager() != null && seen.add(current.getId())) {
			StaffMember manager = full(current.getLineManager());
			if (Staff.same(manager, person)) {
				return true;
			}
			current = manager;
		}
		return false;
	}

	/** The staff member as on the staff list: records refer to staff by id only. */
	public StaffMember full(StaffMember member) {
		return member == null ? null : staffById.getOrDefault(member.getId(), member);
	}
}
