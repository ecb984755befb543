package org.qaworkbench.xlsform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.qaworkbench.core.audits.evidence.TimescaleRule;
import org.qaworkbench.core.audits.evidence.TimescalesReader;
import org.qaworkbench.core.audits.evidence.TimescalesResult;
import org.qaworkbench.core.checklists.validation.DefinitionLoader;
import org.qaworkbench.core.checklists.validation.DefinitionResult;
import org.qaworkbench.core.checklists.validation.PluginResult;
import org.qaworkbench.core.checklists.validation.PluginValidator;
import org.qaworkbench.model.ChecklistDefinition;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Each of the five seed checklists, exported as a workbook and imported again, is the same definition with the
 * same timescales; and the plugin made from the workbook validates clean and holds that definition.
 */
class SeedRoundTripPTest {

	@TempDir
	Path temp;

	static Stream<String> seeds() {
		return Stream.of("caseaudit", "familyfeedback", "groupvisit", "incredibleyears", "supervisionaudit");
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void exportThenImportGivesTheSameDefinition(String seed) throws Exception {
		Seed original = Seed.of("org.qaworkbench.checklists." + seed);
		Path xlsx = temp.resolve(seed + ".xlsx");
		ChecklistWorkbooks.write(original.definition(), original.timescales(), xlsx);

		WorkbookResult read = ChecklistWorkbooks.read(xlsx);
		assertEquals(List.of(), read.problems());
		assertEquals(List.of(), read.unsupported());
		ChecklistDefinition imported = read.definition().orElseThrow();
		assertTrue(EcoreUtil.equals(original.definition(), imported), () -> seed + ": the imported definition differs");
		assertEquals(original.timescales(), read.timescales());
		assertEquals(!original.timescales().isEmpty(), read.hasTimescales());

		Path jar = ChecklistPlugins.write(read, temp);
		assertEquals("org.qaworkbench.checklists." + seed + '_' + imported.getVersion() + ".jar", jar.getFileName().toString());
		PluginResult plugin = PluginValidator.validate(jar);
		assertTrue(plugin.isValid(), () -> "plugin problems: " + plugin.allProblems());
		assertEquals(1, plugin.definitions().size());
		assertTrue(EcoreUtil.equals(original.definition(), plugin.definitions().get(0).definition().orElseThrow()), "the plugin's definition differs");
	}

	/** A seed plugin's definition and timescales, read from its bundle as the application reads them. */
	record Seed(ChecklistDefinition definition, List<TimescaleRule> timescales) {

		static Seed of(String bundleName) throws Exception {
			Bundle bundle = List.of(FrameworkUtil.getBundle(SeedRoundTripPTest.class).getBundleContext().getBundles()).stream()
					.filter(candidate -> bundleName.equals(candidate.getSymbolicName())).findFirst().orElseThrow();
			Element extension;
			try (InputStream in = bundle.getEntry("plugin.xml").openStream()) {
				extension = (Element) DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getElementsByTagName("extension").item(0);
			}
			String file = ((Element) extension.getElementsByTagName("checklist").item(0)).getAttribute("file");
			URL entry = bundle.getEntry(file);
			DefinitionResult definition = DefinitionLoader.load(entry, bundleName + '/' + file).validated();
			assertTrue(definition.isValid(), () -> definition.problems().toString());
			List<TimescaleRule> rules = List.of();
			NodeList timescales = extension.getElementsByTagName("timescales");
			if (timescales.getLength() > 0) {
				String rulesFile = ((Element) timescales.item(0)).getAttribute("file");
				try (InputStream in = bundle.getEntry(rulesFile).openStream()) {
					TimescalesResult result = TimescalesReader.read(in, rulesFile);
					assertTrue(result.isValid(), () -> result.problems().toString());
					rules = result.rules();
					assertFalse(rules.isEmpty());
				}
			}
			return new Seed(definition.definition().orElseThrow(), rules);
		}
	}
}
