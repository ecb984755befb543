package org.qaworkbench.core.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.NotPermittedException;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.testing.TestAccounts;
import org.qaworkbench.core.supervision.SupervisionCompliance.Filter;
import org.qaworkbench.core.supervision.SupervisionCompliance.SuperviseeRow;
import org.qaworkbench.model.ActionOrigin;
import org.qaworkbench.model.Allocation;
import org.qaworkbench.model.Case;
import org.qaworkbench.model.CaseStatus;
import org.qaworkbench.model.CaseworkSupervision;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.RemedialAction;
import org.qaworkbench.model.Role;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.model.SupervisionContract;
import org.qaworkbench.model.SupervisionRecord;
import org.qaworkbench.model.SupervisionSession;
import org.qaworkbench.model.SupervisionState;

/** Supervision in a real store, as the senior practitioner and the practitioner do it, through the domain layer. */
class SupervisionPTest {

	private static final Instant NOW = Instant.parse("2026-03-10T10:00:00Z");
	private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

	@TempDir
	Path temp;

	@Test
	void whatToOpenForASuperviseeIsTheContractUntilOneIsInDateThenTheRecordInProgressOrANewOne() throws Exception {
		try (Store store = TestAccounts.open(temp.resolve("data"))) {
			Map<String, StaffMember> staff = staff(store);
			StaffMember pat = staff.get("pat.worker");
			Actor senior = new Actor("sue.senior");
			Actor worker = new Actor("pat.worker");
			Supervision supervision = new Supervision(store, Clock.fixed(NOW, ZoneOffset.UTC));

			SupervisionContract contract = (SupervisionContract) supervision.toOpen(pat, senior);
			assertEquals(SupervisionState.DRAFT, contract.getState(), "no contract: one is drawn up");
			assertEquals(contract.getId(), supervision.toOpen(pat, senior).getId(), "the one being drawn up is carried on, not a second");
			contract = supervision.sign(supervision.sign(contract, worker), senior);

			SupervisionRecord record = (SupervisionRecord) supervision.toOpen(pat, senior);
			assertEquals(TODAY, record.getHeldOn(), "a contract in date: today's record of supervision");
			record = supervision.sign(record, senior);
			assertEquals(record.getId(), supervision.recordToWrite(pat, senior).getId(), "signed by one only: still the record to write");
			record = supervision.sign(record, worker);
			SupervisionRecord next = supervision.recordToWrite(pat, senior);
			assertFalse(next.getId() == record.getId(), "signed by both: a new record is begun");
			assertEquals(2, store.records().list(SupervisionRecord.class).size());
			assertEquals(contract.getId(), supervision.contractToOpen(pat, senior).getId(), "C: the signed contract");

			Supervision yearOn = new Supervision(store, Clock.fixed(NOW.plus(java.time.Duration.ofDays(366)), ZoneOffset.UTC));
			assertEquals(contract.getId(), yearOn.toOpen(pat, senior).getId(), "due for review: the contract again");
		}
	}

