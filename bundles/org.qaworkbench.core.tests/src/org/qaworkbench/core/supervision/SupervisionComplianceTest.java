package org.qaworkbench.core.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.qaworkbench.core.queries.OpenCaseEntry;
import org.qaworkbench.core.queries.SupervisionContractEntry;
import org.qaworkbench.core.queries.SupervisionRecordEntry;
import org.qaworkbench.core.queries.SupervisionSessionEntry;
import org.qaworkbench.core.supervision.SupervisionCompliance.CaseRow;
import org.qaworkbench.core.supervision.SupervisionCompliance.Filter;
import org.qaworkbench.core.supervision.SupervisionCompliance.Report;
import org.qaworkbench.core.supervision.SupervisionCompliance.Rollup;
import org.qaworkbench.core.supervision.SupervisionCompliance.SuperviseeRow;
import org.qaworkbench.model.CaseStatus;
import org.qaworkbench.model.Locality;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.model.SupervisionState;
import org.qaworkbench.model.Team;

class SupervisionComplianceTest {

	private static final LocalDate SIGNED = LocalDate.of(2025, 6, 2);

	private final Fixture people = new Fixture();
	private final List<SupervisionContractEntry> contracts = new ArrayList<>();
	private final List<SupervisionSessionEntry> sessions = new ArrayList<>();
	private final List<SupervisionRecordEntry> records = new ArrayList<>();
	private final List<OpenCaseEntry> cases = new ArrayList<>();
	private final Team teamA = team(20, "Team A");
	private final Team teamB = team(21, "Team B");
	private final Locality wrekin = locality(30, "The Wrekin");

	SupervisionComplianceTest() {
		for (StaffMember member : people.all) {
			member.setLocality(reference(wrekin));
		}
		people.workerA.setTeam(reference(teamA));
		people.assistantA.setTeam(reference(teamA));
		people.workerB.setTeam(reference(teamB));
		// Pat: contracted 6-weekly, signed; held every 6 weeks since, but the last one missed.
		contracts.add(new SupervisionContractEntry(100, people.seniorA.getId(), people.workerA.getId(), "P6W", SupervisionState.SIGNED, SIGNED, SIGNED,
				SIGNED.plusMonths(12), 0));
		for (LocalDate on = SIGNED; on.isBefore(LocalDate.of(2026, 2, 1)); on = on.plusWeeks(6)) {
			sessions.add(new SupervisionSessionEntry(sessions.size() + 1, people.seniorA.getId(), people.workerA.getId(), on, true, "SS", null, on.plusWeeks(6), null, 0));
		}
		sessions.add(new SupervisionSessionEntry(90, people.seniorA.getId(), people.workerA.getId(), LocalDate.of(2026, 2, 9), false, null, "Sickness",
				LocalDate.of(2026, 2, 23), null, 0));
		// Pip: a draft contract only, one record.
		contracts.add(new SupervisionContractEntry(101, people.seniorB.getId(), people.workerB.getId(), "P1M", SupervisionState.DRAFT, null, null, null, 0));
		records.add(new SupervisionRecordEntry(200, people.seniorB.getId(), people.workerB.getId(), LocalDate.of(2026, 2, 20), LocalDate.of(2026, 3, 20), "10:00",
				SupervisionState.SIGNED));
		// A child protection case supervised 5 weeks ago; a case supervised 2 months ago; one never supervised.
		cases.add(new OpenCaseEntry(1, "LL1", CaseStatus.CHILD_PROTECTION, 30, people.seniorA.getId(), people.workerA.getId(), LocalDate.of(2025, 1, 1),
				LocalDate.of(2026, 2, 3)));
		cases.add(new OpenCaseEntry(2, "LL2", CaseStatus.CHILD_IN_NEED, 30, people.seniorA.getId(), people.workerA.getId(), LocalDate.of(2025, 1, 1),
				LocalDate.of(2026, 1, 10)));
		cases.add(new OpenCaseEntry(3, "LL3", CaseStatus.EARLY_HELP, 30, people.seniorB.getId(), people.workerB.getId(), LocalDate.of(2026, 2, 1), null));
	}

