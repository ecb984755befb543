package org.qaworkbench.core.supervision;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.Item;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.Role;
import org.qaworkbench.model.Section;
import org.qaworkbench.model.StaffMember;

/**
 * A small service (a manager over two team leaders, each with a senior and two workers), a policy read from XML
 * as a plugin ships one, and a record form with two fixed agenda rows.
 */
final class Fixture {

	static final String POLICY = """
			<supervisionPolicy id="test" version="1.0.0" expected="P6W" contractReview="P12M" window="P12M">
			  <frequency period="P6W" label="6-weekly" default="true"/>
			  <frequency period="P1M" label="Monthly" partTime="true"/>
			  <frequency period="P8W" label="8-weekly"/>
			  <casework every="P3M"/>
			  <casework status="CHILD_PROTECTION" every="P1M"/>
			</supervisionPolicy>
			"""; //$NON-NLS-1$

	final List<StaffMember> all = new ArrayList<>();
	final StaffMember manager = person(1, "Sam Manager", Role.SERVICE_DELIVERY_MANAGER, null);
	final StaffMember leaderA = person(2, "Ann Leader", Role.TEAM_LEADER, manager);
	final StaffMember seniorA = person(3, "Sue Senior", Role.SENIOR_PRACTITIONER, leaderA);
	final StaffMember workerA = person(4, "Pat Worker", Role.PRACTITIONER, seniorA);
	final StaffMember assistantA = person(5, "Alex Assistant", Role.ASSISTANT, seniorA);
	final StaffMember leaderB = person(6, "Bob Leader", Role.TEAM_LEADER, manager);
	final StaffMember seniorB = person(7, "Bea Senior", Role.SENIOR_PRACTITIONER, leaderB);
	final StaffMember workerB = person(8, "Pip Other", Role.PRACTITIONER, seniorB);

	static SupervisionPolicy policy() {
		return policy(POLICY);
	}

	static SupervisionPolicy policy(String xml) {
		return SupervisionPolicyReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "test").policy().orElseThrow();
	}

	private StaffMember person(long id, String name, Role role, StaffMember lineManager) {
		StaffMember staff = QaFactory.eINSTANCE.createStaffMember();
		staff.setId(id);
		staff.setName(name);
		staff.setInitials(name.replaceAll("[^A-Z]", "")); //$NON-NLS-1$ //$NON-NLS-2$
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

	SupervisionAccess access() {
		return new SupervisionAccess(all);
	}

	static SupervisionForm recordForm() {
		QaFactory qa = QaFactory.eINSTANCE;
		ChecklistDefinition definition = qa.createChecklistDefinition();
		definition.setDefinitionId(SupervisionForms.RECORD);
		definition.setVersion("1.0.0");
		Section agenda = qa.createSection();
		agenda.setSectionId(SupervisionForm.AGENDA);
		agenda.getItems().add(item("training", "Training"));
		agenda.getItems().add(item("health-and-safety", "Health and Safety"));
		definition.getSections().add(agenda);
		return new SupervisionForm(definition);
	}

	static SupervisionForm form(String definitionId) {
		ChecklistDefinition definition = QaFactory.eINSTANCE.createChecklistDefinition();
		definition.setDefinitionId(definitionId);
		definition.setVersion("1.0.0");
		return new SupervisionForm(definition);
	}

	private static Item item(String id, String text) {
		Item item = QaFactory.eINSTANCE.createItem();
		item.setItemId(id);
		item.setText(text);
		return item;
	}
}
