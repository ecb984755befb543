package org.qaworkbench.core.audits;

import java.util.List;
import java.util.Optional;

import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Records;
import org.qaworkbench.model.Allocation;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.Case;
import org.qaworkbench.model.Identified;
import org.qaworkbench.model.QaPackage.Literals;
import org.qaworkbench.model.Role;
import org.qaworkbench.model.StaffMember;

/** Who people are to an audit: the member of staff an actor signs in as, the case's worker and line manager. */
public final class Staff {

	private Staff() {
	}

	/** The member of staff whose user id the actor has; empty when nobody on the staff list signs in as them. */
	public static Optional<StaffMember> of(Records records, Actor actor) {
		return records.where(StaffMember.class, Literals.STAFF_MEMBER__USER_ID, actor.userId()).stream().findFirst();
	}

	/** The case an assessment of a case is about. */
	public static Optional<Case> caseOf(Records records, Assessment assessment) {
		if (assessment.getSubjectKey() == null) {
			return Optional.empty();
		}
		return records.where(Case.class, Literals.CASE__CASE_NUMBER, assessment.getSubjectKey()).stream().findFirst();
	}

	/** The worker the case is allocated to now: the newest allocation that is not closed. */
	public static Optional<StaffMember> currentWorker(Case aCase) {
		List<Allocation> allocations = aCase.getAllocations();
		for (int i = allocations.size() - 1; i >= 0; i--) {
			if (allocations.get(i).getClosedOn() == null) {
				return Optional.ofNullable(allocations.get(i).getWorker());
			}
		}
		return Optional.empty();
	}

	public static boolean same(Identified one, Identified other) {
		return one != null && other != null && one.getId() == other.getId();
	}

	public static boolean isAssessor(Assessment assessment, StaffMember staff) {
		return assessment.getAssessors().stream().anyMatch(assessor -> same(assessor, staff));
	}

	public static boolean has(StaffMember staff, Role role) {
		return staff.getRoles().contains(role);
	}
}