	private Report on(LocalDate today, StaffMember person, Filter filter) {
		SupervisionCompliance.Facts facts = new SupervisionCompliance.Facts(people.all, List.of(teamA, teamB), List.of(wrekin), contracts, records, sessions, cases);
		return SupervisionCompliance.compute(facts, Fixture.policy(), people.access(), person, filter, today);
	}

	private static SuperviseeRow row(Report report, StaffMember who) {
		return report.supervisees().stream().filter(row -> row.supervisee().getId() == who.getId()).findFirst().orElseThrow();
	}

	@Test
	void perSuperviseeContractIntervalLastNextDueOverdueAndHeldAgainstPlanned() {
		Report report = on(LocalDate.of(2026, 3, 10), people.manager, Filter.ALL);
		SuperviseeRow pat = row(report, people.workerA);
		assertTrue(pat.contractSigned());
		assertTrue(pat.contractInDate());
		assertEquals("6-weekly", pat.frequencyLabel());
		assertEquals(LocalDate.of(2025, 12, 29), pat.lastSession());
		assertEquals(LocalDate.of(2026, 2, 9), pat.nextDue());
		assertTrue(pat.overdue());
		assertEquals(6, pat.held(), "held in the 12 months to 10/03/2026");
		assertEquals(1, pat.missed());
		assertEquals(8, pat.planned(), "6-weekly over 12 months");
		assertEquals(people.seniorA.getId(), pat.supervisor().getId());

		SuperviseeRow pip = row(report, people.workerB);
		assertFalse(pip.contractSigned(), "a draft is not a signed contract");
		assertEquals("6-weekly", pip.frequencyLabel(), "the policy's default until a contract is signed");
		assertEquals(LocalDate.of(2026, 2, 20), pip.lastSession());
		assertEquals(LocalDate.of(2026, 3, 20), pip.nextPlanned());
		assertFalse(pip.overdue());
	}

	@Test
	void aRecordNotYetSignedByBothIsNotASessionHeld() {
		LocalDate today = LocalDate.of(2026, 3, 10);
		// Pat's supervision of today begun in the editor, and Pip's of 5 March signed by the supervisor only: both drafts until both sign.
		records.add(new SupervisionRecordEntry(201, people.seniorA.getId(), people.workerA.getId(), today, LocalDate.of(2026, 4, 21), null, SupervisionState.DRAFT));
		records.add(new SupervisionRecordEntry(202, people.seniorB.getId(), people.workerB.getId(), LocalDate.of(2026, 3, 5), LocalDate.of(2026, 4, 2), null,
				SupervisionState.DRAFT));
		Report report = on(today, people.manager, Filter.ALL);
		SuperviseeRow pat = row(report, people.workerA);
		assertEquals(LocalDate.of(2025, 12, 29), pat.lastSession(), "the draft is not the last session");
		assertEquals(6, pat.held());
		assertTrue(pat.overdue(), "still overdue until the record is signed by both");
		SuperviseeRow pip = row(report, people.workerB);
		assertEquals(LocalDate.of(2026, 2, 20), pip.lastSession(), "signed by one is not yet held");
		assertEquals(LocalDate.of(2026, 3, 20), pip.nextPlanned());
		assertEquals(1, pip.held());

		records.set(records.size() - 1, new SupervisionRecordEntry(202, people.seniorB.getId(), people.workerB.getId(), LocalDate.of(2026, 3, 5),
				LocalDate.of(2026, 4, 2), null, SupervisionState.SIGNED));
		SuperviseeRow signed = row(on(today, people.manager, Filter.ALL), people.workerB);
		assertEquals(LocalDate.of(2026, 3, 5), signed.lastSession(), "once signed by both, it is held");
		assertEquals(2, signed.held());
	}

