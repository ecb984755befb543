package org.qaworkbench.core.checklists.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plugin jars built by the test, checked as {@code qa checklists validate} checks them before installing. */
class PluginValidatorTest {

	private static final String MANIFEST = "Manifest-Version: 1.0\nBundle-ManifestVersion: 2\nBundle-SymbolicName: org.example.visit;singleton:=true\n" //$NON-NLS-1$
			+ "Bundle-Version: 1.0.0\n"; //$NON-NLS-1$
	private static final String PLUGIN_XML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<?eclipse version=\"3.4\"?>\n<plugin>\n" //$NON-NLS-1$
			+ "  <extension point=\"org.qaworkbench.core.checklists\">\n    <checklist file=\"checklists/visit.xmi\"/>\n  </extension>\n</plugin>\n"; //$NON-NLS-1$

	@TempDir
	Path temp;

	@Test
	void aCompletePluginIsValid() throws IOException {
		PluginResult result = PluginValidator.validate(jar(MANIFEST, PLUGIN_XML, "checklists/visit.xmi", goodDefinition())); //$NON-NLS-1$
		assertEquals(List.of(), result.allProblems());
		assertTrue(result.isValid());
		assertEquals("org.example.visit", result.bundle()); //$NON-NLS-1$
		assertEquals(1, result.definitions().size());
		assertEquals("org.example.visit/checklists/visit.xmi", result.definitions().get(0).source()); //$NON-NLS-1$
	}

