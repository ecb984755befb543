package org.qaworkbench.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.testing.TestAccounts;
import org.qaworkbench.core.supervision.Supervision;
import org.qaworkbench.core.supervision.SupervisionCompliance;
import org.qaworkbench.core.supervision.SupervisionForms;
import org.qaworkbench.model.CaseworkSupervision;
import org.qaworkbench.model.Role;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.model.SupervisionContract;
import org.qaworkbench.model.SupervisionRecord;
import org.qaworkbench.model.SupervisionSession;
import org.qaworkbench.model.SupervisionState;

class DemoSupervisionPTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	@TempDir
	Path temp;

	@Test
	void contractsSomeDueForReviewAYearOfSignedRecordsAndSessionsSomeMissedAndCaseworkOnMostOpenCasesSomeOverdue() throws Exception {
		try (Store store = TestAccounts.open(temp.resolve("data"))) {
			new DemoService(store, new Actor("demo"), 7, 1, TODAY).generate(DemoServicePTest.definition());

			List<SupervisionContract> contracts = store.records().list(SupervisionContract.class);
			long supervisees = store.records().list(StaffMember.class).stream().filter(staff -> staff.getLineManager() != null).count();
			assertEquals(supervisees, contracts.size(), "a contract for everyone with a line manager");
			assertTrue(contracts.stream().allMatch(contract -> contract.getState() == SupervisionState.SIGNED && contract.getSignOffs().size() == 2
					&& SupervisionForms.CONTRACT.equals(contract.getDefinitionId()) && contract.getDefinitionHash() != null), "signed by both, on the form");
			long due = contracts.stream().filter(contract -> !contract.getReviewOn().isAfter(TODAY)).count();
			assertTrue(due > 0 && due < contracts.size(), "some due for review: " + due);

			List<SupervisionRecord> records = new ArrayList<>();
			store.records().forEach(SupervisionRecord.class, records::add);
			assertTrue(records.size() > 200, "a year of records: " + records.size());
			assertTrue(records.stream().allMatch(record -> !record.getHeldOn().isAfter(TODAY) && record.getHeldOn().isAfter(TODAY.minusYears(1))));
			assertTrue(records.stream().filter(record -> record.getState() == SupervisionState.SIGNED).count() > records.size() * 9 / 10, "signed by both");
			assertTrue(records.stream().anyMatch(record -> record.getReviews().stream().anyMatch(review -> !review.isDone())), "actions carried forward");
			assertTrue(records.stream().allMatch(record -> record.getAgendaItems().size() == 6), "the form's six agenda rows");

			List<SupervisionSession> sessions = new ArrayList<>();
			store.records().forEach(SupervisionSession.class, sessions::add);
			List<SupervisionSession> missed = sessions.stream().filter(session -> !session.isHeld()).toList();
			assertTrue(!missed.isEmpty() && missed.stream().allMatch(session -> session.getMissedReason() != null && !session.getMissedReason().isBlank()),
					"some missed, each with why");
			assertTrue(sessions.stream().filter(SupervisionSession::isHeld).allMatch(session -> session.getRecord() != null), "held sessions filled from their records");

			Set<String> supervised = new HashSet<>();
			List<CaseworkSupervision> seen = new ArrayList<>();
			List<CaseworkSupervision> all = new ArrayList<>();
			store.records().forEach(CaseworkSupervision.class, casework -> {
				all.add(casework);
				assertEquals(SupervisionState.SIGNED, casework.getState());
				supervised.add(casework.getCaseNumber());
				if (casework.getChildLastSeenOn() != null) {
					assertFalse(casework.getChildLastSeenOn().isAfter(casework.getHeldOn()), "seen by the day of the supervision");
					seen.add(casework);
				}
			});
			assertTrue(seen.size() > all.size() * 3 / 4, "the date the child was last seen filled from the case's key dates on most: " + seen.size() + " of " + all.size());
			StaffMember manager = store.records().list(StaffMember.class).stream().filter(staff -> staff.getRoles().contains(Role.SERVICE_DELIVERY_MANAGER))
					.findFirst().orElseThrow();
			SupervisionCompliance.Report report = new Supervision(store, Clock.fixed(TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault()))
					.compliance(manager, SupervisionCompliance.Filter.ALL);
			long withCasework = report.cases().stream().filter(row -> row.lastSupervision() != null).count();
			assertTrue(withCasework > report.cases().size() * 2 / 3, "casework supervision on most open cases (the newest not yet due): " + withCasework + " of " + report.cases().size());
			long overdue = report.cases().stream().filter(SupervisionCompliance.CaseRow::overdue).count();
			assertTrue(overdue > 0 && overdue < report.cases().size() / 3, "some overdue: " + overdue);
			assertTrue(report.supervisees().stream().anyMatch(row -> !row.contractInDate()) && report.supervisees().stream().anyMatch(SupervisionCompliance.SuperviseeRow::contractInDate));
		}
	}
}
