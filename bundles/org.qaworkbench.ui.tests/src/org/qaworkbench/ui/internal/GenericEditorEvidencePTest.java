package org.qaworkbench.ui.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.core.DataFolder;
import org.qaworkbench.core.Services;
import org.qaworkbench.core.audits.evidence.TimescaleRegistry;
import org.qaworkbench.core.checklists.registry.PluginFolder;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.Case;
import org.qaworkbench.model.KeyDate;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.ui.internal.editor.ChecklistEditorPart;
import org.qaworkbench.ui.internal.editor.Editors;

/**
 * Timescales a plugin declares show their evidence in the generic checklist editor too, as the plugin guide promises
 * for every checklist: beside the question and under its guidance.
 */
class GenericEditorEvidencePTest {

	private static final String PLUGIN = "org.example.evidence";

	@TempDir
	Path temp;

	@AfterEach
	void cleanUp() throws Exception {
		PluginFolder.of(DataFolder.resolve()).uninstall(PLUGIN);
		Store store = Services.get(Store.class);
		store.drafts().of(Ui.signedIn().actor()).forEach(draft -> store.drafts().discard(draft.id()));
	}

	@Test
	void evidenceFromTheCaseShowsBesideTheQuestionAndUnderItsGuidance() throws Exception {
		Store store = Services.get(Store.class);
		Case aCase = QaFactory.eINSTANCE.createCase();
		aCase.setCaseNumber("LL777900");
		aCase.getKeyDates().add(keyDate("ALLOCATION", LocalDate.of(2026, 11, 2)));
		aCase.getKeyDates().add(keyDate("FIRST_CONTACT", LocalDate.of(2026, 11, 5)));
		store.records().save(aCase, Actor.localUser());
		PluginFolder.of(DataFolder.resolve()).install(timescalesPlugin(temp.resolve("evidence.jar")));
		Ui.spinUntil(() -> !TimescaleRegistry.instance().rules("test.keyboard").isEmpty(), "the timescales to be installed");
		Assessment draft = ChecklistEditorPTest.draft(store);
		draft.setSubjectKey("LL777900");
		draft = store.records().save(draft, Actor.localUser());

		MPart part = Editors.open(draft, Ui.window().getContext().get(MApplication.class), Ui.window().getContext().get(EModelService.class), Ui.parts());
		ChecklistEditorPart editor = (ChecklistEditorPart) part.getObject();
		editor.select(editor.rowOf("q1"));

		String expected = "first contact 3 working days after allocation (standard: 5): met";
		assertTrue(editor.guidanceText().contains("Evidence from the case record (a suggestion; it scores nothing):\n" + expected), editor.guidanceText());
		// The grid shows its cells once the new part is laid out: wait for that, as a person would look.
		Ui.spinUntil(() -> cellContaining(editor.table(), expected), "the evidence in a column beside the question");
		editor.select(editor.rowOf("q2"));
		assertTrue(!editor.guidanceText().contains("Evidence"), "a question no timescale bears on has none: " + editor.guidanceText());
		Ui.parts().hidePart(part, true);
	}

	private static boolean cellContaining(NatTable table, String text) {
		for (int row = 0; row < table.getRowCount(); row++) {
			for (int column = 0; column < table.getColumnCount(); column++) {
				Object value = table.getDataValueByPosition(column, row);
				if (value != null && value.toString().contains(text)) {
					return true;
				}
			}
		}
		return false;
	}

	private static KeyDate keyDate(String kind, LocalDate date) {
		KeyDate keyDate = QaFactory.eINSTANCE.createKeyDate();
		keyDate.setKind(kind);
		keyDate.setDate(date);
		return keyDate;
	}

	/** A data-only plugin that brings timescales for another checklist, as an authority's standards would. */
	private static Path timescalesPlugin(Path jar) throws Exception {
		Manifest manifest = new Manifest();
		Attributes main = manifest.getMainAttributes();
		main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		main.putValue("Bundle-ManifestVersion", "2");
		main.putValue("Bundle-SymbolicName", PLUGIN + ";singleton:=true");
		main.putValue("Bundle-Version", "1.0.0");
		try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
			out.putNextEntry(new ZipEntry("plugin.xml"));
			out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<?eclipse version=\"3.4\"?>\n<plugin>\n"
					+ "  <extension point=\"org.qaworkbench.core.checklists\"><timescales definitionId=\"test.keyboard\" file=\"checklists/t.xml\"/></extension>\n</plugin>\n")
					.getBytes(StandardCharsets.UTF_8));
			out.closeEntry();
			out.putNextEntry(new ZipEntry("checklists/t.xml"));
			out.write(("<timescales><rule id=\"contact\" items=\"q1\" source=\"audit question\" from=\"ALLOCATION\" to=\"FIRST_CONTACT\" unit=\"working days\">"
					+ "<standard within=\"5\"/></rule></timescales>").getBytes(StandardCharsets.UTF_8));
			out.closeEntry();
		}
		return jar;
	}
}
