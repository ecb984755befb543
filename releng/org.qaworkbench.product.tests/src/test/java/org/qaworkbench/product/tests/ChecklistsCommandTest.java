package org.qaworkbench.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
import org.qaworkbench.product.tests.Launcher.Result;

/** {@code qa checklists list} and {@code qa checklists validate}, run through the installed launcher. */
class ChecklistsCommandTest {

	private static final String DEFINITION = """
			<?xml version="1.0" encoding="UTF-8"?>
			<qa:ChecklistDefinition xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:qa="http://www.qaworkbench.org/model/qa/1.0"
			    definitionId="org.example.visit" version="1.0.0" title="Home visit" subjectKind="Case">
			  <scales scaleId="grade" name="Grade">
			    <levels value="1" label="Good"/>
			    <levels value="2" label="Requires improvement"/>
			  </scales>
			  <sections sectionId="before" title="Before the visit">
			    <items itemId="planned" text="Was the visit planned with the family?" kind="Yes/No" required="true"/>
			    <items itemId="why-not" text="Why not?" kind="Free text">
			      <condition item="planned"><answers>N</answers></condition>
			    </items>
			    <scoring method="Count of Yes" rounding="Half up" decimals="0"/>
			  </sections>
			  <sections sectionId="during" title="During the visit">
			    <items itemId="communication" text="Communication with the child" kind="Graded on a scale" scale="grade" required="true"/>
			    <scoring method="Mean grade" rounding="Half up" decimals="1"/>
			  </sections>
			  <overallScoring method="Mean grade" rounding="Half up" decimals="1"/>
			</qa:ChecklistDefinition>
			""";
	private static final String MANIFEST = "Manifest-Version: 1.0\nBundle-ManifestVersion: 2\n"
			+ "Bundle-SymbolicName: org.example.visit;singleton:=true\nBundle-Version: 1.0.0\n";
	private static final String PLUGIN_XML = """
			<?xml version="1.0" encoding="UTF-8"?>
			<?eclipse version="3.4"?>
			<plugin>
			   <extension point="org.qaworkbench.core.checklists">
			      <checklist file="checklists/visit.xmi"/>
			   </extension>
			</plugin>
			""";

	@TempDir
	Path temp;

	@Test
	void listShowsTheFiveSeedChecklists() throws Exception {
		Result list = Launcher.qa(temp.resolve("data"), "checklists", "list");
		assertEquals(0, list.exitCode(), list.err());
		assertEquals("", list.err());
		for (String seed : List.of("caseaudit", "groupvisit", "incredibleyears", "supervisionaudit", "familyfeedback")) {
			String bundle = "org.qaworkbench.checklists." + seed;
			assertTrue(list.out().lines().anyMatch(line -> line.matches("\\Q" + bundle + "\\E 1\\.\\d+\\.0 \".+\" from \\Q" + bundle + "\\E")),
					() -> bundle + " is not listed:\n" + list.out());
		}
		assertTrue(list.out().contains("org.qaworkbench.checklists.groupvisit 1.0.0 \"Quality assurance visit to groups\" from "), list.out());
	}

	@Test
	void helpListsTheChecklistsCommand() throws Exception {
		Result help = Launcher.qa(temp, "--help");
		assertTrue(help.out().contains("\n  checklists     checklist plugins (qa checklists list|validate"), help.out());
	}

	@Test
	void aGoodDefinitionIsValid() throws Exception {
		Path file = Files.writeString(temp.resolve("visit.xmi"), DEFINITION);
		Result valid = Launcher.qa(temp.resolve("data"), "checklists", "validate", file.toString());
		assertEquals(0, valid.exitCode(), valid.err());
		assertEquals("valid: org.example.visit 1.0.0 (Home visit)\n", valid.out());
		assertEquals("", valid.err());
	}

	@Test
	void aBrokenDefinitionIsRefusedWithItsProblem() throws Exception {
		Path file = Files.writeString(temp.resolve("visit.xmi"), DEFINITION.replace("<condition item=\"planned\">", "<condition item=\"planed\">"));
		Result refused = Launcher.qa(temp.resolve("data"), "checklists", "validate", file.toString());
		assertEquals(1, refused.exitCode(), refused.err());
		assertEquals("", refused.out());
		assertEquals(1, refused.errLines().size(), refused.err());
		assertTrue(refused.errLines().get(0).startsWith("qa: " + file + ": item 'why-not': the condition refers to item 'planed', which is not in this checklist"),
				refused.err());
	}

	@Test
	void everyProblemHasALineOfItsOwn() throws Exception {
		Path file = Files.writeString(temp.resolve("visit.xmi"), DEFINITION.replace("version=\"1.0.0\"", "version=\"one\"").replace("decimals=\"1\"/>\n  </sections>", "decimals=\"7\"/>\n  </sections>"));
		Result refused = Launcher.qa(temp.resolve("data"), "checklists", "validate", file.toString());
		assertEquals(1, refused.exitCode(), refused.err());
		assertEquals(List.of("qa: " + file + ": checklist: the version 'one' is not a version such as 1.0.0 (major.minor.micro, then an optional qualifier)",
				"qa: " + file + ": the scoring of section 'during': decimals must be between 0 and 4, not 7"), refused.errLines());
	}

	@Test
	void aGoodPluginJarIsValid() throws Exception {
		Path jar = jar(PLUGIN_XML);
		Result valid = Launcher.qa(temp.resolve("data"), "checklists", "validate", jar.toString());
		assertEquals(0, valid.exitCode(), valid.err());
		assertEquals("valid: org.example.visit 1.0.0 (Home visit)\n", valid.out());
	}

