package org.qaworkbench.core.supervisionaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.qaworkbench.core.supervision.Interval;
import org.qaworkbench.core.supervision.SupervisionCompliance.CaseRow;
import org.qaworkbench.core.supervision.SupervisionCompliance.SuperviseeRow;
import org.qaworkbench.core.supervision.SupervisionPolicy;
import org.qaworkbench.model.ActionReview;
import org.qaworkbench.model.AgendaItem;
import org.qaworkbench.model.CaseStatus;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.Role;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.model.SupervisionContract;
import org.qaworkbench.model.SupervisionRecord;

/** The evidence beside each question for one file: the compliance report's lines worded, and the records counted. */
class SupervisionAuditEvidenceTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
	private static final QaFactory MAKE = QaFactory.eINSTANCE;
	/** The policy's rules as the plugin states them (6-weekly by default, casework 3-monthly, child protection monthly). */
	private static final SupervisionPolicy POLICY = new SupervisionPolicy("test", "1.0.0", Interval.parse("P6W"), Interval.parse("P12M"), Interval.parse("P12M"),
			List.of(new SupervisionPolicy.Frequency(Interval.parse("P6W"), "6-weekly", true, false)), Interval.parse("P3M"),
			Map.of(CaseStatus.CHILD_PROTECTION, Interval.parse("P1M")), Map.of("P3M", "3-monthly", "P1M", "Monthly"));

	private final StaffMember leader = staff(1, "Ann Leader", Role.TEAM_LEADER, null);
	private final StaffMember worker = staff(2, "Pat Worker", Role.PRACTITIONER, leader);
	private final SupervisionAuditEvidence evidence = new SupervisionAuditEvidence(POLICY);

	@Test
	void aContractSignedAndInDateSaysWhenAndSuggestsYes() {
		SupervisionContract contract = MAKE.createSupervisionContract();
		contract.setId(40);
		contract.setSignedBySuperviseeOn(LocalDate.of(2026, 2, 1));
		contract.setSignedBySupervisorOn(LocalDate.of(2026, 2, 3));

		FileEvidence agreement = of(row(40, true, LocalDate.of(2027, 2, 3), 8, 8, 0, false), List.of(), List.of(contract), List.of()).get(SupervisionAuditQuestions.AGREEMENT);

		assertEquals(new FileEvidence("contract signed 03/02/2026, review due 03/02/2027", "Y"), agreement);
	}

	@Test
	void noContractOrOneOverdueForReviewSuggestsNo() {
		assertEquals(new FileEvidence("no supervision contract", "N"), of(row(0, false, null, 8, 8, 0, false), List.of(), List.of(), List.of()).get(SupervisionAuditQuestions.AGREEMENT));
		SupervisionContract old = MAKE.createSupervisionContract();
		old.setId(41);
		old.setSignedBySuperviseeOn(LocalDate.of(2025, 1, 6));
		old.setSignedBySupervisorOn(LocalDate.of(2025, 1, 6));
		assertEquals(new FileEvidence("contract signed 06/01/2025, review overdue since 06/01/2026", "N"),
				of(row(41, false, LocalDate.of(2026, 1, 6), 8, 8, 0, false), List.of(), List.of(old), List.of()).get(SupervisionAuditQuestions.AGREEMENT));
	}

	@Test
	void sessionsAreTheComplianceReportsHeldAgainstPlannedAtTheContractedFrequency() {
		FileEvidence frequency = of(row(0, false, null, 5, 6, 1, true), List.of(), List.of(), List.of()).get(SupervisionAuditQuestions.FREQUENCY);
		assertEquals(new FileEvidence("5 of 6 sessions held at the contracted frequency (6-weekly) in the last 12 months, 1 missed, overdue since 20/11/2026", "N"),
				frequency);
		assertEquals("Y", of(row(0, false, null, 8, 8, 0, false), List.of(), List.of(), List.of()).get(SupervisionAuditQuestions.FREQUENCY).suggests());
	}

	@Test
	void caseworkSupervisionIsCountedOnOpenCasesAgainstThePolicysIntervals() {
		List<CaseRow> cases = List.of(caseRow("LL1", CaseStatus.CHILD_IN_NEED, LocalDate.of(2026, 10, 1), false),
				caseRow("LL2", CaseStatus.STRENGTHENING_FAMILIES, LocalDate.of(2026, 8, 1), true), caseRow("LL3", CaseStatus.CHILD_PROTECTION, LocalDate.of(2026, 11, 20), false));

		Map<String, FileEvidence> found = of(row(0, false, null, 8, 8, 0, false), cases, List.of(), List.of());

		assertEquals(new FileEvidence("casework supervision on 2 of 3 open cases within 3 months (child protection: a month)", "N"),
				found.get(SupervisionAuditQuestions.EVERY_OPEN_CASE));
		assertEquals(new FileEvidence("casework supervision within a month on 1 of 1 child protection cases", "Y"), found.get(SupervisionAuditQuestions.PROTECTION_PLANS));
		assertEquals(new FileEvidence("casework supervision recorded on 3 of 3 open cases", "Y"), found.get(SupervisionAuditQuestions.IN_CASE_NOTES));
	}

	@Test
	void protectionPlansDoNotApplyWithoutAChildProtectionCase() {
		Map<String, FileEvidence> found = of(row(0, false, null, 8, 8, 0, false), List.of(caseRow("LL1", CaseStatus.EARLY_HELP, null, true)), List.of(), List.of());
		assertEquals(new FileEvidence("no open child protection case: not applicable", "NA"), found.get(SupervisionAuditQuestions.PROTECTION_PLANS));
	}

	@Test
	void recordsSignedByBothAndActionsBroughtForwardAreCountedAndJudgementQuestionsSuggestNothing() {
		SupervisionRecord signed = record(LocalDate.of(2026, 9, 1), true);
		SupervisionRecord unsigned = record(LocalDate.of(2026, 10, 13), false);
		ActionReview checked = MAKE.createActionReview();
		checked.setAction("Pat to book the course");
		checked.setDone(true);
		ActionReview notChecked = MAKE.createActionReview();
		notChecked.setAction("Read the neglect toolkit");
		unsigned.getReviews().add(checked);
		unsigned.getReviews().add(notChecked);

		Map<String, FileEvidence> found = of(row(0, false, null, 8, 8, 0, false), List.of(), List.of(), List.of(signed, unsigned));

		assertEquals(new FileEvidence("1 of 2 records of supervision signed by both", "N"), found.get(SupervisionAuditQuestions.READ_AND_AGREED));
		assertEquals(new FileEvidence("1 of 2 actions brought forward checked at the next session", "N"), found.get(SupervisionAuditQuestions.ACTIONS_CHECKED));
		assertNull(found.get(SupervisionAuditQuestions.GUIDES_PRACTICE).suggests(), "whether the record guides practice is the auditor's judgement");
		assertEquals(12, found.size(), "a line for every question");
	}

	@Test
	void aFileTheAuditorMayNotSeeShowsNothingOfIt() {
		Map<String, FileEvidence> found = evidence.of(new SupervisionFile(worker, Optional.empty(), List.of(), List.of(), List.of(), List.of(), List.of()), TODAY);
		assertEquals(12, found.size());
		found.values().forEach(line -> assertEquals(new FileEvidence(
				"not yours to see: supervision records are seen by the supervisor, the supervisee and their management line", null), line));
	}

	private Map<String, FileEvidence> of(SuperviseeRow row, List<CaseRow> cases, List<SupervisionContract> contracts, List<SupervisionRecord> records) {
		return evidence.of(new SupervisionFile(worker, Optional.of(row), cases, contracts, records, List.of(), List.of()), TODAY);
	}

	private SuperviseeRow row(long contractId, boolean inDate, LocalDate reviewDue, int held, int planned, int missed, boolean overdue) {
		return new SuperviseeRow(worker, leader, "Team", "Locality", contractId, contractId != 0, inDate, reviewDue, "P6W", "6-weekly", LocalDate.of(2026, 10, 9),
				LocalDate.of(2026, 11, 20), null, overdue, held, missed, planned);
	}

	private CaseRow caseRow(String number, CaseStatus status, LocalDate last, boolean overdue) {
		return new CaseRow(1, number, status, "Locality", "Team", worker, leader, last, status == CaseStatus.CHILD_PROTECTION ? "P1M" : "P3M", TODAY, overdue);
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

	private static StaffMember staff(long id, String name, Role role, StaffMember manager) {
		StaffMember staff = MAKE.createStaffMember();
		staff.setId(id);
		staff.setName(name);
		staff.getRoles().add(role);
		staff.setLineManager(manager);
		return staff;
	}
}
