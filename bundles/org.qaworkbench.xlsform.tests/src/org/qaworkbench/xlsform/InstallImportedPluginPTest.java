package org.qaworkbench.xlsform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.qaworkbench.core.audits.evidence.TimescaleRegistry;
import org.qaworkbench.core.checklists.registry.ChecklistRegistry;
import org.qaworkbench.core.checklists.registry.PluginFolder;
import org.qaworkbench.core.checklists.validation.DefinitionProblem;
import org.qaworkbench.core.checklists.validation.DefinitionValidator;
import org.qaworkbench.model.ChecklistDefinition;

/** The jar made from a workbook installs through the plugin folder, as qa checklists install does, and its checklist validates clean. */
class InstallImportedPluginPTest {

	@TempDir
	Path temp;

	private PluginFolder plugins;

	@AfterEach
	void uninstall() throws Exception {
		if (plugins != null) {
			for (Bundle bundle : plugins.installed()) {
				plugins.uninstall(bundle.getSymbolicName());
			}
		}
	}

	@Test
	void theImportedPluginInstallsAndItsChecklistAndTimescalesAreThere() throws Exception {
		Path xlsx = temp.resolve("visit.xlsx");
		ChecklistWorkbooks.template("Home visit audit", xlsx);
		WorkbookResult workbook = ChecklistWorkbooks.read(xlsx);
		Path jar = ChecklistPlugins.write(workbook, temp.resolve("out"));

		plugins = new PluginFolder(temp.resolve("data/plugins"), FrameworkUtil.getBundle(PluginFolder.class).getBundleContext());
		Bundle bundle = plugins.install(jar);
		assertEquals("org.example.home-visit-audit", bundle.getSymbolicName());
		assertEquals("1.0.0", bundle.getVersion().toString(), "the bundle version follows the definition's");

		try (ChecklistRegistry registry = new ChecklistRegistry(RegistryFactory.getRegistry(), ChecklistRegistry::read)) {
			registry.setValidator(definition -> DefinitionValidator.validate(definition, definition.getDefinitionId()).stream()
					.map(DefinitionProblem::toString).toList());
			ChecklistDefinition installed = registry.newest("org.example.home-visit-audit").orElseThrow(
					() -> new AssertionError("not installed; broken: " + registry.broken()));
			assertTrue(EcoreUtil.equals(workbook.definition().orElseThrow(), installed), "the installed definition differs");
			assertEquals(List.of(), registry.broken());
		}
		assertEquals(workbook.timescales(), new TimescaleRegistry(RegistryFactory.getRegistry()).rules("org.example.home-visit-audit"));
		assertEquals(List.of(), new TimescaleRegistry(RegistryFactory.getRegistry()).broken());
	}
}