	@Test
	void aPluginJarNamingAMissingFileIsRefused() throws Exception {
		Path jar = jar(PLUGIN_XML.replace("checklists/visit.xmi", "checklists/visits.xmi"));
		Result refused = Launcher.qa(temp.resolve("data"), "checklists", "validate", jar.toString());
		assertEquals(1, refused.exitCode(), refused.err());
		assertEquals(List.of("qa: " + jar + ": plugin.xml: it names the definition file checklists/visits.xmi, which is not in the jar"), refused.errLines());
	}

	@Test
	void aJarWhoseBundleVersionDiffersFromItsDefinitionIsValidWithAWarning() throws Exception {
		Path jar = jar(PLUGIN_XML, MANIFEST.replace("Bundle-Version: 1.0.0", "Bundle-Version: 1.1.0"));
		Result valid = Launcher.qa(temp.resolve("data"), "checklists", "validate", jar.toString());
		assertEquals(0, valid.exitCode(), valid.err());
		assertEquals("valid: org.example.visit 1.0.0 (Home visit)\n", valid.out());
		assertEquals(List.of("qa: warning: " + jar + ": META-INF/MANIFEST.MF: the Bundle-Version is 1.1.0 but org.example.visit/checklists/visit.xmi has version 1.0.0; "
				+ "raise them together (a newer plugin replaces an installed one by its Bundle-Version, an assessment keeps the definition's version)"), valid.errLines());
	}

	@Test
	void aTimescalesFileAloneIsReadWithItsLinesAndTheJarIsAskedFor() throws Exception {
		Path file = Files.writeString(temp.resolve("visit-timescales.xml"), """
				<timescales>
				  <rule id="contact" items="planned" source="audit question" from="ALLOCATION" to="FIRST_CONTACT" unit="fortnights">
				    <standard within="5"/>
				  </rule>
				</timescales>
				""");
		Result refused = Launcher.qa(temp.resolve("data"), "checklists", "validate", file.toString());
		assertEquals(1, refused.exitCode(), refused.err());
		assertEquals(List.of("qa: " + file + ": rule 'contact': 'fortnights' is not a possible unit; write one of days, working days, weeks (line 2)",
				"qa: " + file + " is a timescales file: it is checked with the checklist its items belong to, so validate the plugin jar that holds both "
						+ "(qa checklists validate PLUGIN.jar)"), refused.errLines());
		assertFalse(refused.err().contains("Package with uri"), refused.err());
	}

	@Test
	void aMistakeOnManyItemsIsSaidOnce() throws Exception {
		Path file = Files.writeString(temp.resolve("visit.xmi"), DEFINITION.replace("kind=\"Graded on a scale\"", "kind=\"Graded\"")
				.replace("kind=\"Yes/No\"", "kind=\"Graded\"").replace("kind=\"Free text\"", "kind=\"Graded\""));
		Result refused = Launcher.qa(temp.resolve("data"), "checklists", "validate", file.toString());
		assertEquals(1, refused.exitCode(), refused.err());
		assertEquals(1, refused.errLines().stream().filter(line -> line.contains("'Graded' is not a possible kind")).count(), refused.err());
		assertTrue(refused.err().contains("more with the same problem"), refused.err());
	}

	@Test
	void aMissingFileOrArgumentIsOneLine() throws Exception {
		Result missing = Launcher.qa(temp.resolve("data"), "checklists", "validate", temp.resolve("nothing.xmi").toString());
		assertEquals(1, missing.exitCode());
		assertEquals(List.of("qa: there is no file " + temp.resolve("nothing.xmi")), missing.errLines());
		Result noArgument = Launcher.qa(temp.resolve("data"), "checklists", "validate");
		assertEquals(2, noArgument.exitCode());
		assertEquals(1, noArgument.errLines().size(), noArgument.err());
		Result unknown = Launcher.qa(temp.resolve("data"), "checklists", "instal");
		assertEquals(2, unknown.exitCode());
		assertEquals(List.of("qa: unknown sub-command 'instal' of 'qa checklists'; the sub-commands are list, validate, install, uninstall, new, import, export."), unknown.errLines());
	}

	/** The spreadsheet commands come from their own bundle, as checklists sub-commands of the installed launcher. */
	@Test
	void aWorkbookBecomesAnInstalledChecklist() throws Exception {
		Path data = temp.resolve("data");
		Path xlsx = temp.resolve("visit.xlsx");
		Result created = Launcher.qa(data, "checklists", "new", "Home visit audit", "--out", xlsx.toString());
		assertEquals(0, created.exitCode(), created.err());
		Result imported = Launcher.qa(data, "checklists", "import", xlsx.toString(), "--out", temp.resolve("out").toString());
		assertEquals(0, imported.exitCode(), imported.err());
		Path jar = temp.resolve("out/org.example.home-visit-audit_1.0.0.jar");
		Result installed = Launcher.qa(data, "checklists", "install", jar.toString());
		assertEquals(0, installed.exitCode(), installed.err());
		Result listed = Launcher.qa(data, "checklists", "list");
		assertTrue(listed.out().contains("org.example.home-visit-audit 1.0.0 \"Home visit audit\""), listed.out());
	}

	private Path jar(String pluginXml) throws IOException {
		return jar(pluginXml, MANIFEST);
	}

	private Path jar(String pluginXml, String manifest) throws IOException {
		Map<String, String> entries = new LinkedHashMap<>();
		entries.put("META-INF/MANIFEST.MF", manifest);
		entries.put("plugin.xml", pluginXml);
		entries.put("checklists/visit.xmi", DEFINITION);
		Path jar = temp.resolve("org.example.visit_1.0.0.jar");
		try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, String> entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return jar;
	}
}