	@Test
	void aMissingDefinitionFileIsNamed() throws IOException {
		Path jar = jar(MANIFEST, PLUGIN_XML.replace("visit.xmi", "visits.xmi"), "checklists/visit.xmi", goodDefinition()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(List.of(jar + ": plugin.xml: it names the definition file checklists/visits.xmi, which is not in the jar"), problems(jar)); //$NON-NLS-1$
	}

	@Test
	void theManifestNeedsASingletonSymbolicName() throws IOException {
		Path unnamed = jar(MANIFEST.replace("Bundle-SymbolicName: org.example.visit;singleton:=true\n", ""), PLUGIN_XML, "checklists/visit.xmi", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				goodDefinition());
		assertEquals(List.of(unnamed + ": META-INF/MANIFEST.MF: there is no Bundle-SymbolicName; add one such as " //$NON-NLS-1$
				+ "Bundle-SymbolicName: org.example.visit;singleton:=true"), problems(unnamed)); //$NON-NLS-1$
		Path plural = jar(MANIFEST.replace(";singleton:=true", ""), PLUGIN_XML, "checklists/visit.xmi", goodDefinition()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(List.of(plural + ": META-INF/MANIFEST.MF: the Bundle-SymbolicName needs ;singleton:=true, as in " //$NON-NLS-1$
				+ "Bundle-SymbolicName: org.example.visit;singleton:=true"), problems(plural)); //$NON-NLS-1$
		Path spaced = jar(MANIFEST.replace(";singleton:=true", "; singleton:=\"true\""), PLUGIN_XML, "checklists/visit.xmi", goodDefinition()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(List.of(), problems(spaced));
	}

	@Test
	void aBrokenDefinitionInAJarIsNamedByBundleAndFile() throws IOException {
		Path jar = jar(MANIFEST, PLUGIN_XML, "checklists/visit.xmi", goodDefinition().replace("matrixFiles=\"4\"", "matrixFiles=\"9\"")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertEquals(List.of("org.example.visit/checklists/visit.xmi: item 'files': a tick matrix needs between 1 and 8 sampled files (matrixFiles), not 9"), //$NON-NLS-1$
				problems(jar));
	}

	@Test
	void aJarWithoutChecklistsOrPluginXmlIsRefused() throws IOException {
		Path empty = jar(MANIFEST, "<plugin/>", "checklists/visit.xmi", goodDefinition()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(List.of(empty + ": plugin.xml: it contributes no checklist to org.qaworkbench.core.checklists"), problems(empty)); //$NON-NLS-1$
		Path none = jar(MANIFEST, null, "checklists/visit.xmi", goodDefinition()); //$NON-NLS-1$
		assertEquals(List.of(none + ": there is no plugin.xml"), problems(none)); //$NON-NLS-1$
	}

	@Test
	void aFileThatIsNotAZipIsRefused() throws IOException {
		Path text = Files.writeString(temp.resolve("visit.jar"), "not a zip"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(List.of(text + ": this is not a plugin jar (it is not a zip archive)"), problems(text)); //$NON-NLS-1$
	}

	@Test
	void aBundleVersionOtherThanTheDefinitionsIsWarnedOfNotRefused() throws IOException {
		Path same = jar(MANIFEST.replace("Bundle-Version: 1.0.0", "Bundle-Version: 1.0.0.v20261130"), PLUGIN_XML, "checklists/visit.xmi", goodDefinition()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(List.of(), PluginValidator.validate(same).warnings(), "the qualifier does not count"); //$NON-NLS-1$
		Path raised = jar(MANIFEST.replace("Bundle-Version: 1.0.0", "Bundle-Version: 1.1.0"), PLUGIN_XML, "checklists/visit.xmi", goodDefinition()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		PluginResult result = PluginValidator.validate(raised);
		assertTrue(result.isValid());
		assertEquals(List.of(raised + ": META-INF/MANIFEST.MF: the Bundle-Version is 1.1.0 but org.example.visit/checklists/visit.xmi has version 1.0.0; " //$NON-NLS-1$
				+ "raise them together (a newer plugin replaces an installed one by its Bundle-Version, an assessment keeps the definition's version)"), //$NON-NLS-1$
				result.warnings().stream().map(DefinitionProblem::toString).toList());
	}

	@Test
	void twoFilesWithTheSameIdAndVersionAreRefused() throws IOException {
		Map<String, String> entries = new LinkedHashMap<>();
		entries.put("META-INF/MANIFEST.MF", MANIFEST); //$NON-NLS-1$
		entries.put("plugin.xml", PLUGIN_XML.replace("<checklist file=\"checklists/visit.xmi\"/>", //$NON-NLS-1$ //$NON-NLS-2$
				"<checklist file=\"checklists/visit.xmi\"/><checklist file=\"checklists/copy.xmi\"/>")); //$NON-NLS-1$
		entries.put("checklists/visit.xmi", goodDefinition()); //$NON-NLS-1$
		entries.put("checklists/copy.xmi", goodDefinition()); //$NON-NLS-1$
		Path jar = zip(entries);
		List<String> problems = problems(jar);
		assertEquals(List.of(jar + ": plugin.xml: org.example.visit/checklists/visit.xmi and org.example.visit/checklists/copy.xmi both define " //$NON-NLS-1$
				+ "org.example.visit version 1.0.0"), problems); //$NON-NLS-1$
		assertFalse(PluginValidator.validate(jar).isValid());
	}

	@Test
	void timescalesAreCheckedWithTheDefinitionsAndMayComeAlone() throws IOException {
		String timescales = "<timescales><rule id=\"contact\" items=\"planned\" source=\"audit question\" from=\"ALLOCATION\" to=\"FIRST_CONTACT\" " //$NON-NLS-1$
				+ "unit=\"days\"><standard within=\"2\"/></rule></timescales>"; //$NON-NLS-1$
		String element = "<timescales definitionId=\"org.example.visit\" file=\"checklists/visit-timescales.xml\"/>"; //$NON-NLS-1$
		Map<String, String> entries = new LinkedHashMap<>();
		entries.put("META-INF/MANIFEST.MF", MANIFEST); //$NON-NLS-1$
		entries.put("plugin.xml", PLUGIN_XML.replace("</extension>", element + "</extension>")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		entries.put("checklists/visit.xmi", goodDefinition()); //$NON-NLS-1$
		entries.put("checklists/visit-timescales.xml", timescales); //$NON-NLS-1$
		assertEquals(List.of(), problems(zip(entries)));

		entries.put("checklists/visit-timescales.xml", timescales.replace("days", "fortnights")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(List.of("org.example.visit/checklists/visit-timescales.xml: rule 'contact': 'fortnights' is not a possible unit; " //$NON-NLS-1$
				+ "write one of days, working days, weeks (line 1)"), problems(zip(entries))); //$NON-NLS-1$

		entries.remove("checklists/visit-timescales.xml"); //$NON-NLS-1$
		Path missing = zip(entries);
		assertEquals(List.of(missing + ": plugin.xml: it names the timescales file checklists/visit-timescales.xml, which is not in the jar"), //$NON-NLS-1$
				problems(missing));

		entries.remove("checklists/visit.xmi"); //$NON-NLS-1$
		entries.put("plugin.xml", PLUGIN_XML.replace("<checklist file=\"checklists/visit.xmi\"/>", element.replace(" definitionId=\"org.example.visit\"", ""))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		entries.put("checklists/visit-timescales.xml", timescales); //$NON-NLS-1$
		Path alone = zip(entries);
		assertEquals(List.of(alone + ": plugin.xml: its timescales element names no definitionId"), problems(alone)); //$NON-NLS-1$
	}

	private static List<String> problems(Path jar) {
		return PluginValidator.validate(jar).allProblems().stream().map(DefinitionProblem::toString).toList();
	}

	private Path jar(String manifest, String pluginXml, String file, String definition) throws IOException {
		Map<String, String> entries = new LinkedHashMap<>();
		entries.put("META-INF/MANIFEST.MF", manifest); //$NON-NLS-1$
		if (pluginXml != null) {
			entries.put("plugin.xml", pluginXml); //$NON-NLS-1$
		}
		entries.put(file, definition);
		return zip(entries);
	}

	private Path zip(Map<String, String> entries) throws IOException {
		Path jar = Files.createTempFile(temp, "plugin", ".jar"); //$NON-NLS-1$ //$NON-NLS-2$
		try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, String> entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return jar;
	}

	private static String goodDefinition() throws IOException {
		try (InputStream in = PluginValidatorTest.class.getResourceAsStream("/testdata/good/visit.xmi")) { //$NON-NLS-1$
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
