package org.qaworkbench.core.checklists.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.core.checklists.registry.DefinitionResolver.Resolved;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.testing.TestAccounts;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.QaFactory;

/** Version pinning: an assessment keeps the definition it was started with through upgrade and removal. */
class DefinitionResolverPTest {

	private static final String ID = "test.pinned"; //$NON-NLS-1$
	private static final Actor ALEX = new Actor("alex"); //$NON-NLS-1$

	@TempDir
	Path temp;

	@Test
	void anAssessmentKeepsItsVersionThroughUpgradeAndRemoval() throws Exception {
		PluginFolder plugins = new PluginFolder(temp.resolve("data/plugins"), TestPlugins.context()); //$NON-NLS-1$
		try (Store store = TestAccounts.open(temp.resolve("data")); //$NON-NLS-1$
				ChecklistRegistry registry = new ChecklistRegistry(RegistryFactory.getRegistry(), ChecklistRegistry::read)) {
			DefinitionResolver resolver = new DefinitionResolver(registry, store.definitions());
			plugins.install(TestPlugins.plugin(temp.resolve("v1"), ID, "1.0.0", ID, "1.0.0")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

			Resolved first = resolver.forNewAssessment(ID, ALEX).orElseThrow();
			assertEquals("1.0.0", first.definition().getVersion()); //$NON-NLS-1$
			Assessment started = assessmentOn(first);

			plugins.install(TestPlugins.plugin(temp.resolve("v2"), ID, "2.0.0", ID, "2.0.0")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			ChecklistDefinition pinned = resolver.forAssessment(started).orElseThrow();
			assertEquals("1.0.0", pinned.getVersion()); //$NON-NLS-1$
			assertEquals(1, pinned.getSections().get(0).getItems().size());
			Resolved second = resolver.forNewAssessment(ID, ALEX).orElseThrow();
			assertEquals("2.0.0", second.definition().getVersion()); //$NON-NLS-1$
			assertEquals(2, second.definition().getSections().get(0).getItems().size());
			assertNotEquals(first.hash(), second.hash());

			plugins.uninstall(ID);
			assertTrue(registry.newest(ID).isEmpty(), "the plugin is gone"); //$NON-NLS-1$
			assertTrue(resolver.forNewAssessment(ID, ALEX).isEmpty());
			assertEquals("1.0.0", resolver.forAssessment(started).orElseThrow().getVersion()); //$NON-NLS-1$
			assertEquals("2.0.0", resolver.forAssessment(assessmentOn(second)).orElseThrow().getVersion()); //$NON-NLS-1$
		} finally {
			for (var bundle : plugins.installed()) {
				plugins.uninstall(bundle.getSymbolicName());
			}
		}
	}

	private static Assessment assessmentOn(Resolved resolved) {
		Assessment assessment = QaFactory.eINSTANCE.createAssessment();
		assessment.setDefinitionId(resolved.definition().getDefinitionId());
		assessment.setDefinitionVersion(resolved.definition().getVersion());
		assessment.setDefinitionHash(resolved.hash());
		return assessment;
	}
}
