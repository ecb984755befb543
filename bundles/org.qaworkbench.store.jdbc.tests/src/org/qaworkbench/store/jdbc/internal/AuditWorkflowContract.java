package org.qaworkbench.store.jdbc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qaworkbench.core.audits.AuditWorkflow;
import org.qaworkbench.core.audits.AuditWorkflow.Step;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.History;
import org.qaworkbench.core.store.InvalidRecordException;
import org.qaworkbench.core.store.NotPermittedException;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.AssessmentState;
import org.qaworkbench.model.AuditKind;
import org.qaworkbench.model.Case;
import org.qaworkbench.model.Locality;
import org.qaworkbench.model.RemedialAction;
import org.qaworkbench.model.Role;
import org.qaworkbench.model.SignOffStep;
import org.qaworkbench.model.StaffMember;

/** The audit's steps, each by the right person only, with the lock and amendments after completion. */
abstract class AuditWorkflowContract extends EngineTestCase {

	private static final Actor AUDITOR = new Actor("tl.hadley");
	private static final Actor MANAGER = new Actor("sdm");
	private static final Actor LINE_MANAGER = new Actor("sp.hadley");
	private static final Actor PRACTITIONER = new Actor("pr.hadley");
	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private StoreFixture fixture;
	private Clock clock = Clock.fixed(Instant.parse("2026-04-01T10:00:00Z"), LONDON);
	private Locality hadley;
	private StaffMember auditor;
	private Assessment audit;

	@BeforeEach
	void aDraftAuditOfACase() throws Exception {
		fixture = newFixture();
		hadley = Samples.QA.createLocality();
		hadley.setName("Hadley");
		hadley = fixture.store.records().save(hadley, StoreFixture.ALEX);
		staff("Dana Manager", "sdm", Role.SERVICE_DELIVERY_MANAGER, null);
		auditor = staff("Terry Leader", AUDITOR.userId(), Role.TEAM_LEADER, null);
		StaffMember lineManager = staff("Sam Senior", LINE_MANAGER.userId(), Role.SENIOR_PRACTITIONER, hadley);
		StaffMember practitioner = staff("Pat Worker", PRACTITIONER.userId(), Role.PRACTITIONER, hadley);
		Case aCase = Samples.aCase("LL000001", practitioner);
		aCase.setLineManager(lineManager);
		aCase.setLocality(hadley);
		fixture.store.records().save(aCase, StoreFixture.ALEX);
		org.qaworkbench.model.ChecklistDefinition definition = Samples.auditDefinition(3);
		org.qaworkbench.model.ScoringRule overall = Samples.QA.createScoringRule();
		overall.setMethod(org.qaworkbench.model.ScoringMethod.MEAN_GRADE);
		definition.setOverallScoring(overall);
		String hash = fixture.store.definitions().store(definition, StoreFixture.ALEX);
		Assessment draft = Samples.audit(hash, 3, "LL000001");
		draft.setState(AssessmentState.DRAFT);
		draft.setCompletedOn(null);
		draft.setJudgement(null);
		draft.setLocality(hadley);
		draft.getAssessors().add(auditor);
		audit = fixture.store.records().save(draft, AUDITOR);
	}

	@AfterEach
	void close() {
		fixture.close();
	}

