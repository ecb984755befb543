package org.qaworkbench.core.observations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.qaworkbench.core.observations.ObservationsDue.Row;
import org.qaworkbench.model.DirectObservation;
import org.qaworkbench.model.ObservationState;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.SignOff;
import org.qaworkbench.model.SignOffStep;
import org.qaworkbench.model.StaffMember;

class ObservationsDueTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
	private final People people = new People();
	private long ids = 100;

	private DirectObservation observation(StaffMember practitioner, ObservationState state, LocalDate signedOn) {
		DirectObservation observation = QaFactory.eINSTANCE.createDirectObservation();
		observation.setId(ids++);
		observation.setPractitioner(People.reference(practitioner));
		observation.setObserver(People.reference(people.seniorA));
		observation.setState(state);
		observation.setObservedOn(signedOn == null ? TODAY : signedOn.minusDays(10));
		if (signedOn != null) {
			for (SignOffStep step : List.of(SignOffStep.PRACTITIONER_SIGN_OFF, SignOffStep.OBSERVER_SIGN_OFF)) {
				SignOff signOff = QaFactory.eINSTANCE.createSignOff();
				signOff.setStep(step);
				signOff.setAt(signedOn.atTime(12, 0).toInstant(ZoneOffset.UTC));
				observation.getSignOffs().add(signOff);
			}
		}
		return observation;
	}

	private List<Row> due(StaffMember person, List<DirectObservation> observations, LocalDate today) {
		return ObservationsDue.of(people.all, observations, people.access(), person, today, ZoneOffset.UTC);
	}

	@Test
	void everyFrontlinePractitionerAndAssistantTheManagerLineSees() {
		assertEquals(List.of("Pat Worker", "Alex Assistant", "Pip Other").stream().sorted().toList(),
				due(people.manager, List.of(), TODAY).stream().map(row -> row.practitioner().getName()).sorted().toList());
		assertEquals(List.of("Alex Assistant", "Pat Worker"), due(people.leaderA, List.of(), TODAY).stream().map(row -> row.practitioner().getName()).sorted().toList());
		assertEquals(List.of("Pat Worker"), due(people.practitionerA, List.of(), TODAY).stream().map(row -> row.practitioner().getName()).toList());
	}

	@Test
	void nextDueIsAYearAfterTheLastSignedOffAndOverdueAfterThat() {
		DirectObservation last = observation(people.practitionerA, ObservationState.SIGNED_OFF, LocalDate.of(2025, 3, 1));
		DirectObservation older = observation(people.practitionerA, ObservationState.SIGNED_OFF, LocalDate.of(2024, 2, 1));
		DirectObservation going = observation(people.practitionerA, ObservationState.SHARED, null);
		Row row = due(people.seniorA, List.of(older, last, going), TODAY).stream().filter(r -> r.practitioner() == people.practitionerA).findFirst().orElseThrow();
		assertEquals(LocalDate.of(2025, 3, 1), row.lastOn());
		assertEquals(LocalDate.of(2026, 3, 1), row.nextDue());
		assertTrue(row.overdue());
		assertEquals(going, row.inProgress().orElseThrow());
		assertEquals(last, row.last().orElseThrow());
	}

	@Test
	void theListMovesWhenAnObservationIsSignedOff() {
		DirectObservation last = observation(people.practitionerA, ObservationState.SIGNED_OFF, LocalDate.of(2025, 3, 1));
		Row before = due(people.seniorA, List.of(last), TODAY).stream().filter(r -> r.practitioner() == people.practitionerA).findFirst().orElseThrow();
		assertTrue(before.overdue());
		DirectObservation now = observation(people.practitionerA, ObservationState.SIGNED_OFF, TODAY);
		List<Row> after = due(people.seniorA, List.of(last, now), TODAY);
		Row moved = after.stream().filter(r -> r.practitioner() == people.practitionerA).findFirst().orElseThrow();
		assertFalse(moved.overdue());
		assertEquals(TODAY.plusYears(1), moved.nextDue());
		assertEquals(people.practitionerA, after.get(after.size() - 1).practitioner(), "soonest due first: now the last");
	}

	@Test
	void neverObservedIsDueAYearAfterStarting() {
		Row row = due(people.practitionerB, List.of(), TODAY).get(0);
		assertEquals(LocalDate.of(2021, 1, 6), row.nextDue());
		assertTrue(row.overdue());
		assertTrue(row.last().isEmpty());
		assertFalse(due(people.practitionerB, List.of(), LocalDate.of(2020, 6, 1)).get(0).overdue());
	}
}
