package org.qaworkbench.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.product.tests.Launcher.Result;

/**
 * The plugin guide and everything it points to ship with the product, in docs/ beside the launchers: a quality lead
 * with only the installed product can follow it. The examples are real plugin sources: jarred, they validate.
 */
class ShippedDocsTest {

	private static final Path DOCS = Launcher.PRODUCT.resolve("docs");
	private static final Pattern DOCS_PATH = Pattern.compile("`(docs/[^`*]+)`");

	@TempDir
	Path temp;

	@Test
	void theGuideIsShippedAndEveryFileItNamesIsThere() throws IOException {
		String guide = Files.readString(DOCS.resolve("writing-a-checklist-plugin.md"));
		assertFalse(guide.contains("bundles/"), "the guide points into the sources, which an installed product does not have");
		Matcher named = DOCS_PATH.matcher(guide);
		int found = 0;
		while (named.find()) {
			assertTrue(Files.exists(Launcher.PRODUCT.resolve(named.group(1))), named.group(1) + " is named by the guide but not shipped");
			found++;
		}
		assertTrue(found >= 3, "the guide names the shipped examples and reference files: " + found);
		for (String seed : List.of("caseaudit", "groupvisit", "incredibleyears", "supervisionaudit", "familyfeedback")) {
			Path example = DOCS.resolve("examples/org.qaworkbench.checklists." + seed);
			assertTrue(Files.isRegularFile(example.resolve("plugin.xml")), example.toString());
			assertTrue(Files.isRegularFile(example.resolve("META-INF/MANIFEST.MF")), example.toString());
			assertTrue(Files.isRegularFile(example.resolve("checklists/" + seed + ".xmi")), example.toString());
		}
		assertTrue(Files.isRegularFile(DOCS.resolve("reference/qa.ecore")));
		assertTrue(Files.isRegularFile(DOCS.resolve("reference/checklists.exsd")));
	}

	@Test
	void aShippedExampleMadeIntoAJarValidates() throws Exception {
		Path example = DOCS.resolve("examples/org.qaworkbench.checklists.caseaudit");
		Path jar = temp.resolve("caseaudit.jar");
		try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file); Stream<Path> files = Files.walk(example)) {
			for (Path path : files.filter(Files::isRegularFile).toList()) {
				zip.putNextEntry(new ZipEntry(example.relativize(path).toString()));
				zip.write(Files.readAllBytes(path));
				zip.closeEntry();
			}
		}
		Result valid = Launcher.qa(temp.resolve("data"), "checklists", "validate", jar.toString());
		assertEquals(0, valid.exitCode(), valid.err());
		assertTrue(valid.out().startsWith("valid: org.qaworkbench.checklists.caseaudit "), valid.out());
	}
}