	@Test
	void anAuditGoesFromDraftToClosedWithEveryStepRecorded() throws Exception {
		RemedialAction first = action("Update the chronology", LocalDate.of(2026, 4, 20));
		RemedialAction second = action("Record the child's views", LocalDate.of(2026, 5, 1));

		audit = workflow().complete(audit, AUDITOR);
		assertEquals(AssessmentState.COMPLETED, audit.getState());
		assertEquals(LocalDate.of(2026, 4, 1), audit.getCompletedOn());
		assertEquals("3", audit.getJudgement(), "the judgement defaults to the computed overall grade (mean of 2, 3, 4)");
		for (RemedialAction action : workflow().actionsOf(audit)) {
			assertEquals(LocalDate.of(2026, 7, 1), action.getFollowUp().getDueOn());
		}

		audit = workflow().moderate(audit, "4", "Management oversight is weaker than graded", MANAGER);
		assertEquals("3", audit.getJudgement(), "the auditor's grade is kept");
		assertEquals("4", audit.getModeratedJudgement());

		assertRefused(() -> workflow().share(audit, LocalDate.of(2026, 4, 2), LINE_MANAGER), "sharedOn: the supervision date must be between");
		audit = workflow().share(audit, LocalDate.of(2026, 4, 1), LINE_MANAGER);
		assertEquals(LocalDate.of(2026, 4, 1), audit.getSharedOn());
		audit = workflow().respond(audit, "I have updated the chronology.", PRACTITIONER);

		workflow().recordAddressed(reload(first), "Chronology brought up to date", LocalDate.of(2026, 4, 1), null, LINE_MANAGER);
		assertEquals("SS", reload(first).getInitials(), "the line manager's own initials when none are typed");

		NotPermittedException early = assertThrows(NotPermittedException.class, () -> workflow().close(audit, AUDITOR));
		assertTrue(early.getMessage().contains("2 action(s) still wait for their 3-month follow-up"), early.getMessage());

		clock = Clock.offset(clock, java.time.Duration.ofDays(92));
		workflow().recordAddressed(reload(second), "Views recorded in the child's words", LocalDate.of(2026, 4, 28), null, LINE_MANAGER);
		assertTrue(AuditWorkflow.followUpDue(reload(first), workflow().today()), "due three months after completion");
		for (RemedialAction action : workflow().actionsOf(audit)) {
			workflow().recordFollowUp(action, true, "Done, the file meets the standard", AUDITOR);
		}
		audit = workflow().close(audit, AUDITOR);

		assertEquals(List.of(SignOffStep.COMPLETION, SignOffStep.MODERATION, SignOffStep.SHARING, SignOffStep.PRACTITIONER_RESPONSE, SignOffStep.CLOSURE),
				audit.getSignOffs().stream().map(signOff -> signOff.getStep()).toList());
		assertEquals(List.of("tl.hadley", "sdm", "sp.hadley", "pr.hadley", "tl.hadley"), audit.getSignOffs().stream().map(signOff -> signOff.getBy()).toList());
		assertEquals("Management oversight is weaker than graded", audit.getSignOffs().get(1).getNote());
	}

	@Test
	void anAuditClosesOnlyOnceEveryActionIsAddressedAndItsFollowUpFoundItDone() throws Exception {
		RemedialAction action = action("Update the chronology", LocalDate.of(2026, 4, 20));
		audit = workflow().complete(audit, AUDITOR);
		audit = workflow().moderate(audit, null, null, MANAGER);
		audit = workflow().share(audit, LocalDate.of(2026, 4, 1), LINE_MANAGER);
		clock = Clock.offset(clock, java.time.Duration.ofDays(92));

		InvalidRecordException notAddressed = assertThrows(InvalidRecordException.class,
				() -> workflow().recordFollowUp(reload(action), true, "Looks done", AUDITOR));
		assertEquals(List.of("followUp.done"), notAddressed.problems().stream().map(problem -> problem.field()).toList(),
				"an action the line manager has not addressed cannot be found done, so it is never overdue and done at once");
		workflow().recordFollowUp(reload(action), false, "Not yet done; raised again in supervision", AUDITOR);
		NotPermittedException open = assertThrows(NotPermittedException.class, () -> workflow().close(audit, AUDITOR));
		assertTrue(open.getMessage().startsWith("1 action(s) are not done yet"), open.getMessage());
		assertEquals(AssessmentState.SHARED, fixture.store.records().resolve(audit).orElseThrow().getState());

		workflow().recordAddressed(reload(action), "Chronology brought up to date", LocalDate.of(2026, 7, 2), null, LINE_MANAGER);
		workflow().recordFollowUp(reload(action), true, "Done, the file meets the standard", AUDITOR);
		assertEquals(AssessmentState.CLOSED, workflow().close(audit, AUDITOR).getState());
	}

