package org.qaworkbench.core.observations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.qaworkbench.core.observations.ObservationWorkflow.Part;
import org.qaworkbench.core.observations.ObservationWorkflow.Step;
import org.qaworkbench.core.store.InvalidRecordException;
import org.qaworkbench.core.store.NotPermittedException;
import org.qaworkbench.model.Consent;
import org.qaworkbench.model.DirectObservation;
import org.qaworkbench.model.ObservationState;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.RemedialAction;
import org.qaworkbench.model.SignOffStep;

class ObservationWorkflowTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

	private final People people = new People();
	private final ObservationForm form = Forms.small();
	private final ObservationWorkflow workflow = new ObservationWorkflow(Clock.fixed(Instant.parse("2026-03-10T10:00:00Z"), ZoneOffset.UTC), people.access());

	private DirectObservation planned() throws Exception {
		DirectObservation observation = workflow.plan(People.reference(people.practitionerA), people.seniorA, TODAY.minusDays(1), form, "hash");
		observation.setCaseNumber("LL100001");
		observation.setSetting("Home visit");
		observation.setAgreedObjectives("See how the child's views are gathered.");
		observation.setLearningFocus("Direct work with a teenager.");
		observation.setObserverRole("Introduced as a colleague; intervenes only if the child is at risk.");
		observation.setFeedbackPlan("Written report within a week, discussed in supervision.");
		return observation;
	}

	private static void consent(DirectObservation observation) {
		Consent consent = QaFactory.eINSTANCE.createConsent();
		consent.setGivenBy("Mother");
		consent.setGivenTo("Pat Worker");
		consent.setGivenOn(TODAY.minusDays(5));
		observation.setConsent(consent);
	}

	private DirectObservation observed() throws Exception {
		DirectObservation observation = planned();
		consent(observation);
		ObservationWorkflow.setNarrative(observation, "planning-1", "Read the file the day before.");
		ObservationWorkflow.setNarrative(observation, "planning-2", "Yes, goal 2 of the plan.");
		observation.setGrade(2);
		observation.setRecommendations("Use the three houses tool.\n\nShare the plan before the visit.");
		observation.setActionsDueOn(TODAY.plusMonths(2));
		return workflow.record(observation, people.seniorA, form);
	}

	@Test
	void planningIsByAnObserverOfSomeoneFrontline() throws Exception {
		DirectObservation observation = planned();
		assertEquals(ObservationState.PLANNED, observation.getState());
		assertEquals("hash", observation.getDefinitionHash());
		assertEquals(SignOffStep.PLANNING, observation.getSignOffs().get(0).getStep());
		assertEquals("sue.senior", observation.getSignOffs().get(0).getBy());
		assertThrows(NotPermittedException.class, () -> workflow.plan(people.practitionerA, people.practitionerB, TODAY, form, "hash"), "a practitioner does not observe");
		assertThrows(NotPermittedException.class, () -> workflow.plan(people.seniorA, people.leaderA, TODAY, form, "hash"), "a senior is not due an observation");
	}

	@Test
	void withoutConsentTheObservationCannotMoveOn() throws Exception {
		DirectObservation observation = planned();
		assertEquals(Set.of(), workflow.availableSteps(observation, people.seniorA));
		assertTrue(workflow.whyNot(Step.RECORD, observation, people.seniorA).orElseThrow().contains("consent"));
		Consent partial = QaFactory.eINSTANCE.createConsent();
		partial.setGivenBy("Mother");
		observation.setConsent(partial);
		assertThrows(NotPermittedException.class, () -> workflow.record(observation, people.seniorA, form));
		consent(observation);
		assertEquals(Set.of(Step.RECORD), workflow.availableSteps(observation, people.seniorA));
	}

	@Test
	void recordingNeedsEveryPromptAGradeAndADueDateForRecommendations() throws Exception {
		DirectObservation observation = planned();
		consent(observation);
		observation.setRecommendations("One thing");
		InvalidRecordException refused = assertThrows(InvalidRecordException.class, () -> workflow.record(observation, people.seniorA, form));
		List<String> fields = refused.problems().stream().map(InvalidRecordException.Problem::field).toList();
		assertEquals(List.of("narratives.planning-1", "narratives.planning-2", "grade", "actionsDueOn"), fields);
		assertEquals(ObservationState.PLANNED, observation.getState(), "nothing changed");
	}

	@Test
	void onlyTheObserverRecordsAndShares() throws Exception {
		DirectObservation observation = planned();
		consent(observation);
		assertTrue(workflow.whyNot(Step.RECORD, observation, people.practitionerA).isPresent());
		assertTrue(workflow.whyNot(Step.RECORD, observation, people.leaderA).isPresent());
		DirectObservation recorded = observed();
		assertEquals(ObservationState.OBSERVED, recorded.getState());
		assertEquals(Set.of(), workflow.availableSteps(recorded, people.practitionerA));
		assertEquals(Set.of(Step.SHARE), workflow.availableSteps(recorded, people.seniorA));
	}

	@Test
	void sharedThePractitionerReflectsThenBothSignOffAndItLocks() throws Exception {
		DirectObservation shared = workflow.share(observed(), people.seniorA);
		assertEquals(ObservationState.SHARED, shared.getState());
		assertEquals(EnumSet.of(Step.REFLECT), workflow.availableSteps(shared, people.practitionerA), "signing off needs a reflection first");
		assertEquals(EnumSet.of(Step.SIGN_OFF), workflow.availableSteps(shared, people.seniorA));
		assertThrows(InvalidRecordException.class, () -> workflow.reflect(shared, people.practitionerA, " ", null, null));
		DirectObservation replied = workflow.reflect(shared, people.practitionerA, "I rushed the ending.", "A fair report.", "She listened to us.");
		DirectObservation one = workflow.signOff(replied, people.practitionerA);
		assertEquals(ObservationState.SHARED, one.getState(), "one signature is not enough");
		assertEquals(Set.of(), workflow.availableSteps(one, people.practitionerA), "signed once, no more reflecting");
		DirectObservation both = workflow.signOff(one, people.seniorA);
		assertEquals(ObservationState.SIGNED_OFF, both.getState());
		assertEquals(List.of(SignOffStep.PLANNING, SignOffStep.OBSERVATION, SignOffStep.SHARING, SignOffStep.PRACTITIONER_RESPONSE,
				SignOffStep.PRACTITIONER_SIGN_OFF, SignOffStep.OBSERVER_SIGN_OFF), both.getSignOffs().stream().map(s -> s.getStep()).toList());
		assertEquals(Set.of(), workflow.editableParts(both, people.seniorA));
		DirectObservation changed = org.eclipse.emf.ecore.util.EcoreUtil.copy(both);
		changed.setGrade(1);
		NotPermittedException locked = assertThrows(NotPermittedException.class, () -> workflow.checkChange(both, changed, people.seniorA));
		assertTrue(locked.getMessage().contains("amendment"), locked.getMessage());
		assertEquals(EnumSet.of(Step.AMEND), workflow.availableSteps(both, people.seniorA));
		assertThrows(InvalidRecordException.class, () -> workflow.amend(both, changed, people.seniorA, ""));
		assertThrows(NotPermittedException.class, () -> workflow.amend(both, changed, people.practitionerA, "why"), "the practitioner does not amend");
		DirectObservation amended = workflow.amend(both, changed, people.seniorA, "Grade agreed with the team leader");
		assertEquals(1, amended.getGrade());
		assertEquals(ObservationState.SIGNED_OFF, amended.getState());
		assertEquals("Grade agreed with the team leader", amended.getAmendments().get(0).getReason());
	}

	@Test
	void eachPersonChangesOnlyTheirPartAtEachStage() throws Exception {
		DirectObservation observation = planned();
		assertEquals(EnumSet.of(Part.PLAN, Part.OBSERVATION), workflow.editableParts(observation, people.seniorA));
		assertEquals(EnumSet.of(Part.PLAN), workflow.editableParts(observation, people.practitionerA));
		DirectObservation byPractitioner = org.eclipse.emf.ecore.util.EcoreUtil.copy(observation);
		byPractitioner.setGrade(1);
		assertThrows(NotPermittedException.class, () -> workflow.checkChange(observation, byPractitioner, people.practitionerA));
		byPractitioner.setGrade(observation.getGrade());
		byPractitioner.setLearningFocus("Endings");
		workflow.checkChange(observation, byPractitioner, people.practitionerA);
		assertThrows(NotPermittedException.class, () -> workflow.checkChange(observation, byPractitioner, people.practitionerB), "not theirs to see");
	}

	@Test
	void anotherTeamsPractitionerIsOfferedNothing() throws Exception {
		DirectObservation shared = workflow.share(observed(), people.seniorA);
		assertEquals(Set.of(), workflow.availableSteps(shared, people.practitionerB));
		assertTrue(workflow.whyNot(Step.SIGN_OFF, shared, people.practitionerB).orElseThrow().contains("confidential"));
	}

	@Test
	void recommendationsBecomeDevelopmentActionsForThePractitioner() throws Exception {
		DirectObservation observation = observed();
		List<RemedialAction> actions = ObservationWorkflow.developmentActions(observation);
		assertEquals(List.of("Use the three houses tool.", "Share the plan before the visit."), actions.stream().map(RemedialAction::getAction).toList());
		for (RemedialAction action : actions) {
			assertEquals(people.practitionerA.getId(), action.getOwner().getId());
			assertEquals(TODAY.plusMonths(2), action.getDueOn());
			assertEquals(observation, action.getObservation());
		}
	}
}
