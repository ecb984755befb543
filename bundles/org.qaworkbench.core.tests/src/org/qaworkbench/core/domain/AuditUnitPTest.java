package org.qaworkbench.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qaworkbench.core.domain.DomainFixture.ADMIN;
import static org.qaworkbench.core.domain.DomainFixture.AUDITOR;
import static org.qaworkbench.core.domain.DomainFixture.LINE_MANAGER;
import static org.qaworkbench.core.domain.DomainFixture.MANAGER;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.core.audits.AuditUnit;
import org.qaworkbench.core.audits.AuditWorkflow;
import org.qaworkbench.core.store.InvalidRecordException;
import org.qaworkbench.core.store.NotPermittedException;
import org.qaworkbench.core.store.Records.BulkInsert;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.AssessmentState;
import org.qaworkbench.model.RemedialAction;
import org.qaworkbench.model.SignOff;
import org.qaworkbench.model.StaffMember;

/** The bulk path: an audit taken through the workflow's own steps in memory, then added whole and validated. */
class AuditUnitPTest {

	@TempDir
	Path temp;
	private DomainFixture fixture;

	@BeforeEach
	void open() throws Exception {
		fixture = new DomainFixture(temp);
	}

	@AfterEach
	void close() {
		fixture.close();
	}

	@Test
	void aUnitTakesTheWorkflowsStepsFromTheRightPeopleThenIsAddedWhole() throws Exception {
		AuditUnit unit = unit("Update the chronology");
		AuditWorkflow workflow = new AuditWorkflow(unit, DomainFixture.CLOCK);
		assertThrows(NotPermittedException.class, () -> workflow.complete(unit.audit(), MANAGER), "only the auditor completes");
		workflow.complete(unit.audit(), AUDITOR);
		assertThrows(NotPermittedException.class, () -> workflow.moderate(unit.audit(), null, null, LINE_MANAGER));
		workflow.moderate(unit.audit(), null, null, MANAGER);
		workflow.recordAddressed(unit.actions().get(0), "Chronology updated", LocalDate.of(2026, 4, 1), null, LINE_MANAGER);
		assertEquals(0, fixture.engineWrites.size(), "nothing stored while the steps are taken");

		long id;
		try (BulkInsert bulk = fixture.counted.records().bulkInsert(ADMIN)) {
			id = unit.addTo(bulk);
		}
		Assessment stored = fixture.store.records().find(Assessment.class, id).orElseThrow();
		assertEquals(AssessmentState.MODERATED, stored.getState());
		assertEquals(List.of(AUDITOR.userId(), MANAGER.userId()), stored.getSignOffs().stream().map(SignOff::getBy).toList());
		assertEquals(DomainFixture.CLOCK.instant(), stored.getSignOffs().get(0).getAt());
		RemedialAction action = fixture.workflow().actionsOf(stored).get(0);
		assertEquals("SS", action.getInitials(), "the line manager's");
		assertEquals(LocalDate.of(2026, 7, 1), action.getFollowUp().getDueOn());
	}

	@Test
	void aUnitIsValidatedWhenAddedAndAnInvalidOneAddsNothing() throws Exception {
		AuditUnit unit = unit("x".repeat(40_000));
		new AuditWorkflow(unit, DomainFixture.CLOCK).complete(unit.audit(), AUDITOR);
		try (BulkInsert bulk = fixture.counted.records().bulkInsert(ADMIN)) {
			InvalidRecordException refused = assertThrows(InvalidRecordException.class, () -> unit.addTo(bulk));
			assertTrue(refused.problems().get(0).field().equals("action"), refused.getMessage());
		}
		assertEquals(List.of(), fixture.engineWrites);
		assertEquals(1, fixture.store.records().count(Assessment.class), "only the fixture's draft");
	}

	private AuditUnit unit(String actionText) {
		RemedialAction action = DomainFixture.QA.createRemedialAction();
		action.setAction(actionText);
		action.setOwner(fixture.practitioner);
		action.setDueOn(LocalDate.of(2026, 4, 20));
		List<StaffMember> staff = fixture.store.records().list(StaffMember.class);
		return new AuditUnit(fixture.draft(), List.of(action), fixture.aCase,
				userId -> staff.stream().filter(member -> userId.equals(member.getUserId())).findFirst(), fixture.definition);
	}
}