	@Test
	void aContractSignedByBothIsLockedAgainstAnySaveAmendedWithAReasonAndSupersededOnce() throws Exception {
		try (Store store = TestAccounts.open(temp.resolve("data"))) {
			Map<String, StaffMember> staff = staff(store);
			Actor senior = new Actor("sue.senior");
			Actor worker = new Actor("pat.worker");
			Supervision supervision = new Supervision(store, Clock.fixed(NOW, ZoneOffset.UTC));

			SupervisionContract contract = supervision.startContract(staff.get("pat.worker"), senior);
			assertEquals(SupervisionForms.CONTRACT, contract.getDefinitionId());
			assertTrue(supervision.formOf(contract).orElseThrow().items(SupervisionForm.PURPOSES).size() == 7, "the form is stored with the contract");
			contract.setStorage("Team drive");
			contract = supervision.save(contract, senior);
			long id = contract.getId();
			assertTrue(supervision.find(SupervisionContract.class, id, staff.get("pip.other")).isEmpty(), "confidential");

			contract = supervision.sign(supervision.sign(contract, worker), senior);
			assertEquals(SupervisionState.SIGNED, contract.getState());
			assertEquals(TODAY.plusMonths(12), contract.getReviewOn());

			SupervisionContract tampered = EcoreUtil.copy(contract);
			tampered.setStorage("Somewhere else");
			assertThrows(NotPermittedException.class, () -> store.records().save(tampered, senior), "the domain layer locks a signed contract");
			SupervisionContract rewritten = EcoreUtil.copy(contract);
			rewritten.getSignOffs().remove(0);
			assertThrows(NotPermittedException.class, () -> store.records().save(rewritten, senior), "sign-offs are only added to");
			SupervisionContract amended = supervision.amend(tampered, "Moved to the new drive", senior);
			assertEquals("Somewhere else", amended.getStorage());
			assertEquals(1, amended.getAmendments().size());

			SupervisionContract next = supervision.supersede(amended, senior);
			assertEquals(id, next.getSupersedes().getId());
			SupervisionContract old = amended;
			assertThrows(NotPermittedException.class, () -> supervision.supersede(old, senior), "superseded once");
			assertEquals(SupervisionState.SIGNED, store.records().find(SupervisionContract.class, id).orElseThrow().getState(), "the old stays as it was");
			assertEquals(2, supervision.contractsOf(staff.get("pat.worker"), staff.get("ann.leader")).size());
		}
	}

	@Test
	void aRecordCarriesActionsForwardSignedByBothFillsTheSessionsLogAndComplianceFollows() throws Exception {
		try (Store store = TestAccounts.open(temp.resolve("data"))) {
			Map<String, StaffMember> staff = staff(store);
			Actor senior = new Actor("sue.senior");
			Actor worker = new Actor("pat.worker");
			RemedialAction auditAction = QaFactory.eINSTANCE.createRemedialAction();
			auditAction.setOwner(staff.get("pat.worker"));
			auditAction.setAction("Record the child's views");
			auditAction = store.records().save(auditAction, senior);
			Supervision supervision = new Supervision(store, Clock.fixed(NOW, ZoneOffset.UTC));

			SupervisionRecord first = supervision.startRecord(staff.get("pat.worker"), TODAY.minusWeeks(6), senior);
			assertEquals(List.of("Agenda items", "Training", "Roles and responsibilities", "Health and Safety", "Holidays, Toil or Flexi",
					"Case load decisions and actions recorded on Protocol"), first.getAgendaItems().stream().map(item -> item.getTopic()).toList());
			assertEquals(List.of(ActionOrigin.AUDIT), first.getReviews().stream().map(review -> review.getOrigin()).toList());
			assertEquals(auditAction.getId(), first.getReviews().get(0).getOriginId());
			first.getAgendaItems().get(1).setActions("Book the course");
			first.getAgendaItems().get(1).setByWhom("PW");
			first.setNextOn(TODAY);
			first.setNextTime("10:00");
			first = supervision.sign(supervision.sign(first, senior), worker);
			assertEquals(SupervisionState.SIGNED, first.getState());
			List<SupervisionSession> log = supervision.sessionsOf(staff.get("pat.worker"), staff.get("sue.senior"));
			assertEquals(1, log.size());
			assertTrue(log.get(0).isHeld());
			assertEquals(first.getId(), log.get(0).getRecord().getId());
			assertEquals(TODAY, log.get(0).getNextOn());

			SupervisionRecord second = supervision.startRecord(staff.get("pat.worker"), TODAY, senior);
			assertEquals(List.of("SUPERVISION Training: Book the course", "AUDIT Record the child's views"),
					second.getReviews().stream().map(review -> review.getOrigin().getName() + " " + review.getAction()).toList());
			assertTrue(supervision.recordsOf(staff.get("pat.worker"), staff.get("pip.other")).isEmpty(), "confidential");

			SupervisionSession missed = supervision.recordMissed(staff.get("pat.worker"), TODAY.minusWeeks(3), "Sickness", null, senior);
			assertFalse(missed.isHeld());
			assertThrows(NotPermittedException.class, () -> supervision.recordMissed(staff.get("pat.worker"), TODAY, "Leave", null, worker));

			SuperviseeRow pat = supervision.compliance(staff.get("ann.leader"), Filter.ALL).supervisees().stream()
					.filter(row -> row.supervisee().getName().equals("Pat Worker")).findFirst().orElseThrow();
			assertEquals(TODAY.minusWeeks(6), pat.lastSession(), "a record being written for a session today is not yet a session held");
			assertEquals(1, pat.missed());
			second = supervision.sign(supervision.sign(second, senior), worker);
			pat = supervision.compliance(staff.get("ann.leader"), Filter.ALL).supervisees().stream().filter(row -> row.supervisee().getName().equals("Pat Worker"))
					.findFirst().orElseThrow();
			assertEquals(TODAY, pat.lastSession(), "signed by both, it is held");
		}
	}

