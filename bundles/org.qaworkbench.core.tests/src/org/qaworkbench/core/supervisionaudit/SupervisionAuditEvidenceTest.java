package org.qaworkbench.core.supervisionaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.qaworkbench.core.supervision.Interval;
import org.qaworkbench.core.supervision.SupervisionPolicy;
import org.qaworkbench.model.AgendaItem;
import org.qaworkbench.model.Allocation;
import org.qaworkbench.model.Case;
import org.qaworkbench.model.CaseStatus;
import org.qaworkbench.model.CaseworkSupervision;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.Role;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.model.SupervisionContract;
import org.qaworkbench.model.SupervisionRecord;
import org.qaworkbench.model.SupervisionSession;

/** The evidence beside each question, from one supervisee's records, measured against the policy's timescales. */
class SupervisionAuditEvidenceTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
	private static final QaFactory MAKE = QaFactory.eINSTANCE;

	private final StaffMember leader = staff(1, "Ann Leader", Role.TEAM_LEADER, null);
	private final StaffMember worker = staff(2, "Pat Worker", Role.PRACTITIONER, leader);
	/** The policy's rules as the plugin states them (6-weekly by default, casework 3-monthly, child protection monthly). */
	private static final SupervisionPolicy POLICY = new SupervisionPolicy("test", "1.0.0", Interval.parse("P6W"), Interval.parse("P12M"), Interval.parse("P12M"),
			List.of(new SupervisionPolicy.Frequency(Interval.parse("P6W"), "6-weekly", true, false), new SupervisionPolicy.Frequency(Interval.parse("P1M"), "Monthly", false, true)),
			Interval.parse("P3M"), Map.of(CaseStatus.CHILD_PROTECTION, Interval.parse("P1M")));

	private final SupervisionAuditEvidence evidence = new SupervisionAuditEvidence(SupervisionRules.of(POLICY));

	@Test
	void aContractSignedByBothSaysWhenAndSuggestsYes() {
		SupervisionContract contract = MAKE.createSupervisionContract();
		contract.setFrequencyPeriod("P6W");
		contract.setSignedBySuperviseeOn(LocalDate.of(2026, 2, 1));
		contract.setSignedBySupervisorOn(LocalDate.of(2026, 2, 3));
		contract.setReviewOn(LocalDate.of(2027, 2, 3));

		FileEvidence agreement = of(file(List.of(contract), List.of(), List.of(), List.of(), List.of())).get(SupervisionAuditQuestions.AGREEMENT);

		assertEquals("contract signed 03/02/2026, review due 03/02/2027", agreement.text());
		assertEquals("Y", agreement.suggests());
	}

	@Test
	void noContractOrOneSignedByOneSuggestsNo() {
		assertEquals(new FileEvidence("no supervision contract", "N"), of(file(List.of(), List.of(), List.of(), List.of(), List.of())).get(SupervisionAuditQuestions.AGREEMENT));
		SupervisionContract half = MAKE.createSupervisionContract();
		half.setSignedBySuperviseeOn(LocalDate.of(2026, 2, 1));
		assertEquals(new FileEvidence("contract signed 01/02/2026, not yet by the supervisor", "N"),
				of(file(List.of(half), List.of(), List.of(), List.of(), List.of())).get(SupervisionAuditQuestions.AGREEMENT));
	}

	@Test
	void sessionsAreCountedAgainstTheContractedFrequency() {
		SupervisionContract contract = MAKE.createSupervisionContract();
		contract.setFrequencyPeriod("P6W");
		contract.setSignedBySuperviseeOn(LocalDate.of(2025, 1, 6));
		contract.setSignedBySupervisorOn(LocalDate.of(2025, 1, 6));
		List<SupervisionSession> sessions = new ArrayList<>();
		// Six weekly from January, one gap of ten weeks in the summer, one session missed.
		for (LocalDate day : List.of(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 16), LocalDate.of(2026, 3, 30), LocalDate.of(2026, 6, 8),
				LocalDate.of(2026, 7, 20), LocalDate.of(2026, 8, 31))) {
			sessions.add(session(day, true));
		}
		sessions.add(session(LocalDate.of(2026, 5, 11), false));

		FileEvidence frequency = of(file(List.of(contract), sessions, List.of(), List.of(), List.of())).get(SupervisionAuditQuestions.FREQUENCY);

		assertEquals("5 of 7 sessions at the contracted frequency (6-weekly), 1 missed", frequency.text());
		assertEquals("N", frequency.suggests());
	}

	@Test
	void caseworkSupervisionIsCountedOnOpenCasesWithinThreeMonthsAndMonthlyForChildProtection() {
		Case cin = openCase("LL1", CaseStatus.CHILD_IN_NEED);
		Case sf = openCase("LL2", CaseStatus.STRENGTHENING_FAMILIES);
		Case cp = openCase("LL3", CaseStatus.CHILD_PROTECTION);
		List<CaseworkSupervision> casework = List.of(casework("LL1", LocalDate.of(2026, 10, 1)), casework("LL2", LocalDate.of(2026, 8, 1)),
				casework("LL3", LocalDate.of(2026, 11, 20)));

		Map<String, FileEvidence> found = of(file(List.of(), List.of(), List.of(), List.of(cin, sf, cp), casework));

		assertEquals(new FileEvidence("casework supervision on 2 of 3 open cases within 3 months (child protection: a month)", "N"),
				found.get(SupervisionAuditQuestions.EVERY_OPEN_CASE));
		assertEquals(new FileEvidence("casework supervision within a month on 1 of 1 child protection cases", "Y"), found.get(SupervisionAuditQuestions.PROTECTION_PLANS));
		assertEquals(new FileEvidence("casework supervision recorded by the supervisor on 3 of 3 open cases", "Y"), found.get(SupervisionAuditQuestions.IN_CASE_NOTES));
	}

	@Test
	void protectionPlansDoNotApplyWithoutAChildProtectionCase() {
		Map<String, FileEvidence> found = of(file(List.of(), List.of(), List.of(), List.of(openCase("LL1", CaseStatus.EARLY_HELP)), List.of()));
		assertEquals(new FileEvidence("no open child protection case: not applicable", "NA"), found.get(SupervisionAuditQuestions.PROTECTION_PLANS));
	}

	@Test
	void recordsSignedByBothAndTheirDecisionsAreCountedAndJudgementQuestionsSuggestNothing() {
		SupervisionRecord signed = record(LocalDate.of(2026, 9, 1), true);
		SupervisionRecord unsigned = record(LocalDate.of(2026, 10, 13), false);
		Map<String, FileEvidence> found = of(file(List.of(), List.of(), List.of(signed, unsigned), List.of(), List.of()));

		assertEquals(new FileEvidence("1 of 2 records of supervision signed by both", "N"), found.get(SupervisionAuditQuestions.READ_AND_AGREED));
		assertEquals("1 of 1 records with agreed actions followed by a later supervision", found.get(SupervisionAuditQuestions.ACTIONS_CHECKED).text());
		assertNull(found.get(SupervisionAuditQuestions.GUIDES_PRACTICE).suggests(), "whether the record guides practice is the auditor's judgement");
		assertEquals(12, found.size(), "a line for every question");
	}

	private Map<String, FileEvidence> of(SupervisionFile file) {
		return evidence.of(file, TODAY);
	}

	private SupervisionFile file(List<SupervisionContract> contracts, List<SupervisionSession> sessions, List<SupervisionRecord> records, List<Case> cases,
			List<CaseworkSupervision> casework) {
		return new SupervisionFile(worker, contracts, sessions, records, cases, casework, List.of());
	}

	private static SupervisionSession session(LocalDate on, boolean held) {
		SupervisionSession session = MAKE.createSupervisionSession();
		session.setSessionOn(on);
		session.setHeld(held);
		session.setMissedReason(held ? null : "Sickness");
		return session;
	}

	private static SupervisionRecord record(LocalDate on, boolean signed) {
		SupervisionRecord record = MAKE.createSupervisionRecord();
		record.setHeldOn(on);
		AgendaItem item = MAKE.createAgendaItem();
		item.setTopic("Training");
		item.setDecision(signed ? "Book the course" : null);
		item.setActions(signed ? "Pat to book" : null);
		record.getAgendaItems().add(item);
		if (signed) {
			record.setSignedBySupervisorOn(on);
			record.setSignedBySuperviseeOn(on);
		}
		return record;
	}

	private Case openCase(String number, CaseStatus status) {
		Case aCase = MAKE.createCase();
		aCase.setCaseNumber(number);
		aCase.setStatus(status);
		Allocation allocation = MAKE.createAllocation();
		allocation.setWorker(worker);
		allocation.setAllocatedOn(LocalDate.of(2026, 1, 1));
		aCase.getAllocations().add(allocation);
		return aCase;
	}

	private CaseworkSupervision casework(String number, LocalDate on) {
		CaseworkSupervision casework = MAKE.createCaseworkSupervision();
		casework.setCaseNumber(number);
		casework.setHeldOn(on);
		casework.setSupervisor(leader);
		casework.setWorker(worker);
		return casework;
	}

	private static StaffMember staff(long id, String name, Role role, StaffMember manager) {
		StaffMember staff = MAKE.createStaffMember();
		staff.setId(id);
		staff.setName(name);
		staff.getRoles().add(role);
		staff.setLineManager(manager);
		return staff;
	}
}
