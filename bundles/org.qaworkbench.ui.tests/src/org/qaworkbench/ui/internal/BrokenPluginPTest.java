package org.qaworkbench.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.model.application.ui.menu.MToolControl;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.core.DataFolder;
import org.qaworkbench.core.checklists.registry.ChecklistRegistry;
import org.qaworkbench.core.checklists.registry.PluginFolder;

/** A broken checklist plugin installed while the workbench runs is reported in the status line, and the rest works. */
class BrokenPluginPTest {

	@TempDir
	Path temp;

	@Test
	void aBrokenPluginInstalledAtRunTimeIsReportedAndSkipped() throws Exception {
		StatusLine statusLine = statusLine();
		int goodBefore = ChecklistRegistry.instance().all().size();
		PluginFolder folder = PluginFolder.of(DataFolder.resolve());

		folder.install(brokenPlugin(temp.resolve("broken.jar")));
		spinUntil(() -> !statusLine.pluginsText().isEmpty());

		assertTrue(statusLine.pluginsText().contains("1 checklist plugin contribution(s) could not be used"), statusLine.pluginsText());
		assertTrue(statusLine.pluginsDetail().contains("org.example.broken/checklists/missing.xmi"), statusLine.pluginsDetail());
		assertEquals(goodBefore, ChecklistRegistry.instance().all().size(), "the other checklists still work");

		folder.uninstall("org.example.broken");
		spinUntil(() -> statusLine.pluginsText().isEmpty());
		assertEquals("", statusLine.pluginsText());
	}

	private static StatusLine statusLine() {
		MWindow window = (MWindow) java.util.Arrays.stream(Display.getCurrent().getShells()).filter(s -> s.getData("modelElement") instanceof MWindow)
				.map(s -> s.getData("modelElement")).findFirst().orElseThrow();
		EModelService models = window.getContext().get(EModelService.class);
		return (StatusLine) ((MToolControl) models.find("org.qaworkbench.ui.statusline", window)).getObject();
	}

	/** Runs the event loop until the condition holds: registry events reach the UI asynchronously. */
	private static void spinUntil(BooleanSupplier condition) throws InterruptedException {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + 10_000;
		while (!condition.getAsBoolean() && System.currentTimeMillis() < deadline) {
			if (!display.readAndDispatch()) {
				Thread.sleep(20);
			}
		}
	}

	/** A data-only plugin whose plugin.xml names a definition file it does not contain. */
	private static Path brokenPlugin(Path jar) throws Exception {
		Manifest manifest = new Manifest();
		Attributes main = manifest.getMainAttributes();
		main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		main.putValue("Bundle-ManifestVersion", "2");
		main.putValue("Bundle-SymbolicName", "org.example.broken;singleton:=true");
		main.putValue("Bundle-Version", "1.0.0");
		try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
			out.putNextEntry(new ZipEntry("plugin.xml"));
			out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<?eclipse version=\"3.4\"?>\n<plugin>\n"
					+ "  <extension point=\"org.qaworkbench.core.checklists\"><checklist file=\"checklists/missing.xmi\"/></extension>\n</plugin>\n")
					.getBytes(StandardCharsets.UTF_8));
			out.closeEntry();
		}
		return jar;
	}
}
