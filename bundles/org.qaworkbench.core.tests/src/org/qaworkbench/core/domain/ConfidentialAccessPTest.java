package org.qaworkbench.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.core.store.AccessLog.Access;
import org.qaworkbench.core.store.AccessLog.Event;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.store.Stores;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.DirectObservation;
import org.qaworkbench.model.QaFactory;

/** The rule of what is confidential, and that opening and exporting such a record is logged and nothing else is. */
class ConfidentialAccessPTest {

	private static final QaFactory QA = QaFactory.eINSTANCE;
	private static final Actor PAT = new Actor("pat.worker");

	@TempDir
	Path temp;

	@Test
	void observationsSupervisionAndPersonalChecklistsAreConfidentialCaseAuditsAreNot() {
		assertTrue(ConfidentialAccess.isConfidential(QA.createDirectObservation()));
		assertTrue(ConfidentialAccess.isConfidential(QA.createSupervisionContract()));
		assertTrue(ConfidentialAccess.isConfidential(QA.createSupervisionRecord()));
		assertTrue(ConfidentialAccess.isConfidential(QA.createSupervisionSession()));
		assertTrue(ConfidentialAccess.isConfidential(QA.createCaseworkSupervision()));
		assertTrue(ConfidentialAccess.isConfidential(assessment("org.qaworkbench.checklists.familyfeedback")));
		assertTrue(ConfidentialAccess.isConfidential(assessment("org.qaworkbench.checklists.supervisionaudit")));
		assertTrue(ConfidentialAccess.isConfidential(assessment("org.qaworkbench.checklists.observation")));
		assertFalse(ConfidentialAccess.isConfidential(assessment("org.qaworkbench.checklists.caseaudit")));
		assertFalse(ConfidentialAccess.isConfidential(QA.createCase()));
		assertFalse(ConfidentialAccess.isConfidential(QA.createStaffMember()));
	}

	@Test
	void openingAndExportingAStoredConfidentialRecordIsLoggedWithWhoWhereAndWhat() throws Exception {
		try (Store store = Stores.open(temp.resolve("data"))) {
			DirectObservation observation = QA.createDirectObservation();
			observation.setId(41);
			Assessment caseAudit = assessment("org.qaworkbench.checklists.caseaudit");
			caseAudit.setId(42);

			ConfidentialAccess.opened(store, PAT, observation);
			ConfidentialAccess.exported(store, PAT, observation, "pdf");
			ConfidentialAccess.opened(store, PAT, caseAudit);
			ConfidentialAccess.opened(store, PAT, QA.createDirectObservation());

			List<Event> events = store.accessLog().newest(10);
			assertEquals(2, events.size(), events.toString());
			Event exported = events.get(0);
			assertEquals(List.of("pat.worker", ConfidentialAccess.workstation(), "DirectObservation", "pdf"),
					List.of(exported.userId(), exported.workstation(), exported.recordKind(), exported.format()));
			assertEquals(Access.EXPORTED, exported.access());
			assertEquals(41, exported.recordId());
			assertEquals(Access.OPENED, events.get(1).access());
			assertFalse(ConfidentialAccess.workstation().isBlank());
		}
	}

	private static Assessment assessment(String definitionId) {
		Assessment assessment = QA.createAssessment();
		assessment.setDefinitionId(definitionId);
		return assessment;
	}
}
