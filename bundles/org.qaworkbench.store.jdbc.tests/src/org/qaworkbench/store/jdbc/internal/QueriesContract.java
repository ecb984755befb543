package org.qaworkbench.store.jdbc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qaworkbench.core.audits.FollowUpStatus;
import org.qaworkbench.core.queries.ActionEntry;
import org.qaworkbench.core.queries.AssessmentEntry;
import org.qaworkbench.core.queries.AuditCriteria;
import org.qaworkbench.core.queries.AuditEntry;
import org.qaworkbench.core.queries.CaseEntry;
import org.qaworkbench.core.queries.GradeCount;
import org.qaworkbench.core.queries.LocalityEntry;
import org.qaworkbench.core.queries.MonthCount;
import org.qaworkbench.core.queries.Queries;
import org.qaworkbench.core.queries.CaseworkEntry;
import org.qaworkbench.core.queries.OpenCaseEntry;
import org.qaworkbench.core.queries.SupervisionContractEntry;
import org.qaworkbench.core.queries.SupervisionRecordEntry;
import org.qaworkbench.core.queries.SupervisionSessionEntry;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.model.Allocation;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.AssessmentState;
import org.qaworkbench.model.Case;
import org.qaworkbench.model.CaseStatus;
import org.qaworkbench.model.CaseworkSupervision;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.FollowUp;
import org.qaworkbench.model.Identified;
import org.qaworkbench.model.Locality;
import org.qaworkbench.model.RemedialAction;
import org.qaworkbench.model.Score;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.model.SupervisionContract;
import org.qaworkbench.model.SupervisionRecord;
import org.qaworkbench.model.SupervisionSession;
import org.qaworkbench.model.SupervisionState;

/**
 * The read models on known data: what each returns, its filters and its order, through the {@link Store} API
 * alone, on every engine (a subclass per engine says which).
 */
abstract class QueriesContract extends EngineTestCase {

	private static final Actor ACTOR = new Actor("queries.test");

	private StoreFixture fixture;
	private Store store;
	private Queries queries;
	private Locality north;
	private Locality south;
	private Locality empty;
	private StaffMember aled;
	private StaffMember beth;
	private StaffMember wendy;
	private Case audited;
	private Case notAudited;
	private Case southern;
	private Assessment completed;
	private Assessment moderated;
	private Assessment draft;
	private Assessment closed;
	private Assessment noLocality;

	@BeforeEach
	void knownData() throws Exception {
		fixture = newFixture();
		store = fixture.store;
		queries = store.queries();
		north = save(locality("Northfield"));
		south = save(locality("Southbank"));
		empty = save(locality("Eastgate"));
		aled = save(staff("Aled Auditor"));
		beth = save(staff("Beth Auditor"));
		wendy = save(staff("Wendy Worker"));
		audited = save(aCase("LLQ1", "Evans", north));
		notAudited = save(aCase("LLQ2", "Jones", north));
		southern = save(aCase("LLQ3", "Price", south));
		String audit = store.definitions().store(Samples.auditDefinition(2), ACTOR);
		ChecklistDefinition otherDefinition = Samples.auditDefinition(2);
		otherDefinition.setDefinitionId("other.audit");
		otherDefinition.setTitle("Other audit");
		String other = store.definitions().store(otherDefinition, ACTOR);

		completed = audit(audit, "test.audit", audited, north, AssessmentState.COMPLETED, LocalDate.of(2026, 1, 15), "2", null);
		completed.getAssessors().add(aled);
		completed.getAssessors().add(beth);
		completed.getScores().add(score("basic", "1.5", "Section"));
		completed.getScores().add(score("", "2.25", "Good"));
		completed = save(completed);
		moderated = save(audit(audit, "test.audit", audited, north, AssessmentState.MODERATED, LocalDate.of(2026, 1, 31), "3", "2"));
		draft = audit(audit, "test.audit", audited, north, AssessmentState.DRAFT, null, null, null);
		draft.setStartedOn(LocalDate.of(2026, 2, 1));
		draft = save(draft);
		closed = audit(audit, "test.audit", southern, south, AssessmentState.CLOSED, LocalDate.of(2026, 2, 10), "1", null);
		closed.getAssessors().add(beth);
		closed.getAssessors().add(gone());
		closed = save(closed);
		noLocality = audit(other, "other.audit", southern, null, AssessmentState.COMPLETED, LocalDate.of(2026, 3, 5), "3", null);
		noLocality.getAssessors().add(aled);
		noLocality = save(noLocality);
	}