	@Test
	void caseworkSupervisionGoesWithTheCaseAndComplianceCountsIt() throws Exception {
		try (Store store = TestAccounts.open(temp.resolve("data"))) {
			Map<String, StaffMember> staff = staff(store);
			Actor senior = new Actor("sue.senior");
			Case aCase = QaFactory.eINSTANCE.createCase();
			aCase.setCaseNumber("LL100001");
			aCase.setStatus(CaseStatus.CHILD_PROTECTION);
			aCase.setLineManager(staff.get("sue.senior"));
			Allocation allocation = QaFactory.eINSTANCE.createAllocation();
			allocation.setWorker(staff.get("pat.worker"));
			allocation.setAllocatedOn(TODAY.minusMonths(6));
			aCase.getAllocations().add(allocation);
			aCase = store.records().save(aCase, senior);
			Supervision supervision = new Supervision(store, Clock.fixed(NOW, ZoneOffset.UTC));
			assertTrue(supervision.compliance(staff.get("sue.senior"), Filter.ALL).cases().get(0).overdue(), "never supervised in six months");

			CaseworkSupervision casework = supervision.startCasework(aCase, TODAY, senior);
			casework.setWhatHasHappened("Core group held.");
			casework = supervision.sign(casework, senior);
			assertEquals(SupervisionState.SIGNED, casework.getState());
			assertEquals(1, supervision.caseworkOf(aCase, staff.get("pip.other")).size(), "it goes with the case");
			var row = supervision.compliance(staff.get("sue.senior"), Filter.ALL).cases().get(0);
			assertEquals(TODAY, row.lastSupervision());
			assertEquals(TODAY.plusMonths(1), row.due());
			assertFalse(row.overdue());
		}
	}

	private static Map<String, StaffMember> staff(Store store) throws Exception {
		Actor admin = new Actor("admin");
		StaffMember leader = store.records().save(member("Ann Leader", Role.TEAM_LEADER, null), admin);
		StaffMember senior = store.records().save(member("Sue Senior", Role.SENIOR_PRACTITIONER, leader), admin);
		StaffMember worker = store.records().save(member("Pat Worker", Role.PRACTITIONER, senior), admin);
		StaffMember otherLeader = store.records().save(member("Bob Leader", Role.TEAM_LEADER, null), admin);
		StaffMember other = store.records().save(member("Pip Other", Role.PRACTITIONER, otherLeader), admin);
		return Map.of("sue.senior", senior, "pat.worker", worker, "pip.other", other, "ann.leader", leader);
	}

	private static StaffMember member(String name, Role role, StaffMember lineManager) {
		StaffMember staff = QaFactory.eINSTANCE.createStaffMember();
		staff.setName(name);
		staff.setInitials(name.replaceAll("[^A-Z]", ""));
		staff.setUserId(name.toLowerCase().replace(' ', '.'));
		staff.getRoles().add(role);
		staff.setLineManager(lineManager);
		staff.setStartDate(LocalDate.of(2020, 1, 6));
		return staff;
	}
}
