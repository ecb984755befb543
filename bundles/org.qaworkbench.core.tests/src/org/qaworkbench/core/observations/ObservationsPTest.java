package org.qaworkbench.core.observations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.core.observations.ObservationWorkflow.Step;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.NotPermittedException;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.testing.TestAccounts;
import org.qaworkbench.model.Consent;
import org.qaworkbench.model.DirectObservation;
import org.qaworkbench.model.Item;
import org.qaworkbench.model.ObservationState;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.RemedialAction;
import org.qaworkbench.model.StaffMember;

/** The whole stage sequence in a real store, as the senior practitioner and the practitioner take it. */
class ObservationsPTest {

	private static final Instant NOW = Instant.parse("2026-03-10T10:00:00Z");

	@TempDir
	Path temp;

	@Test
	void plannedObservedSharedRepliedSignedOffByBothStoredWithItsActionsAndHiddenFromOthers() throws Exception {
		try (Store store = TestAccounts.open(temp.resolve("data"))) {
			Map<String, StaffMember> staff = staff(store);
			Actor senior = new Actor("sue.senior");
			Actor practitioner = new Actor("pat.worker");
			Actor other = new Actor("pip.other");
			Observations observations = new Observations(store, Clock.fixed(NOW, ZoneOffset.UTC));
			assertTrue(observations.due(staff.get("sue.senior")).get(0).overdue(), "never observed, started years ago");

			DirectObservation planned = observations.plan(staff.get("pat.worker"), LocalDate.of(2026, 3, 9), senior);
			planned.setCaseNumber("LL100001");
			planned.setSetting("Home visit");
			planned.setAgreedObjectives("Objectives");
			planned.setLearningFocus("Focus");
			planned.setObserverRole("Role");
			planned.setFeedbackPlan("Feedback in supervision");
			Consent consent = QaFactory.eINSTANCE.createConsent();
			consent.setGivenBy("Mother");
			consent.setGivenTo("Sue Senior");
			consent.setGivenOn(LocalDate.of(2026, 3, 1));
			planned.setConsent(consent);
			ObservationForm form = observations.formOf(planned).orElseThrow();
			for (Item prompt : form.prompts()) {
				ObservationWorkflow.setNarrative(planned, prompt.getItemId(), "Narrative for " + prompt.getItemId());
			}
			planned.setGrade(2);
			planned.setRecommendations("Plan endings.\nUse the three houses.");
			planned.setActionsDueOn(LocalDate.of(2026, 5, 1));
			DirectObservation observed = observations.take(Step.RECORD, planned, senior);
			DirectObservation shared = observations.take(Step.SHARE, observed, senior);

			assertTrue(observations.find(shared.getId(), staff.get("pip.other")).isEmpty(), "another team's practitioner cannot open it");
			assertEquals(List.of(), observations.visibleTo(staff.get("pip.other")));
			assertThrows(NotPermittedException.class, () -> observations.take(Step.SIGN_OFF, shared, other));

			DirectObservation mine = observations.find(shared.getId(), staff.get("pat.worker")).orElseThrow();
			mine.setPractitionerReflection("I would plan the ending better.");
			mine.setPractitionerComment("Fair.");
			DirectObservation replied = observations.take(Step.REFLECT, mine, practitioner);
			DirectObservation one = observations.take(Step.SIGN_OFF, replied, practitioner);
			DirectObservation both = observations.take(Step.SIGN_OFF, one, senior);
			assertEquals(ObservationState.SIGNED_OFF, both.getState());

			DirectObservation stored = store.records().find(DirectObservation.class, both.getId()).orElseThrow();
			assertEquals("Focus", stored.getLearningFocus());
			assertEquals("I would plan the ending better.", stored.getPractitionerReflection());
			assertEquals(6, stored.getSignOffs().size());
			assertEquals(form.prompts().size(), stored.getNarratives().size());
			List<RemedialAction> actions = observations.actionsOf(stored);
			assertEquals(List.of("Plan endings.", "Use the three houses."), actions.stream().map(RemedialAction::getAction).toList());
			assertEquals(staff.get("pat.worker").getId(), actions.get(0).getOwner().getId());

			DirectObservation changed = EcoreUtil.copy(stored);
			changed.setGrade(1);
			assertThrows(NotPermittedException.class, () -> observations.save(changed, senior), "locked");
			assertEquals(1, observations.amend(changed, "Agreed with the team leader", senior).getGrade());
			assertEquals(1, store.records().find(DirectObservation.class, both.getId()).orElseThrow().getAmendments().size());

			ObservationsDue.Row row = observations.due(staff.get("sue.senior")).stream().filter(r -> r.practitioner().getUserId().equals("pat.worker"))
					.findFirst().orElseThrow();
			assertEquals(LocalDate.of(2027, 3, 10), row.nextDue(), "due list moved a year on from the sign-off");
		}
	}

	private static Map<String, StaffMember> staff(Store store) throws Exception {
		Actor admin = new Actor("admin");
		StaffMember leader = store.records().save(member("Ann Leader", org.qaworkbench.model.Role.TEAM_LEADER, null), admin);
		StaffMember senior = store.records().save(member("Sue Senior", org.qaworkbench.model.Role.SENIOR_PRACTITIONER, leader), admin);
		StaffMember worker = store.records().save(member("Pat Worker", org.qaworkbench.model.Role.PRACTITIONER, senior), admin);
		StaffMember otherLeader = store.records().save(member("Bob Leader", org.qaworkbench.model.Role.TEAM_LEADER, null), admin);
		StaffMember other = store.records().save(member("Pip Other", org.qaworkbench.model.Role.PRACTITIONER, otherLeader), admin);
		return Map.of("sue.senior", senior, "pat.worker", worker, "pip.other", other, "ann.leader", leader);
	}

	private static StaffMember member(String name, org.qaworkbench.model.Role role, StaffMember lineManager) {
		StaffMember staff = QaFactory.eINSTANCE.createStaffMember();
		staff.setName(name);
		staff.setUserId(name.toLowerCase().replace(' ', '.'));
		staff.getRoles().add(role);
		staff.setLineManager(lineManager);
		staff.setStartDate(LocalDate.of(2020, 1, 6));
		return staff;
	}
}