	@Test
	void eachStepRefusesTheWrongPersonAndSaysWhy() throws Exception {
		assertRefused(() -> workflow().complete(audit, LINE_MANAGER), "Only the audit's auditor can complete it. You are signed in as Sam Senior (senior practitioner).");
		assertRefused(() -> workflow().complete(audit, new Actor("stranger")), "\"stranger\" is not on the staff list");
		assertRefused(() -> workflow().moderate(audit, null, null, MANAGER), "Only a Completed audit can be asked to moderate; this one is Draft.");
		audit = workflow().complete(audit, AUDITOR);
		assertRefused(() -> workflow().moderate(audit, null, null, AUDITOR), "You may not moderate a case audit (only: service delivery manager). You are signed in as Terry Leader (team leader).");
		audit = workflow().moderate(audit, null, null, MANAGER);
		assertNull(audit.getModeratedJudgement(), "agreeing keeps the auditor's grade");
		assertRefused(() -> workflow().share(audit, LocalDate.of(2026, 4, 1), AUDITOR), "Only the case's line manager can record the sharing of an audit.");
		audit = workflow().share(audit, LocalDate.of(2026, 4, 1), LINE_MANAGER);
		assertRefused(() -> workflow().respond(audit, "Thanks", LINE_MANAGER), "Only the practitioner the case is allocated to can respond to an audit.");
		assertRefused(() -> workflow().close(audit, PRACTITIONER), "Only the auditor or a service delivery manager can close an audit.");
		assertEquals(AssessmentState.SHARED, fixture.store.records().resolve(audit).orElseThrow().getState(), "refusals change nothing");
	}

	@Test
	void eachPersonIsOfferedTheStepsTheyMayTakeNow() throws Exception {
		assertEquals(Set.of(Step.COMPLETE), workflow().availableSteps(audit, AUDITOR));
		assertEquals(Set.of(), workflow().availableSteps(audit, MANAGER));
		assertEquals(Optional.of("Only the audit's auditor can complete it. You are signed in as Dana Manager (service delivery manager)."),
				workflow().whyNot(Step.COMPLETE, audit, MANAGER));
		audit = workflow().complete(audit, AUDITOR);
		assertEquals(Set.of(Step.AMEND), workflow().availableSteps(audit, AUDITOR));
		assertEquals(Set.of(Step.MODERATE, Step.AMEND), workflow().availableSteps(audit, MANAGER));
		assertEquals(Set.of(), workflow().availableSteps(audit, LINE_MANAGER));
		audit = workflow().moderate(audit, null, null, MANAGER);
		assertEquals(Set.of(Step.SHARE), workflow().availableSteps(audit, LINE_MANAGER));
		audit = workflow().share(audit, LocalDate.of(2026, 4, 1), LINE_MANAGER);
		assertEquals(Set.of(Step.RESPOND), workflow().availableSteps(audit, PRACTITIONER));
		assertEquals(Set.of(Step.CLOSE, Step.AMEND), workflow().availableSteps(audit, AUDITOR), "no actions wait for a follow-up");
	}

	@Test
	void anyChecklistIsCompletedTheSameWaySignedOffByWhoeverTakesItUpWhenNobodyStartedItSignedIn() throws Exception {
		org.qaworkbench.model.ChecklistDefinition counted = Samples.auditDefinition(3);
		counted.setDefinitionId("test.visit");
		counted.setSubjectKind(org.qaworkbench.model.SubjectKind.GROUP_SESSION);
		org.qaworkbench.model.ScoringRule yes = Samples.QA.createScoringRule();
		yes.setMethod(org.qaworkbench.model.ScoringMethod.COUNT_YES);
		counted.setOverallScoring(yes);
		Assessment visit = Samples.audit(fixture.store.definitions().store(counted, StoreFixture.ALEX), 3, "Tuesday group");
		visit.setDefinitionId("test.visit");
		visit.setSubjectKind(org.qaworkbench.model.SubjectKind.GROUP_SESSION);
		visit.setState(AssessmentState.DRAFT);
		visit.setCompletedOn(null);
		visit.setJudgement(null);
		visit = fixture.store.records().save(visit, StoreFixture.ALEX);

		Assessment completed = workflow().complete(visit, LINE_MANAGER);

		assertEquals(LocalDate.of(2026, 4, 1), completed.getCompletedOn());
		assertEquals(List.of(LINE_MANAGER.userId()), completed.getAssessors().stream().map(staff -> fixture.store.records().resolve(staff).orElseThrow().getUserId()).toList(),
				"nobody was its assessor: the one who completes it is");
		assertEquals(List.of(SignOffStep.COMPLETION), completed.getSignOffs().stream().map(signOff -> signOff.getStep()).toList());
		assertEquals(clock.instant(), completed.getSignOffs().get(0).getAt());
		assertNull(completed.getJudgement(), "a count of Yes is no grade to judge by");
	}

