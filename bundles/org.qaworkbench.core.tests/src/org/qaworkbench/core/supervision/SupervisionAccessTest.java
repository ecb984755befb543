package org.qaworkbench.core.supervision;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.qaworkbench.core.observations.ObservationAccess;
import org.qaworkbench.model.CaseworkSupervision;
import org.qaworkbench.model.DirectObservation;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.model.SupervisionRecord;

class SupervisionAccessTest {

	private final Fixture people = new Fixture();
	private final SupervisionAccess access = people.access();

	private SupervisionRecord recordOfA() {
		SupervisionRecord record = QaFactory.eINSTANCE.createSupervisionRecord();
		record.setSupervisee(Fixture.reference(people.workerA));
		// Supervised, this once, by the other team's senior: the supervisor sees it though outside the line.
		record.setSupervisor(Fixture.reference(people.seniorB));
		return record;
	}

	@Test
	void personalSupervisionIsSeenBySupervisorSuperviseeAndTheManagementLineOnly() {
		SupervisionRecord record = recordOfA();
		for (StaffMember person : new StaffMember[] { people.workerA, people.seniorB, people.seniorA, people.leaderA, people.manager }) {
			assertTrue(access.maySee(record, person), person.getName());
		}
		for (StaffMember person : new StaffMember[] { people.workerB, people.assistantA, people.leaderB }) {
			assertFalse(access.maySee(record, person), person.getName());
		}
		assertFalse(access.maySee(record, null));
	}

	@Test
	void itIsTheSameRuleAsObservations() {
		ObservationAccess observations = new ObservationAccess(people.all);
		DirectObservation observation = QaFactory.eINSTANCE.createDirectObservation();
		observation.setPractitioner(Fixture.reference(people.workerA));
		observation.setObserver(Fixture.reference(people.seniorB));
		for (StaffMember person : people.all) {
			assertTrue(observations.maySee(observation, person) == access.maySee(recordOfA(), person), person.getName());
		}
	}

	@Test
	void caseworkSupervisionGoesWithTheCase() {
		CaseworkSupervision casework = QaFactory.eINSTANCE.createCaseworkSupervision();
		casework.setCaseNumber("LL100001");
		casework.setWorker(Fixture.reference(people.workerA));
		casework.setSupervisor(Fixture.reference(people.seniorA));
		assertTrue(access.maySee(casework, people.workerB), "whoever may see the case");
		assertFalse(access.maySee(casework, null));
	}
}
