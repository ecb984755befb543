package org.qaworkbench.core.supervision;

import java.util.Collection;

import org.qaworkbench.core.access.Permission;
import org.qaworkbench.core.access.Permissions;
import org.qaworkbench.core.access.PersonalRecordAccess;
import org.qaworkbench.model.CaseworkSupervision;
import org.qaworkbench.model.Identified;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.model.SupervisionContract;
import org.qaworkbench.model.SupervisionRecord;
import org.qaworkbench.model.SupervisionSession;

/**
 * Who may see supervision. Personal supervision (contracts, records, the sessions log) is confidential to the
 * supervisor, the supervisee and the supervisee's management line (supervision policy, section 6), by the same rule
 * as direct observations ({@link PersonalRecordAccess}). Casework supervision is part of the child's case record
 * (section 3), so it goes with the case: whoever may see the case may see it. Every list, command, export and view
 * asks this one rule.
 */
public final class SupervisionAccess {

	private final PersonalRecordAccess line;

	/** {@code staff}: the whole staff list, to follow management lines by id. */
	public SupervisionAccess(Collection<StaffMember> staff) {
		this.line = new PersonalRecordAccess(staff);
	}

	/** Any supervision record: a contract, a record of supervision, a session line or casework supervision. */
	public boolean maySee(Identified record, StaffMember person) {
		if (!mayAtAll(person)) {
			return false;
		}
		if (record instanceof SupervisionContract contract) {
			return line.maySee(contract.getSupervisee(), contract.getSupervisor(), person);
		}
		if (record instanceof SupervisionRecord supervision) {
			return line.maySee(supervision.getSupervisee(), supervision.getSupervisor(), person);
		}
		if (record instanceof SupervisionSession session) {
			return line.maySee(session.getSupervisee(), session.getSupervisor(), person);
		}
		if (record instanceof CaseworkSupervision casework) {
			return maySeeCase(casework.getCaseNumber(), person);
		}
		return false;
	}

	/** The supervisee themself or their management line: who may see how that person's supervision stands. */
	public boolean maySeeAbout(StaffMember supervisee, StaffMember person) {
		return mayAtAll(person) && line.maySeeAbout(supervisee, person);
	}

	/** The permission matrix first: a role that may not see supervision sees none, whatever the line says. */
	private boolean mayAtAll(StaffMember person) {
		return Permissions.allows(line.full(person), Permission.SEE_SUPERVISION);
	}

	/**
	 * Whoever may see the case may see its casework supervision. Cases are open to every member of staff today
	 * (the navigator lists them all); when cases get an access rule, this is the one place that asks it.
	 */
	public boolean maySeeCase(String caseNumber, StaffMember person) {
		return mayAtAll(person) && caseNumber != null;
	}

	/** The staff member as on the staff list: records refer to staff by id only. */
	public StaffMember full(StaffMember member) {
		return line.full(member);
	}

	/** The shared rule underneath, for callers that judge other personal records the same way. */
	public PersonalRecordAccess personal() {
		return line;
	}
}
