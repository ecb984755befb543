package org.qaworkbench.core.observations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.Role;
import org.qaworkbench.model.StaffMember;

/** A small service: a manager over two team leaders, each with a senior and two practitioners. */
final class People {

	final List<StaffMember> all = new ArrayList<>();
	final StaffMember manager = person(1, "Sam Manager", Role.SERVICE_DELIVERY_MANAGER, null);
	final StaffMember leaderA = person(2, "Ann Leader", Role.TEAM_LEADER, manager);
	final StaffMember seniorA = person(3, "Sue Senior", Role.SENIOR_PRACTITIONER, leaderA);
	final StaffMember practitionerA = person(4, "Pat Worker", Role.PRACTITIONER, seniorA);
	final StaffMember assistantA = person(5, "Alex Assistant", Role.ASSISTANT, seniorA);
	final StaffMember leaderB = person(6, "Bob Leader", Role.TEAM_LEADER, manager);
	final StaffMember seniorB = person(7, "Bea Senior", Role.SENIOR_PRACTITIONER, leaderB);
	final StaffMember practitionerB = person(8, "Pip Other", Role.PRACTITIONER, seniorB);

	private StaffMember person(long id, String name, Role role, StaffMember lineManager) {
		StaffMember staff = QaFactory.eINSTANCE.createStaffMember();
		staff.setId(id);
		staff.setName(name);
		staff.setUserId(name.toLowerCase().replace(' ', '.'));
		staff.getRoles().add(role);
		staff.setLineManager(lineManager == null ? null : reference(lineManager));
		staff.setStartDate(LocalDate.of(2020, 1, 6));
		all.add(staff);
		return staff;
	}

	/** As a record refers to staff: by id only. */
	static StaffMember reference(StaffMember staff) {
		StaffMember reference = QaFactory.eINSTANCE.createStaffMember();
		reference.setId(staff.getId());
		return reference;
	}

	ObservationAccess access() {
		return new ObservationAccess(all);
	}
}
