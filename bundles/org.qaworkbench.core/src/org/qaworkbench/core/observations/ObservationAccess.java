package org.qaworkbench.core.observations;

import java.util.Collection;

import org.qaworkbench.core.access.Permission;
import org.qaworkbench.core.access.Permissions;
import org.qaworkbench.core.access.PersonalRecordAccess;
import org.qaworkbench.model.DirectObservation;
import org.qaworkbench.model.RemedialAction;
import org.qaworkbench.model.StaffMember;

/**
 * Who may see an observation: it is about the worker, not the family (supervision policy, section 5), so only the
 * practitioner, the observer and the practitioner's management line (line manager, their line manager, and so on)
 * see it, and the development actions made from it. Every list, query, export and view asks this one rule; an
 * observation is never shown under a case nor exported with one. The rule itself is {@link PersonalRecordAccess},
 * shared with personal supervision.
 */
public final class ObservationAccess {

	private final PersonalRecordAccess line;

	/** {@code staff}: the whole staff list, to follow management lines by id. */
	public ObservationAccess(Collection<StaffMember> staff) {
		this.line = new PersonalRecordAccess(staff);
	}

	public boolean maySee(DirectObservation observation, StaffMember person) {
		return mayAtAll(person) && line.maySee(observation.getPractitioner(), observation.getObserver(), person);
	}

	/** The practitioner themself or someone in their management line: who may see that practitioner's observations are due. */
	public boolean maySeeAbout(StaffMember practitioner, StaffMember person) {
		return mayAtAll(person) && line.maySeeAbout(practitioner, person);
	}

	/** The permission matrix first: a role that may not see observations sees none, whatever the line says. */
	private boolean mayAtAll(StaffMember person) {
		return Permissions.allows(line.full(person), Permission.SEE_OBSERVATION);
	}

	/** A development action from an observation is as confidential as the observation; other actions are not this rule's. */
	public boolean maySee(RemedialAction action, DirectObservation from, StaffMember person) {
		return from == null ? maySeeAbout(action.getOwner(), person) : maySee(from, person);
	}

	/** Whether {@code person} manages {@code practitioner}, directly or further up the line. */
	public boolean inManagementLine(StaffMember practitioner, StaffMember person) {
		return line.inManagementLine(practitioner, person);
	}

	/** The staff member as on the staff list: records refer to staff by id only. */
	public StaffMember full(StaffMember member) {
		return line.full(member);
	}
}