	@AfterEach
	void closeStore() {
		fixture.close();
	}

	@Test
	void localitiesInIdOrderSayWhetherTheyHaveCases() {
		assertEquals(List.of(new LocalityEntry(north.getId(), "Northfield", true), new LocalityEntry(south.getId(), "Southbank", true),
				new LocalityEntry(empty.getId(), "Eastgate", false)), queries.localities());
	}

	@Test
	void theCasesOfALocalitySayWhetherTheyHaveAssessments() {
		assertEquals(List.of(new CaseEntry(audited.getId(), "LLQ1", "Evans", north.getId(), true), new CaseEntry(notAudited.getId(), "LLQ2", "Jones", north.getId(), false)),
				queries.casesOf(north.getId()));
		assertEquals(List.of(new CaseEntry(southern.getId(), "LLQ3", "Price", south.getId(), true)), queries.casesOf(south.getId()));
		assertEquals(List.of(), queries.casesOf(empty.getId()));
	}

	@Test
	void theAssessmentsOfACaseWithTitleStateAndDates() {
		List<AssessmentEntry> assessments = queries.assessmentsOf("LLQ1");
		assertEquals(List.of(completed.getId(), moderated.getId(), draft.getId()), assessments.stream().map(AssessmentEntry::id).toList(), "in id order");
		assertEquals(new AssessmentEntry(completed.getId(), "test.audit", "Test case audit", AssessmentState.COMPLETED, LocalDate.of(2026, 1, 8),
				LocalDate.of(2026, 1, 15)), assessments.get(0));
		assertEquals(LocalDate.of(2026, 2, 1), assessments.get(2).date(), "a draft is dated by its start");
		assertEquals(List.of("Other audit", "Test case audit"), queries.assessmentsOf("LLQ3").stream().map(AssessmentEntry::title).sorted().toList());
		assertEquals(List.of(), queries.assessmentsOf("LLQ2"));
	}

	@Test
	void actionsWithTheirAuditPeopleAndDates() throws Exception {
		LocalDate today = LocalDate.of(2026, 4, 1);
		RemedialAction overdue = save(action(completed, "Update the plan", wendy, LocalDate.of(2026, 3, 1), null, LocalDate.of(2026, 4, 15), null, null));
		RemedialAction followedUp = save(action(noLocality, "Record the visit", null, LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 18),
				LocalDate.of(2026, 3, 25), LocalDate.of(2026, 3, 26), true));
		RemedialAction bare = save(action(closed, "Close the file", wendy, null, null, null, null, null));

		List<ActionEntry> actions = queries.actions();

