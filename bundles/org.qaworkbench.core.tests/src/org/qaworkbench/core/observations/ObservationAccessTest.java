package org.qaworkbench.core.observations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.qaworkbench.model.DirectObservation;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.RemedialAction;

class ObservationAccessTest {

	private final People people = new People();
	private final ObservationAccess access = people.access();

	private DirectObservation observationOfA() {
		DirectObservation observation = QaFactory.eINSTANCE.createDirectObservation();
		observation.setPractitioner(People.reference(people.practitionerA));
		// Observed by the other team's senior: the observer sees it though outside the line.
		observation.setObserver(People.reference(people.seniorB));
		return observation;
	}

	@Test
	void thePractitionerTheObserverAndTheWholeManagementLineSeeIt() {
		DirectObservation observation = observationOfA();
		for (var person : new org.qaworkbench.model.StaffMember[] { people.practitionerA, people.seniorB, people.seniorA, people.leaderA, people.manager }) {
			assertTrue(access.maySee(observation, person), person.getName());
		}
	}

	@Test
	void nobodyElseSeesIt() {
		DirectObservation observation = observationOfA();
		for (var person : new org.qaworkbench.model.StaffMember[] { people.practitionerB, people.assistantA, people.leaderB }) {
			assertFalse(access.maySee(observation, person), person.getName());
		}
		assertFalse(access.maySee(observation, null));
	}

	@Test
	void aDevelopmentActionIsAsConfidentialAsItsObservation() {
		DirectObservation observation = observationOfA();
		RemedialAction action = QaFactory.eINSTANCE.createRemedialAction();
		action.setOwner(People.reference(people.practitionerA));
		action.setObservation(observation);
		assertTrue(access.maySee(action, observation, people.seniorB));
		assertTrue(access.maySee(action, observation, people.leaderA));
		assertFalse(access.maySee(action, observation, people.practitionerB));
	}

	@Test
	void aLoopInTheManagementLineEnds() {
		people.manager.setLineManager(People.reference(people.leaderA));
		assertFalse(access.inManagementLine(people.practitionerA, people.practitionerB));
		assertTrue(access.inManagementLine(people.practitionerA, people.manager));
	}
}