	@Test
	void complianceMovesWithTheClock() {
		assertFalse(row(on(LocalDate.of(2026, 2, 9), people.manager, Filter.ALL), people.workerA).overdue());
		assertTrue(row(on(LocalDate.of(2026, 2, 10), people.manager, Filter.ALL), people.workerA).overdue());
		assertTrue(row(on(LocalDate.of(2026, 6, 1), people.manager, Filter.ALL), people.workerA).contractInDate());
		assertFalse(row(on(LocalDate.of(2026, 6, 2), people.manager, Filter.ALL), people.workerA).contractInDate(), "due for review 12 months after signing");

		CaseRow cp = on(LocalDate.of(2026, 3, 3), people.manager, Filter.ALL).cases().stream().filter(c -> c.caseNumber().equals("LL1")).findFirst().orElseThrow();
		assertEquals(LocalDate.of(2026, 3, 3), cp.due(), "child protection: monthly");
		assertFalse(cp.overdue());
		assertTrue(on(LocalDate.of(2026, 3, 4), people.manager, Filter.ALL).cases().stream().filter(c -> c.caseNumber().equals("LL1")).findFirst().orElseThrow()
				.overdue());
		CaseRow cin = on(LocalDate.of(2026, 3, 4), people.manager, Filter.ALL).cases().stream().filter(c -> c.caseNumber().equals("LL2")).findFirst().orElseThrow();
		assertEquals(LocalDate.of(2026, 4, 10), cin.due(), "every open case at least 3-monthly");
		assertEquals("P3M", cin.interval());
	}

	@Test
	void eachSeesOnlyTheirOwnLineAndFiltersNarrowItThenRollUpByTeamAndLocality() {
		Report seniorB = on(LocalDate.of(2026, 3, 10), people.seniorB, Filter.ALL);
		assertEquals(List.of("Bea Senior", "Pip Other"), seniorB.supervisees().stream().map(row -> row.supervisee().getName()).sorted().toList());
		Report pat = on(LocalDate.of(2026, 3, 10), people.workerA, Filter.ALL);
		assertEquals(List.of("Pat Worker"), pat.supervisees().stream().map(row -> row.supervisee().getName()).toList());

		Report teamB = on(LocalDate.of(2026, 3, 10), people.manager, new Filter(null, "team b", null));
		assertEquals(List.of("Pip Other"), teamB.supervisees().stream().map(row -> row.supervisee().getName()).toList());
		assertEquals(List.of("LL3"), teamB.cases().stream().map(CaseRow::caseNumber).toList());
		Report bySupervisor = on(LocalDate.of(2026, 3, 10), people.manager, new Filter(null, null, "sue.senior"));
		assertEquals(List.of("Alex Assistant", "Pat Worker"), bySupervisor.supervisees().stream().map(row -> row.supervisee().getName()).sorted().toList());
		assertEquals(List.of("LL1", "LL2"), bySupervisor.cases().stream().map(CaseRow::caseNumber).sorted().toList());

		Report all = on(LocalDate.of(2026, 3, 10), people.manager, Filter.ALL);
		Rollup a = all.teams().stream().filter(r -> r.name().equals("Team A")).findFirst().orElseThrow();
		assertEquals(2, a.supervisees());
		assertEquals(2, a.openCases());
		assertEquals(1, a.casesOverdue(), "LL1 is past its month");
		Rollup locality = all.localities().get(0);
		assertEquals("The Wrekin", locality.name());
		assertEquals(all.supervisees().size(), locality.supervisees());
		assertEquals(3, locality.openCases());
	}

	private static Team team(long id, String name) {
		Team team = QaFactory.eINSTANCE.createTeam();
		team.setId(id);
		team.setName(name);
		return team;
	}

	private static Locality locality(long id, String name) {
		Locality locality = QaFactory.eINSTANCE.createLocality();
		locality.setId(id);
		locality.setName(name);
		return locality;
	}

	private static <T extends org.qaworkbench.model.Identified> T reference(T record) {
		@SuppressWarnings("unchecked")
		T reference = (T) QaFactory.eINSTANCE.create(record.eClass());
		reference.setId(record.getId());
		return reference;
	}
}
