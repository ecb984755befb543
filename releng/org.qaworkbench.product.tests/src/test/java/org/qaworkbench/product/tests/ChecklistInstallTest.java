package org.qaworkbench.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.product.tests.Launcher.Result;

/** qa checklists-install: a plugin jar built here is installed into the data folder and is there on the next start. */
class ChecklistInstallTest {

	@TempDir
	Path temp;

	@Test
	void anInstalledPluginIsListedByTheNextCommand() throws Exception {
		Path data = temp.resolve("data");
		Path jar = plugin(temp.resolve("test.product.visit.jar"));
		// The first command makes the demo administrator; a practitioner they add may not install plugins (the matrix).
		assertEquals(0, Launcher.qa(data, "info").exitCode());
		Result added = Launcher.qa(Map.of("QA_NEW_PASSWORD", "pats-password"), data, "users", "add", "pat.worker", "--name", "Pat Worker", "--role", "PRACTITIONER");
		assertEquals(0, added.exitCode(), added.err());
		Result refused = Launcher.qa(Map.of("QA_USER", "pat.worker", "QA_PASSWORD", "pats-password"), data, "checklists", "install", jar.toString());
		assertEquals(1, refused.exitCode(), refused.out());
		assertEquals(List.of("qa: You may not install or import checklist plugins (only: quality lead, administrator). You are signed in as Pat Worker (practitioner)."),
				refused.errLines());
		assertFalse(Files.exists(data.resolve("plugins/test.product.visit_1.0.0.jar")), "nothing was copied");

		Result installed = Launcher.qa(data, "checklists", "install", jar.toString());
		assertEquals(0, installed.exitCode(), installed.err());
		assertTrue(installed.out().startsWith("Installed test.product.visit 1.0.0 into " + data.resolve("plugins")), installed.out());
		assertTrue(Files.isRegularFile(data.resolve("plugins/test.product.visit_1.0.0.jar")), "the jar is in the plugin folder");

		Result info = Launcher.qa(data, "info");
		assertEquals(0, info.exitCode(), info.err());
		assertTrue(info.out().contains("\n  test.product.visit: checklists/visit.xmi\n"), info.out());
		assertTrue(info.out().contains("\n  org.qaworkbench.checklists.groupvisit: "), info.out());

		Result elsewhere = Launcher.qa(temp.resolve("other"), "info");
		assertEquals(0, elsewhere.exitCode(), elsewhere.err());
		assertFalse(elsewhere.out().contains("test.product.visit"), "another data folder has its own plugins: " + elsewhere.out());

		Result uninstalled = Launcher.qa(data, "checklists", "uninstall", "test.product.visit");
		assertEquals(0, uninstalled.exitCode(), uninstalled.err());
		assertFalse(Files.exists(data.resolve("plugins/test.product.visit_1.0.0.jar")), "the jar is gone");
		Result after = Launcher.qa(data, "info");
		assertFalse(after.out().contains("test.product.visit"), after.out());
		Result again = Launcher.qa(data, "checklists", "uninstall", "test.product.visit");
		assertEquals(1, again.exitCode());
		assertEquals(1, again.errLines().size(), again.err());
	}

	@Test
	void aFileThatIsNotAPluginIsRefusedInOneLine() throws Exception {
		Path data = temp.resolve("data");
		Path notes = Files.writeString(temp.resolve("notes.txt"), "not a plugin");

		Result refused = Launcher.qa(data, "checklists", "install", notes.toString());
		assertEquals(1, refused.exitCode(), refused.out());
		assertEquals(1, refused.errLines().size(), refused.err());
		assertEquals("qa: " + notes + ": this is not a plugin jar (it is not a zip archive)", refused.errLines().get(0));
		assertFalse(Files.exists(data.resolve("plugins")), "nothing was copied");
	}

	/** A data-only checklist plugin, as a quality lead would make one. */
	private static Path plugin(Path jar) throws Exception {
		Manifest manifest = new Manifest();
		Attributes attributes = manifest.getMainAttributes();
		attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		attributes.putValue("Bundle-ManifestVersion", "2");
		attributes.putValue("Bundle-SymbolicName", "test.product.visit;singleton:=true");
		attributes.putValue("Bundle-Version", "1.0.0");
		try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
			entry(out, "plugin.xml", """
					<?xml version="1.0" encoding="UTF-8"?>
					<?eclipse version="3.4"?>
					<plugin>
					   <extension point="org.qaworkbench.core.checklists">
					      <checklist file="checklists/visit.xmi"/>
					   </extension>
					</plugin>
					""");
			entry(out, "checklists/visit.xmi", """
					<?xml version="1.0" encoding="UTF-8"?>
					<qa:ChecklistDefinition xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:qa="http://www.qaworkbench.org/model/qa/1.0"
					    definitionId="test.product.visit" version="1.0.0" title="Test visit" subjectKind="Group session">
					  <sections sectionId="s1" title="Section one">
					    <items itemId="q1" text="Is the atmosphere welcoming?" kind="Yes/No" required="true"/>
					    <scoring method="Count of Yes" rounding="Half up" decimals="0"/>
					  </sections>
					</qa:ChecklistDefinition>
					""");
		}
		return jar;
	}

	private static void entry(JarOutputStream out, String name, String content) throws Exception {
		out.putNextEntry(new JarEntry(name));
		out.write(content.getBytes(StandardCharsets.UTF_8));
		out.closeEntry();
	}
}
