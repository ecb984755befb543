package org.qaworkbench.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qaworkbench.core.domain.DomainFixture.ADMIN;
import static org.qaworkbench.core.domain.DomainFixture.AUDITOR;
import static org.qaworkbench.core.domain.DomainFixture.LINE_MANAGER;
import static org.qaworkbench.core.domain.DomainFixture.MANAGER;
import static org.qaworkbench.core.domain.DomainFixture.PRACTITIONER;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.core.audits.AuditWorkflow;
import org.qaworkbench.core.audits.AuditWorkflow.ActionStep;
import org.qaworkbench.core.audits.AuditWorkflow.Step;
import org.qaworkbench.core.store.InvalidRecordException;
import org.qaworkbench.core.store.NotPermittedException;
import org.qaworkbench.core.store.Records.BulkInsert;
import org.qaworkbench.core.store.StaleRecordException;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.AssessmentState;
import org.qaworkbench.model.Locality;
import org.qaworkbench.model.RemedialAction;

/** Every change goes through the domain layer: validated, scored, locked, one unit of work; the engine only persists. */
class DomainLayerPTest {

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
	void theStoreTheProductOpensIsTheDomainLayerOverAnEngine() {
		assertTrue(fixture.store instanceof DomainStore, fixture.store.getClass().getName());
		assertFalse(DomainStore.engineOf(fixture.store) instanceof DomainStore);
	}

	@Test
	void aSignedOffAssessmentChangedWithoutAnAmendmentIsRefusedByTheDomainLayerNotTheEngine() throws Exception {
		Assessment completed = fixture.workflow().complete(fixture.audit, AUDITOR);
		Assessment edited = fixture.stored(completed);
		edited.getAnswers().get(0).setValue("1");
		int history = fixture.store.history().of(completed).size();

		NotPermittedException locked = assertThrows(NotPermittedException.class, () -> fixture.counted.records().save(edited, AUDITOR));
		assertTrue(locked.getMessage().contains("is Completed and locked: change it through an amendment with a reason"), locked.getMessage());
		// The domain's check ran inside the engine's transaction, on the copy the engine read: nothing was written.
		assertEquals("2", fixture.stored(completed).getAnswers().get(0).getValue());
		assertEquals(completed.getRowVersion(), fixture.stored(completed).getRowVersion());
		assertEquals(history, fixture.store.history().of(completed).size(), "no history row");

		// The engine alone only persists: the lock is the domain layer's, whatever engine is underneath.
		Store engine = DomainStore.engineOf(fixture.store);
		Assessment direct = engine.records().resolve(completed).orElseThrow();
		direct.getAnswers().get(0).setValue("1");
		assertEquals("1", engine.records().save(direct, AUDITOR).getAnswers().get(0).getValue());
	}

	@Test
	void theLockIsCheckedAgainstTheCopyThatWasReadSoAStaleCopyIsRefusedAsStale() throws Exception {
		Assessment completed = fixture.workflow().complete(fixture.audit, AUDITOR);
		Assessment moderated = fixture.workflow().moderate(completed, null, null, MANAGER);
		// A copy read before moderation, changed and saved: the stored copy moved on, so it is stale, not "locked".
		completed.setPractitionerResponse("late");
		assertThrows(StaleRecordException.class, () -> fixture.store.records().save(completed, AUDITOR));
		assertEquals(AssessmentState.MODERATED, fixture.stored(moderated).getState());
	}

	@Test
	void anUpdateLeavesReadingTheStoredCopyToTheEngineSoASaveReadsItOnce() throws Exception {
		Assessment draft = fixture.stored(fixture.audit);
		draft.setComments("Chronology checked");
		fixture.engineCalls.clear();
		Assessment saved = fixture.counted.records().save(draft, AUDITOR);
		assertEquals(List.of("save"), fixture.engineCalls, "the lock is checked on the engine's own read, not on one of the domain's");
		assertEquals("Chronology checked", fixture.stored(saved).getComments());

		// And the lock still holds through that read: a completed audit changed without an amendment is refused.
		Assessment completed = fixture.workflow().complete(fixture.stored(saved), AUDITOR);
		Assessment edited = fixture.stored(completed);
		edited.setComments("Changed after completion");
		fixture.engineCalls.clear();
		assertThrows(NotPermittedException.class, () -> fixture.counted.records().save(edited, AUDITOR));
		assertEquals(List.of("save"), fixture.engineCalls);
	}