		assertEquals(List.of(overdue.getId(), followedUp.getId(), bare.getId()), actions.stream().map(ActionEntry::actionId).toList());
		ActionEntry first = actions.get(0);
		assertEquals(new ActionEntry(overdue.getId(), completed.getId(), "test.audit", "LLQ1", "Northfield", "Wendy Worker", List.of("Aled Auditor", "Beth Auditor"),
				"Update the plan", LocalDate.of(2026, 3, 1), null, LocalDate.of(2026, 4, 15), null, false, 0), first);
		assertEquals(true, first.overdue(today));
		assertEquals(FollowUpStatus.DUE, first.followUpStatus(today));
		ActionEntry second = actions.get(1);
		assertEquals("Southbank", second.locality(), "an audit naming no locality takes its case's");
		assertEquals("", second.worker(), "no owner");
		assertEquals(List.of("Aled Auditor"), second.auditors());
		assertEquals(false, second.overdue(today));
		assertEquals(FollowUpStatus.DONE, second.followUpStatus(today));
		ActionEntry third = actions.get(2);
		assertNull(third.followUpDone(), "no follow-up recorded at all");
		assertEquals(FollowUpStatus.NOT_YET, third.followUpStatus(today));
		assertEquals(List.of("Beth Auditor", ""), third.auditors(), "an auditor no longer on the staff list has no name");
	}

	@Test
	void auditsAsListedWithTheirOutcome() {
		List<AuditEntry> all = audits(AuditCriteria.ALL);
		assertEquals(List.of(completed.getId(), moderated.getId(), draft.getId(), closed.getId(), noLocality.getId()), all.stream().map(AuditEntry::id).toList());
		AuditEntry first = all.get(0);
		assertEquals(new AuditEntry(completed.getId(), "LLQ1", "Northfield", AssessmentState.COMPLETED, LocalDate.of(2026, 1, 8), LocalDate.of(2026, 1, 15),
				List.of("Aled Auditor", "Beth Auditor"), "test.audit", completed.getDefinitionHash(), "Test case audit", new BigDecimal("2.2500"), "Good", "2", null),
				first, "the overall score is the one without a section");
		assertEquals("2", all.get(1).moderatedJudgement());
		assertNull(all.get(2).overallScore());
		assertEquals(List.of("Beth Auditor", "#" + closed.getAssessors().get(1).getId()), all.get(3).auditors(), "someone not on the staff list by id");
		assertNull(all.get(4).locality());
		assertEquals("Other audit", all.get(4).title());
	}

	@Test
	void auditsFilteredByLocalityStateDefinitionAndDate() {
		assertEquals(List.of(completed.getId(), moderated.getId(), draft.getId()), ids(AuditCriteria.ALL.withLocality(north.getId())));
		assertEquals(List.of(completed.getId(), noLocality.getId()), ids(AuditCriteria.ALL.withState(AssessmentState.COMPLETED)));
		assertEquals(List.of(noLocality.getId()), ids(AuditCriteria.ALL.withDefinition("other.audit")));
		assertEquals(List.of(moderated.getId(), draft.getId(), closed.getId()), ids(AuditCriteria.ALL.within(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 10))),
				"both days included; a draft by the day it was started");
		assertEquals(List.of(), ids(AuditCriteria.ALL.withLocality(empty.getId())));
	}

	@Test
	void gradeDistributionCountsTheModeratedGradeWhereThereIsOne() {
		assertEquals(List.of(new GradeCount("1", 1, 0), new GradeCount("2", 2, 1), new GradeCount("3", 1, 0)), queries.gradeDistribution(AuditCriteria.ALL),
				"drafts are not counted; the moderated audit counts at its moderated grade 2, not 3");
		assertEquals(List.of(new GradeCount("2", 2, 1)), queries.gradeDistribution(AuditCriteria.ALL.withLocality(north.getId())));
		assertEquals(List.of(new GradeCount("3", 1, 0)), queries.gradeDistribution(AuditCriteria.ALL.withDefinition("other.audit")));
		assertEquals(List.of(new GradeCount("1", 1, 0), new GradeCount("2", 1, 1)),
				queries.gradeDistribution(AuditCriteria.ALL.within(LocalDate.of(2026, 1, 16), LocalDate.of(2026, 2, 28))));
	}

	@Test
	void gradesSortAsNumbersAndUngradedLast() throws Exception {
		String hash = completed.getDefinitionHash();
		save(audit(hash, "test.audit", audited, north, AssessmentState.COMPLETED, LocalDate.of(2026, 5, 1), "10", null));
		save(audit(hash, "test.audit", audited, north, AssessmentState.COMPLETED, LocalDate.of(2026, 5, 2), null, null));
		assertEquals(List.of("1", "2", "3", "10", "null"), queries.gradeDistribution(AuditCriteria.ALL).stream().map(count -> String.valueOf(count.grade())).toList());
	}

	@Test
	void completedAuditsByLocalityAndMonth() {
		assertEquals(List.of(new MonthCount(north.getId(), "Northfield", YearMonth.of(2026, 1), 2), new MonthCount(south.getId(), "Southbank", YearMonth.of(2026, 2), 1),
				new MonthCount(null, null, YearMonth.of(2026, 3), 1)), queries.completedByLocalityAndMonth(AuditCriteria.ALL));
		assertEquals(List.of(new MonthCount(north.getId(), "Northfield", YearMonth.of(2026, 1), 1)),
				queries.completedByLocalityAndMonth(AuditCriteria.ALL.within(LocalDate.of(2026, 1, 20), LocalDate.of(2026, 1, 31)).withLocality(north.getId())));
	}

	@Test
	void supervisionContractsRecordsSessionsAndOpenCasesWithTheirLastCaseworkSupervision() throws Exception {
		SupervisionContract first = Samples.QA.createSupervisionContract();
		first.setSupervisor(aled);
		first.setSupervisee(wendy);
		first.setFrequencyPeriod("P6W");
		first.setState(SupervisionState.SIGNED);
		first.setSignedBySuperviseeOn(LocalDate.of(2025, 1, 6));
		first.setSignedBySupervisorOn(LocalDate.of(2025, 1, 7));
		first.setReviewOn(LocalDate.of(2026, 1, 7));
		first = save(first);
		SupervisionContract next = Samples.QA.createSupervisionContract();
		next.setSupervisor(beth);
		next.setSupervisee(wendy);
		next.setFrequencyPeriod("P1M");
		next.setSupersedes(first);
		next = save(next);
		assertEquals(List.of(new SupervisionContractEntry(first.getId(), aled.getId(), wendy.getId(), "P6W", SupervisionState.SIGNED, LocalDate.of(2025, 1, 6),
				LocalDate.of(2025, 1, 7), LocalDate.of(2026, 1, 7), 0), new SupervisionContractEntry(next.getId(), beth.getId(), wendy.getId(), "P1M",
						SupervisionState.DRAFT, null, null, null, first.getId())), queries.supervision().contracts(), "a contract from before states were kept reads as a draft");

		SupervisionRecord record = Samples.QA.createSupervisionRecord();
		record.setSupervisor(aled);
		record.setSupervisee(wendy);
		record.setHeldOn(LocalDate.of(2026, 1, 10));
		record.setNextOn(LocalDate.of(2026, 2, 21));
		record.setNextTime("09:30");
		record.setState(SupervisionState.SIGNED);
		record = save(record);
		assertEquals(List.of(new SupervisionRecordEntry(record.getId(), aled.getId(), wendy.getId(), LocalDate.of(2026, 1, 10), LocalDate.of(2026, 2, 21), "09:30",
				SupervisionState.SIGNED)), queries.supervision().records());

		SupervisionSession held = session(LocalDate.of(2026, 1, 10), true, null);
		held.setRecord(record);
		held.setInitials("AA");
		held = save(held);
		save(session(LocalDate.of(2025, 12, 1), false, "Leave"));
		SupervisionSession missed = save(session(LocalDate.of(2026, 2, 21), false, "Sickness"));
		assertEquals(List.of(new SupervisionSessionEntry(held.getId(), aled.getId(), wendy.getId(), LocalDate.of(2026, 1, 10), true, "AA", null, null, null, record.getId()),
				new SupervisionSessionEntry(missed.getId(), aled.getId(), wendy.getId(), LocalDate.of(2026, 2, 21), false, null, "Sickness", null, null, 0)),
				queries.supervision().sessions(LocalDate.of(2026, 1, 1)), "the sessions from a date");

		Case withWorker = store.records().find(Case.class, audited.getId()).orElseThrow();
		withWorker.setStatus(CaseStatus.CHILD_PROTECTION);
		withWorker.getAllocations().add(allocation(beth, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 6, 1)));
		withWorker.getAllocations().add(allocation(wendy, LocalDate.of(2025, 6, 1), null));
		save(withWorker);
		Case closedCase = aCase("LLQ4", "Hughes", south);
		closedCase.setStatus(CaseStatus.CLOSED);
		save(closedCase);
		CaseworkSupervision signed = casework("LLQ1", LocalDate.of(2026, 1, 5));
		signed.setState(SupervisionState.SIGNED);
		CaseworkSupervision earlier = save(signed);
		CaseworkSupervision latest = save(casework("LLQ1", LocalDate.of(2026, 2, 5)));
		// The draft of 05/02 is still being written: the last casework supervision held is the signed one of 05/01.
		assertEquals(List.of(new OpenCaseEntry(audited.getId(), "LLQ1", CaseStatus.CHILD_PROTECTION, north.getId(), 0, wendy.getId(), LocalDate.of(2025, 6, 1),
				LocalDate.of(2026, 1, 5)), new OpenCaseEntry(notAudited.getId(), "LLQ2", CaseStatus.CHILD_PROTECTION, north.getId(), 0, 0, null, null),
				new OpenCaseEntry(southern.getId(), "LLQ3", CaseStatus.CHILD_PROTECTION, south.getId(), 0, 0, null, null)), queries.supervision().openCases(),
				"closed cases left out (a status never set is the model's first, child protection)");
		assertEquals(List.of(new CaseworkEntry(earlier.getId(), "LLQ1", aled.getId(), wendy.getId(), LocalDate.of(2026, 1, 5), SupervisionState.SIGNED),
				new CaseworkEntry(latest.getId(), "LLQ1", aled.getId(), wendy.getId(), LocalDate.of(2026, 2, 5), SupervisionState.DRAFT)),
				queries.supervision().caseworkOf("LLQ1"));
	}

	private SupervisionSession session(LocalDate on, boolean held, String missedReason) {
		SupervisionSession session = Samples.QA.createSupervisionSession();
		session.setSupervisor(aled);
		session.setSupervisee(wendy);
		session.setSessionOn(on);
		session.setHeld(held);
		session.setMissedReason(missedReason);
		return session;
	}

	private CaseworkSupervision casework(String caseNumber, LocalDate on) {
		CaseworkSupervision casework = Samples.QA.createCaseworkSupervision();
		casework.setCaseNumber(caseNumber);
		casework.setSupervisor(aled);
		casework.setWorker(wendy);
		casework.setHeldOn(on);
		return casework;
	}

	private static Allocation allocation(StaffMember worker, LocalDate on, LocalDate closedOn) {
		Allocation allocation = Samples.QA.createAllocation();
		allocation.setWorker(worker);
		allocation.setAllocatedOn(on);
		allocation.setClosedOn(closedOn);
		return allocation;
	}

	private List<AuditEntry> audits(AuditCriteria criteria) {
		List<AuditEntry> audits = new ArrayList<>();
		queries.audits(criteria, audits::add);
		return audits;
	}

	private List<Long> ids(AuditCriteria criteria) {
		return audits(criteria).stream().map(AuditEntry::id).toList();
	}

	private <T extends Identified> T save(T record) throws Exception {
		return store.records().save(record, ACTOR);
	}

	private static Locality locality(String name) {
		Locality locality = Samples.QA.createLocality();
		locality.setName(name);
		return locality;
	}

	private static StaffMember staff(String name) {
		StaffMember staff = Samples.QA.createStaffMember();
		staff.setName(name);
		return staff;
	}

	/** Someone an audit names who is not on the staff list (a reference by id alone). */
	private static StaffMember gone() {
		StaffMember gone = Samples.QA.createStaffMember();
		gone.setId(987_654_321L);
		return gone;
	}

	private static Case aCase(String number, String family, Locality locality) {
		Case aCase = Samples.QA.createCase();
		aCase.setCaseNumber(number);
		aCase.setFamilyNames(family);
		aCase.setLocality(locality);
		return aCase;
	}

	private static Assessment audit(String hash, String definitionId, Case aCase, Locality locality, AssessmentState state, LocalDate completedOn, String judgement,
			String moderatedJudgement) {
		Assessment audit = Samples.audit(hash, 2, aCase.getCaseNumber());
		audit.setDefinitionId(definitionId);
		audit.setLocality(locality);
		audit.setState(state);
		audit.setStartedOn(completedOn == null ? LocalDate.of(2026, 1, 1) : completedOn.minusDays(7));
		audit.setCompletedOn(completedOn);
		audit.setJudgement(judgement);
		audit.setModeratedJudgement(moderatedJudgement);
		return audit;
	}

	private static Score score(String sectionId, String value, String label) {
		Score score = Samples.QA.createScore();
		score.setSectionId(sectionId);
		score.setValue(new BigDecimal(value));
		score.setLabel(label);
		return score;
	}

	private static RemedialAction action(Assessment audit, String text, StaffMember owner, LocalDate dueOn, LocalDate completedOn, LocalDate followUpDueOn,
			LocalDate checkedOn, Boolean done) {
		RemedialAction action = Samples.QA.createRemedialAction();
		action.setAssessment(audit);
		action.setAction(text);
		action.setOwner(owner);
		action.setDueOn(dueOn);
		action.setCompletedOn(completedOn);
		if (followUpDueOn != null) {
			FollowUp followUp = Samples.QA.createFollowUp();
			followUp.setDueOn(followUpDueOn);
			followUp.setCheckedOn(checkedOn);
			followUp.setDone(Boolean.TRUE.equals(done));
			action.setFollowUp(followUp);
		}
		return action;
	}
}
