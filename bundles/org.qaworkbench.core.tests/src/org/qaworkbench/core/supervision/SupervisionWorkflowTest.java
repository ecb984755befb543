package org.qaworkbench.core.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.qaworkbench.core.store.InvalidRecordException;
import org.qaworkbench.core.store.NotPermittedException;
import org.qaworkbench.core.supervision.SupervisionWorkflow.Step;
import org.qaworkbench.model.Allocation;
import org.qaworkbench.model.Case;
import org.qaworkbench.model.CaseStatus;
import org.qaworkbench.model.CaseworkSupervision;
import org.qaworkbench.model.KeyDate;
import org.qaworkbench.model.KeyDateKind;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.SignOffStep;
import org.qaworkbench.model.SupervisionContract;
import org.qaworkbench.model.SupervisionRecord;
import org.qaworkbench.model.SupervisionSession;
import org.qaworkbench.model.SupervisionState;

class SupervisionWorkflowTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

	private final Fixture people = new Fixture();
	private final SupervisionWorkflow workflow = new SupervisionWorkflow(Clock.fixed(Instant.parse("2026-03-10T10:00:00Z"), ZoneOffset.UTC), people.access(),
			Fixture.policy());

	private SupervisionContract contract() throws Exception {
		return workflow.newContract(people.seniorA, Fixture.reference(people.workerA), Fixture.form(SupervisionForms.CONTRACT), "hash");
	}

	@Test
	void aNewContractIsADraftAtTheDefaultIntervalFollowingItsForm() throws Exception {
		SupervisionContract contract = contract();
		assertEquals(SupervisionState.DRAFT, contract.getState());
		assertEquals("P6W", contract.getFrequencyPeriod());
		assertEquals("P12M", contract.getReviewPeriod());
		assertEquals(SupervisionForms.CONTRACT, contract.getDefinitionId());
		assertEquals("hash", contract.getDefinitionHash());
		people.workerB.setPartTime(true);
		assertEquals("P1M", workflow.newContract(people.seniorB, people.workerB, Fixture.form(SupervisionForms.CONTRACT), "hash").getFrequencyPeriod());
	}

	@Test
	void onlySomeoneInTheSuperviseesManagementLineDrawsUpTheirContract() {
		assertThrows(NotPermittedException.class, () -> workflow.newContract(people.seniorB, people.workerA, Fixture.form(SupervisionForms.CONTRACT), "h"));
		assertThrows(NotPermittedException.class, () -> workflow.newContract(people.workerA, people.workerA, Fixture.form(SupervisionForms.CONTRACT), "h"));
	}

	@Test
	void eachSignsOnlyAsThemselvesWithTheDateThenItIsSignedAndDueForReviewInTwelveMonths() throws Exception {
		SupervisionContract contract = contract();
		assertEquals(EnumSet.of(Step.SIGN_AS_SUPERVISEE), workflow.availableSteps(contract, people.workerA));
		assertEquals(EnumSet.of(Step.SIGN_AS_SUPERVISOR), workflow.availableSteps(contract, people.seniorA));
		assertEquals(EnumSet.noneOf(Step.class), workflow.availableSteps(contract, people.leaderA));
		assertEquals(Optional.of("Only the supervisee, Pat Worker, signs as the supervisee."), workflow.whyNot(Step.SIGN_AS_SUPERVISEE, contract, people.seniorA));

		SupervisionContract byOne = workflow.sign(contract, people.workerA);
		assertEquals(TODAY, byOne.getSignedBySuperviseeOn());
		assertEquals(SupervisionState.DRAFT, byOne.getState());
		assertTrue(workflow.whyNot(Step.SIGN_AS_SUPERVISEE, byOne, people.workerA).orElseThrow().contains("already signed"));
		assertTrue(workflow.whyNotEdit(byOne, people.seniorA).isPresent(), "kept as the supervisee signed it");

		SupervisionContract both = workflow.sign(byOne, people.seniorA);
		assertEquals(SupervisionState.SIGNED, both.getState());
		assertEquals(TODAY, both.getSignedBySupervisorOn());
		assertEquals(List.of(SignOffStep.SUPERVISEE_SIGN_OFF, SignOffStep.SUPERVISOR_SIGN_OFF), both.getSignOffs().stream().map(s -> s.getStep()).toList());
		assertEquals("pat.worker", both.getSignOffs().get(0).getBy());
		assertEquals(TODAY.plusMonths(12), both.getReviewOn());
		assertFalse(SupervisionWorkflow.reviewIsDue(both, TODAY.plusMonths(12).minusDays(1)));
		assertTrue(SupervisionWorkflow.reviewIsDue(both, TODAY.plusMonths(12)));
		assertEquals(EnumSet.of(Step.AMEND, Step.SUPERSEDE), workflow.availableSteps(both, people.seniorA));
		assertEquals(EnumSet.of(Step.SUPERSEDE), workflow.availableSteps(both, people.leaderA), "further up the line: a new contract, not an amendment");
		assertEquals(EnumSet.noneOf(Step.class), workflow.availableSteps(both, people.workerA));
	}

	@Test
	void aLessFrequentIntervalNeedsItsReasonsBeforeSigning() throws Exception {
		SupervisionContract contract = contract();
		contract.setFrequencyPeriod("P8W");
		InvalidRecordException refused = assertThrows(InvalidRecordException.class, () -> workflow.sign(contract, people.workerA));
		assertEquals("reasonsLessFrequent", refused.problems().get(0).field());
		assertEquals("8-weekly is less frequent than the 6-weekly the council expects: record the reasons (for example, part-time working).",
				refused.problems().get(0).message());
		contract.setReasonsLessFrequent("Works two days a week.");
		assertEquals(TODAY, workflow.sign(contract, people.workerA).getSignedBySuperviseeOn());
		contract.setFrequencyPeriod("monthly");
		assertEquals("frequencyPeriod", assertThrows(InvalidRecordException.class, () -> workflow.sign(contract, people.workerA)).problems().get(0).field());
	}

	@Test
	void aSignedRecordIsAmendedOnlyWithAReasonByTheSupervisorOrTheLineManager() throws Exception {
		SupervisionContract signed = workflow.sign(workflow.sign(contract(), people.workerA), people.seniorA);
		SupervisionContract changed = org.eclipse.emf.ecore.util.EcoreUtil.copy(signed);
		changed.setStorage("On the team drive.");
		assertThrows(NotPermittedException.class, () -> workflow.checkChange(signed, changed, people.seniorA));
		assertThrows(InvalidRecordException.class, () -> workflow.amend(signed, changed, people.seniorA, " "));
		assertThrows(NotPermittedException.class, () -> workflow.amend(signed, changed, people.workerA, "Typo"));
		assertThrows(NotPermittedException.class, () -> workflow.amend(signed, org.eclipse.emf.ecore.util.EcoreUtil.copy(signed), people.seniorA, "Nothing"));
		assertThrows(NotPermittedException.class, () -> workflow.amend(signed, changed, people.leaderA, "Not theirs"));
		SupervisionContract amended = workflow.amend(signed, changed, people.seniorA, "Where records are kept was left out.");
		assertEquals("On the team drive.", amended.getStorage());
		assertEquals(SupervisionState.SIGNED, amended.getState());
		assertEquals(2, amended.getSignOffs().size());
		assertEquals("sue.senior", amended.getAmendments().get(0).getBy());
		assertEquals("Where records are kept was left out.", amended.getAmendments().get(0).getReason());
	}

	@Test
	void aNewContractSupersedesTheOldWhichStaysAsItWas() throws Exception {
		SupervisionContract old = workflow.sign(workflow.sign(contract(), people.workerA), people.seniorA);
		old.setId(40);
		old.setReasonsLessFrequent("none");
		assertThrows(NotPermittedException.class, () -> workflow.supersede(contract(), people.seniorA, Fixture.form(SupervisionForms.CONTRACT), "h2"));
		SupervisionContract next = workflow.supersede(old, people.seniorA, Fixture.form(SupervisionForms.CONTRACT), "h2");
		assertEquals(40, next.getSupersedes().getId());
		assertEquals(SupervisionState.DRAFT, next.getState());
		assertEquals("none", next.getReasonsLessFrequent());
		assertEquals(SupervisionState.SIGNED, old.getState());
	}

	@Test
	void aRecordStartsWithTheFormsAgendaRowsAndTheCarriedForwardActionsAndNeedsAPossibleNextTime() throws Exception {
		SupervisionRecord record = workflow.newRecord(people.seniorA, people.workerA, TODAY, Fixture.recordForm(), "h", List.of());
		assertEquals(List.of("training", "health-and-safety"), record.getAgendaItems().stream().map(item -> item.getItemId()).toList());
		assertEquals("Training", record.getAgendaItems().get(0).getTopic());
		record.setNextOn(TODAY.plusWeeks(6));
		record.setNextTime("25:00");
		assertEquals("nextTime", assertThrows(InvalidRecordException.class, () -> workflow.sign(record, people.seniorA)).problems().get(0).field());
		record.setNextTime("14:30");
		record.setNextOn(TODAY);
		assertEquals("nextOn", assertThrows(InvalidRecordException.class, () -> workflow.sign(record, people.seniorA)).problems().get(0).field());
		record.setNextOn(TODAY.plusWeeks(6));
		SupervisionRecord signed = workflow.sign(workflow.sign(record, people.seniorA), people.workerA);
		assertEquals(SupervisionState.SIGNED, signed.getState());
		SupervisionSession line = workflow.heldSession(signed);
		assertTrue(line.isHeld());
		assertEquals("SS", line.getInitials());
		assertEquals(TODAY.plusWeeks(6), line.getNextOn());
	}

	@Test
	void aMissedSessionIsRecordedWithItsReason() throws Exception {
		assertEquals("missedReason", assertThrows(InvalidRecordException.class, () -> workflow.missed(people.seniorA, people.workerA, TODAY, " ", null))
				.problems().get(0).field());
		SupervisionSession missed = workflow.missed(people.seniorA, people.workerA, TODAY, " Supervisee on leave ", TODAY.plusWeeks(1));
		assertFalse(missed.isHeld());
		assertEquals("Supervisee on leave", missed.getMissedReason());
		assertThrows(NotPermittedException.class, () -> workflow.missed(people.seniorB, people.workerA, TODAY, "Leave", null));
	}

	@Test
	void theDateTheChildWasLastSeenIsTheCasesLatestChildSeenKeyDateUpToTheSupervision() throws Exception {
		Case aCase = QaFactory.eINSTANCE.createCase();
		aCase.setCaseNumber("LL100002");
		aCase.setStatus(CaseStatus.CHILD_IN_NEED);
		aCase.setLineManager(Fixture.reference(people.seniorA));
		for (LocalDate seen : List.of(TODAY.minusWeeks(5), TODAY.minusDays(9), TODAY.plusDays(4))) {
			KeyDate visit = QaFactory.eINSTANCE.createKeyDate();
			visit.setKind(KeyDateKind.CHILD_SEEN.getName());
			visit.setDate(seen);
			aCase.getKeyDates().add(visit);
		}
		KeyDate meeting = QaFactory.eINSTANCE.createKeyDate();
		meeting.setKind(KeyDateKind.SUPPORT_MEETING.getName());
		meeting.setDate(TODAY.minusDays(2));
		aCase.getKeyDates().add(meeting);

		CaseworkSupervision casework = workflow.newCasework(aCase, people.seniorA, TODAY, Optional.empty(), Fixture.form(SupervisionForms.CASEWORK), "h");
		assertEquals(TODAY.minusDays(9), casework.getChildLastSeenOn(), "the latest time seen, not a visit still to come nor another key date");
		assertEquals(TODAY.minusWeeks(5), workflow.newCasework(aCase, people.seniorA, TODAY.minusWeeks(2), Optional.empty(),
				Fixture.form(SupervisionForms.CASEWORK), "h").getChildLastSeenOn(), "as it was on the day of a back-dated record");
		aCase.getKeyDates().removeIf(keyDate -> KeyDateKind.CHILD_SEEN.getName().equals(keyDate.getKind()));
		assertNull(workflow.newCasework(aCase, people.seniorA, TODAY, Optional.empty(), Fixture.form(SupervisionForms.CASEWORK), "h").getChildLastSeenOn(),
				"not known: left for the supervisor to write");
	}

	@Test
	void caseworkSupervisionIsFilledFromTheCaseAndSignedByTheSupervisorAlone() throws Exception {
		Case aCase = QaFactory.eINSTANCE.createCase();
		aCase.setCaseNumber("LL100001");
		aCase.setStatus(CaseStatus.CHILD_PROTECTION);
		aCase.setLineManager(Fixture.reference(people.seniorA));
		Allocation allocation = QaFactory.eINSTANCE.createAllocation();
		allocation.setWorker(Fixture.reference(people.workerA));
		allocation.setAllocatedOn(TODAY.minusMonths(4));
		aCase.getAllocations().add(allocation);
		KeyDate assessed = QaFactory.eINSTANCE.createKeyDate();
		assessed.setKind(KeyDateKind.ASSESSMENT.getName());
		assessed.setDate(TODAY.minusMonths(2));
		aCase.getKeyDates().add(assessed);
		CaseworkSupervision previous = QaFactory.eINSTANCE.createCaseworkSupervision();
		previous.setPurposeOfInvolvement("Neglect");
		var action = QaFactory.eINSTANCE.createAgreedAction();
		action.setAction("Visit school");
		action.setByWhom("PW");
		action.setDueOn(TODAY.minusDays(3));
		previous.getActions().add(action);

		CaseworkSupervision casework = workflow.newCasework(aCase, people.seniorA, TODAY, Optional.of(previous), Fixture.form(SupervisionForms.CASEWORK), "h");
		assertEquals(CaseStatus.CHILD_PROTECTION, casework.getCaseStatus());
		assertEquals(people.workerA.getId(), casework.getWorker().getId());
		assertEquals(TODAY.minusMonths(2), casework.getLastAssessmentOn());
		assertEquals("Neglect", casework.getPurposeOfInvolvement());
		assertEquals("- Visit school (PW, 07/03/2026)", casework.getReviewOfActions());
		assertThrows(NotPermittedException.class,
				() -> workflow.newCasework(aCase, people.seniorB, TODAY, Optional.empty(), Fixture.form(SupervisionForms.CASEWORK), "h"));

		assertEquals(EnumSet.of(Step.SIGN_AS_SUPERVISOR), workflow.availableSteps(casework, people.seniorA));
		assertEquals(EnumSet.noneOf(Step.class), workflow.availableSteps(casework, people.workerA));
		casework.getActions().add(QaFactory.eINSTANCE.createAgreedAction());
		casework.getActions().get(0).setAction("Core group");
		assertEquals("actions[0].byWhom", assertThrows(InvalidRecordException.class, () -> workflow.sign(casework, people.seniorA)).problems().get(0).field());
		casework.getActions().get(0).setByWhom("PW");
		casework.getActions().get(0).setDueOn(TODAY.plusWeeks(2));
		CaseworkSupervision signed = workflow.sign(casework, people.seniorA);
		assertEquals(SupervisionState.SIGNED, signed.getState());
		assertEquals(EnumSet.of(Step.AMEND), workflow.availableSteps(signed, people.seniorA));
	}
}