	@Test
	void anInvalidRecordNeverReachesTheStore() throws Exception {
		Locality nameless = DomainFixture.QA.createLocality();
		InvalidRecordException refused = assertThrows(InvalidRecordException.class, () -> fixture.counted.records().save(nameless, ADMIN));
		assertEquals(List.of("name"), refused.problems().stream().map(InvalidRecordException.Problem::field).toList());
		Assessment offScale = fixture.draft();
		offScale.getAnswers().get(0).setValue("7");
		assertThrows(InvalidRecordException.class, () -> fixture.counted.records().save(offScale, AUDITOR));
		try (BulkInsert bulk = fixture.counted.records().bulkInsert(ADMIN)) {
			Locality named = DomainFixture.QA.createLocality();
			named.setName("Borough");
			assertThrows(InvalidRecordException.class, () -> bulk.add(named, List.of(DomainFixture.QA.createLocality())), "a unit with an invalid part");
		}
		assertEquals(List.of(), fixture.engineWrites, "nothing reached the engine");
		assertEquals(1, fixture.store.records().count(Locality.class));
	}

	@Test
	void aDraftIsScoredByItsChecklistsRulesOnEverySave() throws Exception {
		Assessment draft = fixture.draft();
		assertTrue(draft.getScores().isEmpty());
		Assessment saved = fixture.store.records().save(draft, AUDITOR);
		assertEquals(0, saved.getScores().get(saved.getScores().size() - 1).getValue().compareTo(new java.math.BigDecimal("3")), "mean of 2, 3, 4");
	}

	@Test
	void completingSavesTheAuditAndItsActionsInOneTransaction() throws Exception {
		RemedialAction action = fixture.action("Update the chronology", LocalDate.of(2026, 4, 20));
		// While the workflow completes, someone else changes the action: the unit's action is stale, so nothing of it is saved.
		fixture.beforeEngineSave = () -> {
			try {
				RemedialAction changed = fixture.store.records().resolve(action).orElseThrow();
				changed.setAction("Update the chronology and the plan");
				fixture.store.records().save(changed, ADMIN);
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		};
		AuditWorkflow workflow = new AuditWorkflow(fixture.counted, DomainFixture.CLOCK);
		assertThrows(StaleRecordException.class, () -> workflow.complete(fixture.audit, AUDITOR));
		Assessment after = fixture.stored(fixture.audit);
		assertEquals(AssessmentState.DRAFT, after.getState(), "the audit is as it was");
		assertEquals(fixture.audit.getRowVersion(), after.getRowVersion());
		assertEquals(null, fixture.store.records().resolve(action).orElseThrow().getFollowUp(), "no follow-up date either");

		fixture.beforeEngineSave = () -> {
		};
		Assessment completed = workflow.complete(fixture.stored(fixture.audit), AUDITOR);
		assertEquals(AssessmentState.COMPLETED, completed.getState());
		assertEquals(LocalDate.of(2026, 7, 1), fixture.store.records().resolve(action).orElseThrow().getFollowUp().getDueOn());
	}

	@Test
	void availableStepsDifferPerPerson() throws Exception {
		AuditWorkflow workflow = fixture.workflow();
		assertEquals(Set.of(Step.COMPLETE), workflow.availableSteps(fixture.audit, AUDITOR));
		assertEquals(Set.of(), workflow.availableSteps(fixture.audit, MANAGER));
		assertEquals(Set.of(ActionStep.ADD), workflow.availableActionSteps(fixture.audit, PRACTITIONER), "no actions yet to change");
		fixture.action("Update the chronology", LocalDate.of(2026, 4, 20));
		assertEquals(Set.of(ActionStep.ADD, ActionStep.EDIT), workflow.availableActionSteps(fixture.audit, AUDITOR));

		Assessment completed = workflow.complete(fixture.audit, AUDITOR);
		assertEquals(Set.of(Step.AMEND), workflow.availableSteps(completed, AUDITOR));
		assertEquals(Set.of(Step.MODERATE, Step.AMEND), workflow.availableSteps(completed, MANAGER));
		assertEquals(Set.of(), workflow.availableSteps(completed, LINE_MANAGER));
		assertEquals(Set.of(ActionStep.FOLLOW_UP), workflow.availableActionSteps(completed, AUDITOR));
		assertEquals(Set.of(ActionStep.ADDRESS), workflow.availableActionSteps(completed, LINE_MANAGER));
		assertEquals(Set.of(), workflow.availableActionSteps(completed, PRACTITIONER));
		assertTrue(workflow.whyNot(ActionStep.ADD, completed, AUDITOR).orElseThrow().contains("while the audit is a draft"));
		assertTrue(workflow.whyNot(ActionStep.ADDRESS, completed, AUDITOR).orElseThrow().contains("Only the case's line manager"));
	}
}
