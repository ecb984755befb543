package org.qaworkbench.store.jdbc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qaworkbench.core.store.Drafts.Draft;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.Item;

abstract class SnapshotsAndDraftsContract extends EngineTestCase {

	private StoreFixture fixture;

	@BeforeEach
	void open() throws Exception {
		fixture = newFixture();
	}

	@AfterEach
	void close() {
		fixture.close();
	}

	@Test
	void eachDefinitionVersionIsStoredOnceAndComesBackWhole() throws Exception {
		ChecklistDefinition definition = Samples.auditDefinition(3);
		String hash = fixture.store.definitions().store(definition, StoreFixture.ALEX);
		assertEquals(hash, fixture.store.definitions().store(Samples.auditDefinition(3), StoreFixture.SAM));
		assertEquals(1, fixture.countRows("DEFINITIONS"));

		ChecklistDefinition loaded = fixture.store.definitions().find(hash).orElseThrow();
		assertTrue(EcoreUtil.equals(definition, loaded));
		Item conditional = loaded.getSections().get(1).getItems().get(1);
		assertEquals(loaded.getSections().get(1).getItems().get(0), conditional.getCondition().getItem(), "references inside the definition resolve");
		assertEquals(loaded.getScales().get(0), loaded.getSections().get(0).getItems().get(0).getScale());
	}

	@Test
	void anUpgradedDefinitionGetsItsOwnSnapshotAndTheOldOneStays() throws Exception {
		String version1 = fixture.store.definitions().store(Samples.auditDefinition(3), StoreFixture.ALEX);
		ChecklistDefinition upgraded = Samples.auditDefinition(4);
		upgraded.setVersion("2.0.0");
		String version2 = fixture.store.definitions().store(upgraded, StoreFixture.ALEX);

		assertNotEquals(version1, version2);
		assertEquals(3, fixture.store.definitions().find(version1).orElseThrow().getSections().get(0).getItems().size());
		assertEquals(4, fixture.store.definitions().find(version2).orElseThrow().getSections().get(0).getItems().size());
	}

	@Test
	void draftsAreKeptPerUserReplacedOnEachAutosaveAndDiscarded() throws Exception {
		String hash = fixture.store.definitions().store(Samples.auditDefinition(3), StoreFixture.ALEX);
		Assessment typing = Samples.audit(hash, 3, "LL1");
		typing.getAssessors().add(fixture.staff("Jo Auditor"));
		long id = fixture.store.drafts().save(0, "Audit of LL1", typing, StoreFixture.ALEX);
		typing.setComments("More typed since");
		assertEquals(id, fixture.store.drafts().save(id, "Audit of LL1", typing, StoreFixture.ALEX));

		List<Draft> alexs = fixture.store.drafts().of(StoreFixture.ALEX);
		assertEquals(1, alexs.size());
		Assessment recovered = (Assessment) alexs.get(0).content();
		assertEquals("More typed since", recovered.getComments());
		assertEquals(typing.getAssessors().get(0).getId(), recovered.getAssessors().get(0).getId());
		assertEquals(List.of(), fixture.store.drafts().of(StoreFixture.SAM));

		fixture.store.drafts().discard(id);
		assertEquals(List.of(), fixture.store.drafts().of(StoreFixture.ALEX));
	}
}
