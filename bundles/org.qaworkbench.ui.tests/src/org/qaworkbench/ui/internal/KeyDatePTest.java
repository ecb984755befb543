package org.qaworkbench.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.commands.MHandler;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem;
import org.eclipse.e4.ui.model.application.ui.menu.MMenu;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.core.DataFolder;
import org.qaworkbench.core.Services;
import org.qaworkbench.core.checklists.registry.PluginFolder;
import org.qaworkbench.core.checklists.validation.PluginValidator;
import org.qaworkbench.core.keydates.KeyDateKinds;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.Case;
import org.qaworkbench.model.KeyDate;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.ui.internal.editor.ChecklistEditorPart;
import org.qaworkbench.ui.internal.editor.Editors;
import org.qaworkbench.ui.internal.handlers.KeyDateDialog;
import org.qaworkbench.ui.internal.handlers.KeyDateHandler;

/**
 * An authority adds a kind of key date as data (a TAF meeting, in a plugin with its timescale), records one on a case
 * through File > Record a key date..., and its timescale then shows as evidence: no change to the product.
 */
class KeyDatePTest {

	private static final String PLUGIN = "org.example.taf";
	private static final Clock TODAY = Clock.fixed(LocalDate.of(2026, 11, 30).atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());

	@TempDir
	Path temp;

	@AfterEach
	void cleanUp() throws Exception {
		PluginFolder plugins = PluginFolder.of(DataFolder.resolve());
		if (plugins.installed().stream().anyMatch(bundle -> PLUGIN.equals(bundle.getSymbolicName()))) {
			plugins.uninstall(PLUGIN);
		}
		Store store = Services.get(Store.class);
		store.drafts().of(Ui.signedIn().actor()).forEach(draft -> store.drafts().discard(draft.id()));
	}

	@Test
	void theFileMenuRecordsAKeyDate() {
		MMenu file = (MMenu) Ui.window().getMainMenu().getChildren().stream().filter(menu -> "org.qaworkbench.ui.menu.file".equals(menu.getElementId()))
				.findFirst().orElseThrow();
		MHandledMenuItem item = (MHandledMenuItem) file.getChildren().stream().filter(child -> "org.qaworkbench.ui.menuitem.keydate".equals(child.getElementId()))
				.findFirst().orElseThrow();
		assertEquals("Record a &key date for the selected case...", item.getLabel());
		List<MHandler> handlers = Ui.window().getContext().get(MApplication.class).getHandlers().stream().filter(handler -> handler.getCommand() == item.getCommand())
				.toList();
		assertEquals(1, handlers.size());
		assertTrue(handlers.get(0).getContributionURI().endsWith(KeyDateHandler.class.getName()), handlers.get(0).getContributionURI());
	}

	@Test
	void aKindOfKeyDateAPluginAddsIsRecordedOnACaseAndItsTimescaleShows() throws Exception {
		Store store = Services.get(Store.class);
		Case aCase = QaFactory.eINSTANCE.createCase();
		aCase.setCaseNumber("LL777950");
		KeyDate allocation = QaFactory.eINSTANCE.createKeyDate();
		allocation.setKind("ALLOCATION");
		allocation.setDate(LocalDate.of(2026, 11, 2));
		aCase.getKeyDates().add(allocation);
		Case stored = store.records().save(aCase, Actor.localUser());
		Path jar = tafPlugin(temp.resolve("taf.jar"));
		assertEquals(List.of(), PluginValidator.validate(jar).allProblems(), "the plugin's own key date is known to its timescales");
		PluginFolder.of(DataFolder.resolve()).install(jar);
		Ui.spinUntil(() -> KeyDateKinds.instance().find("TAF_MEETING").isPresent(), "the plugin's key date to be installed");

		KeyDateDialog dialog = KeyDateHandler.dialog(Ui.mainShell(), stored, store, Ui.signedIn(), TODAY);
		dialog.setBlockOnOpen(false);
		dialog.open();
		assertTrue(dialog.kindsShown().contains("First contact"), dialog.kindsShown().toString());
		assertTrue(dialog.kindsShown().contains("TAF meeting"), dialog.kindsShown().toString());
		dialog.choose("TAF_MEETING");
		assertEquals("A Team Around the Family meeting with the family and the professionals", dialog.meaningShown());
		dialog.type("31/12/2026", "");
		assertFalse(dialog.ok());
		assertEquals("31/12/2026 is after today: record a key date once it has happened", dialog.getErrorMessage());
		dialog.type("10/13/2026", "");
		assertFalse(dialog.ok());
		assertEquals("'10/13/2026' is not a date: write it as DD/MM/YYYY", dialog.getErrorMessage());
		assertEquals(1, store.records().find(Case.class, stored.getId()).orElseThrow().getKeyDates().size(), "nothing stored while refused");
		dialog.type("10/11/2026", "at the school");
		assertTrue(dialog.ok(), String.valueOf(dialog.getErrorMessage()));

		KeyDate recorded = store.records().find(Case.class, stored.getId()).orElseThrow().getKeyDates().get(1);
		assertEquals(List.of("TAF_MEETING", "2026-11-10", "at the school"), List.of(recorded.getKind(), recorded.getDate().toString(), recorded.getDetail()));
		Assessment draft = ChecklistEditorPTest.draft(store);
		draft.setSubjectKey("LL777950");
		draft = store.records().save(draft, Actor.localUser());
		MPart part = Editors.open(draft, Ui.window().getContext().get(MApplication.class), Ui.window().getContext().get(EModelService.class), Ui.parts());
		ChecklistEditorPart editor = (ChecklistEditorPart) part.getObject();
		editor.select(editor.rowOf("q1"));
		assertTrue(editor.guidanceText().contains("TAF meeting (at the school) 8 days after allocation (standard of practice: 20): met"), editor.guidanceText());
		Ui.parts().hidePart(part, true);
	}

	/** A data-only plugin with a key date of its own and a timescale that measures to it. */
	private static Path tafPlugin(Path jar) throws Exception {
		Manifest manifest = new Manifest();
		Attributes main = manifest.getMainAttributes();
		main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		main.putValue("Bundle-ManifestVersion", "2");
		main.putValue("Bundle-SymbolicName", PLUGIN + ";singleton:=true");
		main.putValue("Bundle-Version", "1.0.0");
		try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
			out.putNextEntry(new ZipEntry("plugin.xml"));
			out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<?eclipse version=\"3.4\"?>\n<plugin>\n"
					+ "  <extension point=\"org.qaworkbench.core.checklists\">\n"
					+ "    <keyDate id=\"TAF_MEETING\" label=\"TAF meeting\" meaning=\"A Team Around the Family meeting with the family and the professionals\"/>\n"
					+ "    <timescales definitionId=\"test.keyboard\" file=\"checklists/t.xml\"/>\n"
					+ "  </extension>\n</plugin>\n").getBytes(StandardCharsets.UTF_8));
			out.closeEntry();
			out.putNextEntry(new ZipEntry("checklists/t.xml"));
			out.write(("<timescales><rule id=\"taf\" items=\"q1\" source=\"standard of practice\" from=\"ALLOCATION\" to=\"TAF meeting\" unit=\"days\">"
					+ "<standard within=\"20\"/></rule></timescales>").getBytes(StandardCharsets.UTF_8));
			out.closeEntry();
		}
		return jar;
	}
}
