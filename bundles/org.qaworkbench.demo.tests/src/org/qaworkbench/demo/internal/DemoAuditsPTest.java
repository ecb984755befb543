package org.qaworkbench.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.core.audits.AuditWorkflow;
import org.qaworkbench.core.audits.FollowUpStatus;
import org.qaworkbench.core.audits.Staff;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.testing.TestAccounts;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.AssessmentState;
import org.qaworkbench.model.AuditKind;
import org.qaworkbench.model.AuditTheme;
import org.qaworkbench.model.Case;
import org.qaworkbench.model.CaseworkSupervision;
import org.qaworkbench.model.RemedialAction;
import org.qaworkbench.model.Role;
import org.qaworkbench.model.SignOff;
import org.qaworkbench.model.SignOffStep;
import org.qaworkbench.model.StaffMember;

/** The demo's audits are ones the audit workflow could have made: right steps, right people, right dates. */
class DemoAuditsPTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	@TempDir
	static Path temp;
	private static Store store;
	private static final List<Assessment> audits = new ArrayList<>();
	private static final List<RemedialAction> actions = new ArrayList<>();
	private static final Map<String, Case> cases = new HashMap<>();
	private static final Map<String, StaffMember> staffByUserId = new HashMap<>();

	@BeforeAll
	static void generate() throws Exception {
		store = TestAccounts.open(temp.resolve("data"));
		new DemoService(store, new Actor("demo"), 3, 1, TODAY).generate(DemoServicePTest.definition());
		store.records().forEach(Assessment.class, audits::add);
		store.records().forEach(RemedialAction.class, action -> { if (action.getAssessment() != null) { actions.add(action); } }); // development actions of observations: DemoObservationsPTest
		store.records().forEach(Case.class, aCase -> cases.put(aCase.getCaseNumber(), aCase));
		for (StaffMember staff : store.records().list(StaffMember.class)) {
			assertNull(staffByUserId.put(staff.getUserId(), staff), "user ids are unique: " + staff.getUserId());
		}
	}

	@AfterAll
	static void close() {
		store.close();
	}

	@Test
	void everyMemberOfStaffSignsInWithTheirOwnFirstDotLastUserId() {
		List<StaffMember> staff = store.records().list(StaffMember.class);
		assertEquals(staff.size(), staffByUserId.size());
		for (StaffMember member : staff) {
			assertTrue(member.getUserId().matches("[a-z]+\\.[a-z]+[0-9]*"), member.getUserId());
			assertTrue(member.getUserId().startsWith(member.getName().toLowerCase().replace(' ', '.')), member.getUserId() + " for " + member.getName());
		}
	}

	@Test
	void eachStateHasTheSignOffsOfItsStepsInOrder() {
		Map<AssessmentState, Integer> counts = new EnumMap<>(AssessmentState.class);
		for (Assessment audit : audits) {
			counts.merge(audit.getState(), 1, Integer::sum);
			List<SignOffStep> steps = audit.getSignOffs().stream().map(SignOff::getStep).toList();
			List<SignOffStep> expected = switch (audit.getState()) {
			case DRAFT -> List.of();
			case COMPLETED -> List.of(SignOffStep.COMPLETION);
			case MODERATED -> List.of(SignOffStep.COMPLETION, SignOffStep.MODERATION);
			case SHARED -> withResponse(audit, List.of(SignOffStep.COMPLETION, SignOffStep.MODERATION, SignOffStep.SHARING));
			case CLOSED -> withResponse(audit, List.of(SignOffStep.COMPLETION, SignOffStep.MODERATION, SignOffStep.SHARING, SignOffStep.CLOSURE));
			};
			assertEquals(expected, steps, audit.getSubjectKey() + " " + audit.getState());
			assertEquals(audit.getState() == AssessmentState.DRAFT, audit.getCompletedOn() == null);
			assertEquals(audit.getState().getValue() >= AssessmentState.SHARED_VALUE, audit.getSharedOn() != null);
			LocalDate previous = audit.getCompletedOn();
			for (SignOff signOff : audit.getSignOffs()) {
				LocalDate on = LocalDate.ofInstant(signOff.getAt(), LONDON);
				assertFalse(on.isBefore(previous) || on.isAfter(TODAY), audit.getSubjectKey() + " " + signOff.getStep() + " on " + on);
				previous = on;
			}
			if (audit.getSharedOn() != null) {
				assertFalse(audit.getSharedOn().isBefore(audit.getCompletedOn()) || audit.getSharedOn().isAfter(TODAY));
				assertEquals(audit.getSharedOn(), signOff(audit, SignOffStep.SHARING).getAt().atZone(LONDON).toLocalDate());
			}
		}
		assertEquals(Set.of(AssessmentState.values()), counts.keySet(), "every state: " + counts);
		assertTrue(counts.values().stream().allMatch(count -> count >= 5), "several of each: " + counts);
	}

	@Test
	void theCaseDetailsQuestionsAreAnsweredFromTheCase() {
		for (Assessment audit : audits) {
			assertEquals(List.of(audit.getSubjectKey()), audit.getAnswers().stream().filter(answer -> answer.getItemId().equals("details-llcs"))
					.map(answer -> answer.getValue()).toList());
		}
	}

	@Test
	void theDateOfMostRecentSupervisionIsTheCasesLatestCaseworkSupervisionBeforeTheAudit() {
		Map<String, List<LocalDate>> supervision = new HashMap<>();
		store.records().forEach(CaseworkSupervision.class, record -> supervision.computeIfAbsent(record.getCaseNumber(), key -> new ArrayList<>()).add(record.getHeldOn()));
		int dated = 0;
		for (Assessment audit : audits) {
			LocalDate auditedOn = LocalDate.parse(answer(audit, "details-audit-date"));
			String expected = supervision.getOrDefault(audit.getSubjectKey(), List.of()).stream().filter(on -> !on.isAfter(auditedOn))
					.max(LocalDate::compareTo).map(LocalDate::toString).orElse(null);
			assertEquals(expected, answer(audit, "details-supervision-date"), audit.getSubjectKey() + " audited on " + auditedOn);
			dated += expected == null ? 0 : 1;
		}
		assertTrue(dated > audits.size() / 2, "most audited cases had casework supervision before the audit: " + dated + " of " + audits.size());
	}

	private static String answer(Assessment audit, String itemId) {
		return audit.getAnswers().stream().filter(answer -> answer.getItemId().equals(itemId)).map(answer -> answer.getValue()).findFirst().orElse(null);
	}

	@Test
	void eachStepIsTakenByThePersonTheWorkflowAllows() {
		for (Assessment audit : audits) {
			Case aCase = cases.get(audit.getSubjectKey());
			for (SignOff signOff : audit.getSignOffs()) {
				StaffMember by = staffByUserId.get(signOff.getBy());
				assertNotNull(by, "signed off by a member of staff: " + signOff.getBy());
				assertEquals(by.getRoles().get(0), signOff.getRole(), "the role they hold");
				String step = audit.getSubjectKey() + " " + signOff.getStep();
				switch (signOff.getStep()) {
				case COMPLETION, CLOSURE -> assertTrue(Staff.isAssessor(audit, by), step + " by the auditor");
				case MODERATION -> assertTrue(Staff.has(by, Role.SERVICE_DELIVERY_MANAGER), step + " by the service delivery manager");
				case SHARING -> assertTrue(Staff.same(aCase.getLineManager(), by), step + " by the case's line manager");
				case PRACTITIONER_RESPONSE -> assertTrue(Staff.same(Staff.currentWorker(aCase).orElseThrow(), by), step + " by the case's worker");
				}
			}
			assertEquals(audit.getPractitionerResponse() != null, audit.getSignOffs().stream().anyMatch(s -> s.getStep() == SignOffStep.PRACTITIONER_RESPONSE));
		}
		assertTrue(audits.stream().anyMatch(audit -> audit.getPractitionerResponse() != null), "some practitioners respond");
	}

	@Test
	void aboutOneModerationInSixChangesTheGradeWithAReason() {
		List<Assessment> moderated = audits.stream().filter(audit -> audit.getState().getValue() >= AssessmentState.MODERATED_VALUE).toList();
		long changed = 0;
		for (Assessment audit : moderated) {
			SignOff moderation = signOff(audit, SignOffStep.MODERATION);
			if (audit.getModeratedJudgement() == null) {
				assertNull(audit.getModerationReason());
				assertEquals("Agreed", moderation.getNote());
			} else {
				changed++;
				assertFalse(audit.getModeratedJudgement().equals(audit.getJudgement()));
				assertFalse(audit.getModerationReason().isBlank());
				assertEquals(audit.getModerationReason(), moderation.getNote());
			}
		}
		assertTrue(changed >= moderated.size() / 12 && changed <= moderated.size() / 3, changed + " of " + moderated.size() + " changed");
	}

	@Test
	void aThirdAreThemedCrossLocalityAuditsByAnotherLocalitysTeamLeader() {
		Set<String> themes = new HashSet<>(store.records().list(AuditTheme.class).stream().map(AuditTheme::getName).toList());
		Map<Long, StaffMember> staff = new HashMap<>();
		staffByUserId.values().forEach(member -> staff.put(member.getId(), member));
		long cross = 0;
		for (Assessment audit : audits) {
			StaffMember auditor = staff.get(audit.getAssessors().get(0).getId());
			Case aCase = cases.get(audit.getSubjectKey());
			if (audit.getAuditKind() == AuditKind.CROSS_LOCALITY) {
				cross++;
				assertTrue(themes.contains(audit.getTheme()), audit.getTheme());
				assertTrue(Staff.has(auditor, Role.TEAM_LEADER));
				assertFalse(Staff.same(auditor.getLocality(), audit.getLocality()), "from another locality");
			} else {
				assertEquals(AuditKind.PRACTITIONER, audit.getAuditKind());
				assertNull(audit.getTheme());
				assertTrue(Staff.has(auditor, Role.TEAM_LEADER) || Staff.has(auditor, Role.SENIOR_PRACTITIONER));
				assertTrue(Staff.same(auditor.getLocality(), audit.getLocality()), "from the case's own locality");
				assertFalse(Staff.same(auditor, aCase.getLineManager()), "not the worker's own line manager");
			}
		}
		assertTrue(cross > audits.size() / 5 && cross < audits.size() / 2, cross + " of " + audits.size() + " cross-locality");
	}

	@Test
	void actionsBelongToTheWorkerAndClosedAuditsHaveEveryFollowUpRecorded() {
		Map<Long, Assessment> byId = new HashMap<>();
		audits.forEach(audit -> byId.put(audit.getId(), audit));
		Set<Long> withOpenFollowUps = new HashSet<>();
		int overdue = 0;
		int followUpsDue = 0;
		int followedUp = 0;
		for (RemedialAction action : actions) {
			Assessment audit = byId.get(action.getAssessment().getId());
			Case aCase = cases.get(audit.getSubjectKey());
			assertTrue(audit.getState() != AssessmentState.DRAFT, "actions of completed audits");
			assertTrue(Staff.same(Staff.currentWorker(aCase).orElseThrow(), action.getOwner()), "owned by the case's worker");
			assertEquals(audit.getCompletedOn().plusMonths(AuditWorkflow.FOLLOW_UP_MONTHS), action.getFollowUp().getDueOn());
			if (action.getCompletedOn() != null) {
				assertFalse(action.getHowAddressed().isBlank());
				assertEquals(staff(aCase.getLineManager()).getInitials(), action.getInitials(), "recorded by the line manager");
				assertFalse(action.getCompletedOn().isAfter(TODAY) || action.getCompletedOn().isBefore(audit.getCompletedOn()));
			}
			if (AuditWorkflow.followUpOpen().test(action)) {
				withOpenFollowUps.add(audit.getId());
			} else {
				followedUp++;
				assertFalse(action.getFollowUp().getCheckedOn().isAfter(TODAY) || action.getFollowUp().getCheckedOn().isBefore(action.getFollowUp().getDueOn()));
				assertEquals(action.getCompletedOn() != null, action.getFollowUp().isDone());
			}
			overdue += AuditWorkflow.overdue(action, TODAY) ? 1 : 0;
			followUpsDue += AuditWorkflow.followUpDue(action, TODAY) ? 1 : 0;
		}
		Map<Long, Set<String>> texts = new HashMap<>();
		for (RemedialAction action : actions) {
			assertTrue(texts.computeIfAbsent(action.getAssessment().getId(), id -> new HashSet<>()).add(action.getAction()), "no action twice in an audit");
		}
		for (Assessment audit : audits) {
			if (audit.getState() == AssessmentState.CLOSED) {
				assertFalse(withOpenFollowUps.contains(audit.getId()), audit.getSubjectKey() + " closed with a follow-up open");
			}
		}
		assertTrue(actions.size() > 150, "actions: " + actions.size());
		assertTrue(overdue >= 5, "some actions overdue: " + overdue);
		assertTrue(followUpsDue >= 5, "some follow-ups due: " + followUpsDue);
		assertTrue(followedUp > followUpsDue, "most past follow-ups recorded: " + followedUp + " recorded, " + followUpsDue + " due");
	}

	@Test
	void noActionIsOverdueWhileItsFollowUpSaysDone() {
		for (RemedialAction action : actions) {
			assertFalse(AuditWorkflow.overdue(action, TODAY) && FollowUpStatus.of(action, TODAY) == FollowUpStatus.DONE,
					describe(action) + " is overdue while its follow-up is done");
			if (action.getFollowUp().isDone()) {
				assertTrue(action.getCompletedOn() != null && !action.getCompletedOn().isAfter(action.getFollowUp().getCheckedOn()),
						describe(action) + " found done at its follow-up before it was addressed");
			}
		}
		assertTrue(actions.stream().anyMatch(action -> FollowUpStatus.of(action, TODAY) == FollowUpStatus.NOT_DONE), "some follow-ups find the action not done");
	}

	@Test
	void aClosedAuditHasNoActionLeftOpen() {
		Set<Long> closed = new HashSet<>(audits.stream().filter(audit -> audit.getState() == AssessmentState.CLOSED).map(Assessment::getId).toList());
		for (RemedialAction action : actions) {
			if (closed.contains(action.getAssessment().getId())) {
				assertTrue(action.getCompletedOn() != null && AuditWorkflow.followedUpDone(action), describe(action) + " is still open on a closed audit");
			}
		}
	}

	@Test
	void aModerationReasonSaysWhichWayTheGradeWent() {
		long changed = 0;
		for (Assessment audit : audits) {
			if (audit.getModeratedJudgement() != null) {
				changed++;
				// 1 is Exceeds good, 4 Inadequate: a lower number is a better grade.
				boolean better = Integer.parseInt(audit.getModeratedJudgement()) < Integer.parseInt(audit.getJudgement());
				String reason = audit.getModerationReason().toLowerCase();
				String change = audit.getSubjectKey() + " from " + audit.getJudgement() + " to " + audit.getModeratedJudgement() + ": " + reason;
				assertEquals(better, reason.contains("raised") || reason.contains("better"), change);
				assertEquals(!better, reason.contains("lowered") || reason.contains("worse"), change);
			}
		}
		assertTrue(changed > 0);
	}

	@Test
	void aFollowUpPastItsDateAndNotRecordedIsOverdueNotDue() {
		long late = 0;
		for (RemedialAction action : actions) {
			if (AuditWorkflow.followUpOpen().test(action) && action.getFollowUp().getDueOn().isBefore(TODAY)) {
				late++;
				assertEquals(FollowUpStatus.OVERDUE, FollowUpStatus.of(action, TODAY), describe(action) + ", its follow-up due on " + action.getFollowUp().getDueOn());
			}
		}
		assertTrue(late > 0, "the demo has follow-ups left late");
	}

	private static String describe(RemedialAction action) {
		return "\"" + action.getAction() + "\" (due " + action.getDueOn() + ", completed " + action.getCompletedOn() + ", followed up "
				+ action.getFollowUp().getCheckedOn() + (action.getFollowUp().isDone() ? " done)" : " not done)");
	}

	@Test
	void theWorkflowTakesTheNextStepOfEachStateFromTheRightPerson() throws Exception {
		AuditWorkflow workflow = new AuditWorkflow(store, Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), LONDON));
		Assessment draft = first(AssessmentState.DRAFT);
		assertEquals(AssessmentState.COMPLETED, workflow.complete(draft, actor(staff(draft.getAssessors().get(0)))).getState());
		Assessment completed = first(AssessmentState.COMPLETED);
		StaffMember manager = staffByUserId.values().stream().filter(s -> Staff.has(s, Role.SERVICE_DELIVERY_MANAGER)).findFirst().orElseThrow();
		assertEquals(AssessmentState.MODERATED, workflow.moderate(completed, null, null, actor(manager)).getState());
		Assessment moderated = first(AssessmentState.MODERATED);
		Case aCase = cases.get(moderated.getSubjectKey());
		assertEquals(AssessmentState.SHARED, workflow.share(moderated, TODAY, actor(staff(aCase.getLineManager()))).getState());
		Assessment shared = audits.stream().filter(a -> a.getState() == AssessmentState.SHARED && a.getPractitionerResponse() == null).findFirst().orElseThrow();
		StaffMember worker = staff(Staff.currentWorker(cases.get(shared.getSubjectKey())).orElseThrow());
		assertEquals("Noted.", workflow.respond(shared, "Noted.", actor(worker)).getPractitionerResponse());
	}

	private static List<SignOffStep> withResponse(Assessment audit, List<SignOffStep> steps) {
		if (audit.getPractitionerResponse() == null) {
			return steps;
		}
		List<SignOffStep> withResponse = new ArrayList<>(steps);
		withResponse.add(3, SignOffStep.PRACTITIONER_RESPONSE);
		return withResponse;
	}

	private static SignOff signOff(Assessment audit, SignOffStep step) {
		return audit.getSignOffs().stream().filter(signOff -> signOff.getStep() == step).findFirst().orElseThrow();
	}

	private static Assessment first(AssessmentState state) {
		return audits.stream().filter(audit -> audit.getState() == state).findFirst().orElseThrow();
	}

	private static StaffMember staff(StaffMember reference) {
		return staffByUserId.values().stream().filter(member -> member.getId() == reference.getId()).findFirst().orElseThrow();
	}

	private static Actor actor(StaffMember staff) {
		return new Actor(staff.getUserId());
	}
}