	@Test
	void completionNeedsDueDatesAndForAThemedAuditItsThemeAndAReasonToAuditOnesOwnLocality() throws Exception {
		action("Undated action", null);
		auditor.setLocality(hadley);
		fixture.store.records().save(auditor, StoreFixture.ALEX);
		audit.setAuditKind(AuditKind.CROSS_LOCALITY);
		InvalidRecordException refused = assertThrows(InvalidRecordException.class, () -> workflow().complete(audit, AUDITOR));
		assertEquals(List.of("actions[1].dueOn", "theme", "ownLocalityReason"), refused.problems().stream().map(problem -> problem.field()).toList());
		assertEquals(AssessmentState.DRAFT, fixture.store.records().resolve(audit).orElseThrow().getState());
	}

	@Test
	void aCompletedAuditChangesOnlyThroughAnAmendmentKeptInTheHistory() throws Exception {
		audit = workflow().complete(audit, AUDITOR);
		Assessment edited = fixture.store.records().resolve(audit).orElseThrow();
		edited.getAnswers().get(0).setValue("1");
		NotPermittedException locked = assertThrows(NotPermittedException.class, () -> fixture.store.records().save(edited, AUDITOR));
		assertTrue(locked.getMessage().contains("is Completed and locked: change it through an amendment with a reason"), locked.getMessage());
		assertRefused(() -> workflow().amend(edited, " ", AUDITOR), "amendments.reason: an amendment needs a reason");

		Assessment amended = workflow().amend(edited, "Misread the chronology", AUDITOR);
		assertEquals("1", amended.getAnswers().get(0).getValue());
		assertEquals("Misread the chronology", amended.getAmendments().get(0).getReason());
		List<History.Entry> history = fixture.store.history().of(amended);
		History.Entry last = history.get(history.size() - 1);
		assertTrue(last.changes().stream().anyMatch(change -> change.field().startsWith("answers") && change.after().equals("1")), last.changes().toString());
		assertTrue(last.changes().stream().anyMatch(change -> change.after().equals("Misread the chronology")), last.changes().toString());

		amended.getAmendments().clear();
		assertThrows(NotPermittedException.class, () -> fixture.store.records().save(amended, AUDITOR), "amendments cannot be taken back");
	}

	private AuditWorkflow workflow() {
		return new AuditWorkflow(fixture.store, clock);
	}

	private StaffMember staff(String name, String userId, Role role, Locality locality) throws Exception {
		StaffMember staff = Samples.QA.createStaffMember();
		staff.setName(name);
		staff.setInitials(name.replaceAll("[^A-Z]", ""));
		staff.setUserId(userId);
		staff.getRoles().add(role);
		staff.setLocality(locality);
		return fixture.store.records().save(staff, StoreFixture.ALEX);
	}

	private RemedialAction action(String text, LocalDate dueOn) throws Exception {
		RemedialAction action = Samples.QA.createRemedialAction();
		action.setAssessment(audit);
		action.setAction(text);
		action.setDueOn(dueOn);
		return fixture.store.records().save(action, AUDITOR);
	}

	private RemedialAction reload(RemedialAction action) {
		return fixture.store.records().resolve(action).orElseThrow();
	}

	private static void assertRefused(org.junit.jupiter.api.function.Executable step, String message) {
		Exception refused = assertThrows(Exception.class, step);
		assertTrue(refused instanceof NotPermittedException || refused instanceof InvalidRecordException, refused.toString());
		assertTrue(refused.getMessage().contains(message), refused.getMessage());
	}
}
