package org.qaworkbench.xlsform.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.core.DataFolder;
import org.qaworkbench.core.Services;
import org.qaworkbench.core.audits.Staff;
import org.qaworkbench.core.checklists.registry.ChecklistRegistry;
import org.qaworkbench.core.checklists.registry.PluginFolder;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.queries.CaseEntry;
import org.qaworkbench.core.queries.LocalityEntry;
import org.qaworkbench.model.Case;
import org.qaworkbench.model.Locality;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.Role;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.testing.StaffAccounts;
import org.qaworkbench.testing.TestAccounts;
import org.qaworkbench.ui.internal.SignedIn;
import org.qaworkbench.ui.internal.editor.ChecklistEditorPart;
import org.qaworkbench.ui.internal.navigator.NavigatorPart;
import org.qaworkbench.xlsform.ChecklistPlugins;
import org.qaworkbench.xlsform.ChecklistWorkbooks;
import org.qaworkbench.xlsform.WorkbookResult;

/**
 * A quality lead imports a checklist written in a spreadsheet, from the keyboard: File > Import checklist from
 * spreadsheet... (Alt+F, P) shows it as the editor will; each save of the workbook shows the new problems or form;
 * Install the previewed checklist (Alt+P) installs it; Ctrl+N on a case starts an assessment on it.
 */
class SpreadsheetImportPTest {

	private static final String PLUGIN = "org.example.spreadsheet-visit";

	@TempDir
	Path temp;

	@AfterEach
	void cleanUp() throws Exception {
		application().getContext().remove(SpreadsheetChooser.class);
		PluginFolder plugins = PluginFolder.of(DataFolder.resolve());
		if (plugins.installed().stream().anyMatch(bundle -> PLUGIN.equals(bundle.getSymbolicName()))) {
			plugins.uninstall(PLUGIN);
		}
		Store store = Services.get(Store.class);
		store.drafts().of(signedIn().actor()).forEach(draft -> store.drafts().discard(draft.id()));
		StaffAccounts.signInAsTheTestAdministrator(signedIn()::signIn);
	}

	@Test
	void aWorkbookIsPreviewedFollowedInstalledAndUsed() throws Exception {
		Path xlsx = temp.resolve("spreadsheet-visit.xlsx");
		ChecklistWorkbooks.template("Spreadsheet visit", xlsx);
		WorkbookResult first = ChecklistWorkbooks.read(xlsx);
		ChecklistDefinition definition = first.definition().orElseThrow();
		assertEquals(PLUGIN, ChecklistPlugins.bundleName(definition));
		application().getContext().set(SpreadsheetChooser.class, shell -> xlsx);

		// Whoever is at the keyboard is a practitioner first: they may preview a workbook but not install it.
		atTheKeyboard(Role.PRACTITIONER);
		Keyboard.press(Keyboard.MAIN_WINDOW, "alt+f", "p");
		Keyboard.waitFor(() -> preview() != null && preview().readings() >= 1, "Alt+F, P opens the preview of the workbook");
		SpreadsheetPreviewPart preview = preview();
		assertFalse(preview.installButton().isEnabled(), "a practitioner may not install a checklist");
		assertTrue(preview.installButton().getToolTipText().startsWith("You may not install or import checklist plugins (only: quality lead, administrator)."),
				preview.installButton().getToolTipText());
		atTheKeyboard(Role.QUALITY_LEAD);
		int readings = preview.readings();
		ChecklistWorkbooks.template("Spreadsheet visit", temp.resolve("again.xlsx"));
		Files.copy(temp.resolve("again.xlsx"), xlsx, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		Keyboard.waitFor(() -> preview.readings() > readings, "the preview reads the workbook again");
		String firstQuestion = definition.getSections().get(0).getItems().get(0).getText();
		assertTrue(preview.preview().rowsShown().contains(firstQuestion), preview.preview().rowsShown().toString());
		assertTrue(preview.preview().rowsShown().contains(definition.getSections().get(0).getTitle()), "sections head their questions");
		assertTrue(preview.preview().scoringShown().startsWith(definition.getSections().size() + " sections, "), preview.preview().scoringShown());
		assertTrue(preview.preview().guidanceShown().startsWith(firstQuestion + "\nAnswered with: Enter, then text"), preview.preview().guidanceShown());
		assertTrue(preview.installButton().isEnabled());

		// Saved half-made: the problems, each where it is.
		Files.writeString(xlsx, "not a workbook");
		Keyboard.waitFor(preview::showsProblems, "the preview follows the file to its problems");
		assertEquals(1, preview.problemsShown().size(), preview.problemsShown().toString());
		assertTrue(preview.problemsShown().get(0).startsWith("spreadsheet-visit.xlsx |  |  | "), preview.problemsShown().toString());
		assertTrue(!preview.installButton().isEnabled(), "nothing to install while the workbook has errors");

		// Saved again with a question reworded: the new form.
		ChecklistDefinition changed = EcoreUtil.copy(definition);
		changed.getSections().get(0).getItems().get(0).setText("Was the visit planned with the family beforehand?");
		ChecklistWorkbooks.write(changed, first.timescales(), xlsx);
		Keyboard.waitFor(() -> !preview.showsProblems() && preview.preview().rowsShown().contains("Was the visit planned with the family beforehand?"),
				"the preview follows the file to the reworded question");

		List<String> said = new ArrayList<>();
		answer("Install checklist plugin", "OK", said);
		Keyboard.press(Keyboard.MAIN_WINDOW, "alt+p");
		Keyboard.waitFor(() -> ChecklistRegistry.instance().all().stream().anyMatch(d -> d.getDefinitionId().equals(definition.getDefinitionId())),
				"Alt+P installs the previewed checklist: " + said);
		Keyboard.waitFor(() -> !said.isEmpty(), "the installation is confirmed");
		assertTrue(said.get(0).contains(PLUGIN), said.toString());

		Case aCase = aCase();
		NavigatorPart navigator = (NavigatorPart) parts().findPart("org.qaworkbench.ui.part.navigator").getObject();
		parts().activate(parts().findPart("org.qaworkbench.ui.part.navigator"));
		navigator.refresh();
		navigator.tree().getTree().setFocus();
		select(navigator, aCase);
		chooseInDialog("New checklist for the selected case", "Spreadsheet visit");
		ctrlN();
		Keyboard.waitFor(() -> editorOf(aCase) != null, "Ctrl+N starts the imported checklist on the case");
		ChecklistEditorPart editor = editorOf(aCase);
		assertEquals(definition.getDefinitionId(), editor.editor().definition().getDefinitionId());
		assertEquals("Was the visit planned with the family beforehand?", editor.editor().definition().getSections().get(0).getItems().get(0).getText(),
				"the checklist as last saved in the workbook");
		parts().hidePart(parts().getParts().stream().filter(p -> p.getObject() == editor).findFirst().orElseThrow(), true);
		parts().hidePart(parts().getParts().stream().filter(p -> p.getObject() == preview).findFirst().orElseThrow(), true);
	}

	private static SpreadsheetPreviewPart preview() {
		MPartStack stack = (MPartStack) window().getContext().get(EModelService.class).find("org.qaworkbench.ui.partstack.editors", application());
		return stack.getChildren().stream().filter(MPart.class::isInstance).map(MPart.class::cast).map(MPart::getObject)
				.filter(SpreadsheetPreviewPart.class::isInstance).map(SpreadsheetPreviewPart.class::cast).findFirst().orElse(null);
	}

	private static ChecklistEditorPart editorOf(Case aCase) {
		return parts().getParts().stream().map(MPart::getObject).filter(ChecklistEditorPart.class::isInstance).map(ChecklistEditorPart.class::cast)
				.filter(editor -> aCase.getCaseNumber().equals(editor.assessment().getSubjectKey())).findFirst().orElse(null);
	}

	/** The case selected in the navigator, as a click on it would: its locality opened, then its row. */
	private static void select(NavigatorPart navigator, Case aCase) {
		// The navigator reads in the background: wait for the locality's row before opening it.
		Keyboard.waitFor(() -> Arrays.stream(navigator.tree().getTree().getItems())
				.anyMatch(item -> item.getData() instanceof LocalityEntry shown && shown.id() == aCase.getLocality().getId()), "the locality is listed");
		TreeItem locality = Arrays.stream(navigator.tree().getTree().getItems())
				.filter(item -> item.getData() instanceof LocalityEntry shown && shown.id() == aCase.getLocality().getId()).findFirst().orElseThrow();
		Event expand = new Event();
		expand.item = locality;
		navigator.tree().getTree().notifyListeners(SWT.Expand, expand);
		locality.setExpanded(true);
		Keyboard.waitFor(() -> Arrays.stream(locality.getItems()).anyMatch(item -> item.getData() instanceof CaseEntry shown && shown.id() == aCase.getId()),
				aCase.getCaseNumber() + " is listed");
		Object shown = Arrays.stream(locality.getItems()).filter(item -> item.getData() instanceof CaseEntry listed && listed.id() == aCase.getId())
				.findFirst().orElseThrow().getData();
		navigator.tree().setSelection(new StructuredSelection(shown), true);
	}

	/**
	 * Ctrl+N, as the workbench runs it when the keys are pressed (the test harness's workbench takes no bound keys
	 * typed through the X server; the product tests type them).
	 */
	private static void ctrlN() {
		ECommandService commands = window().getContext().get(ECommandService.class);
		window().getContext().get(EHandlerService.class).executeHandler(commands.createCommand("org.qaworkbench.ui.command.newchecklist", null));
	}

	/** Once the dialog titled {@code title} is open, types {@code typed} into it and presses Enter, from its own event loop. */
	private static void chooseInDialog(String title, String typed) {
		Display display = Display.getCurrent();
		display.timerExec(100, new Runnable() {
			@Override
			public void run() {
				for (Shell shell : display.getShells()) {
					if (shell.isVisible() && title.equals(shell.getText())) {
						try {
							Keyboard.type("^" + title + " ?$", typed);
							Keyboard.press("^" + title + " ?$", "Return");
						} catch (RuntimeException | AssertionError e) {
							// Never hang the run on the dialog: close it, and let the test's assertions say what went wrong.
							shell.close();
						}
						return;
					}
				}
				display.timerExec(100, this);
			}
		});
	}

	/** Presses {@code button} on the dialog titled {@code title} once it opens; what it said goes into {@code said}. */
	private static void answer(String title, String button, List<String> said) {
		Display display = Display.getCurrent();
		display.timerExec(100, new Runnable() {
			@Override
			public void run() {
				for (Shell shell : display.getShells()) {
					if (shell.isVisible() && title.equals(shell.getText())) {
						said.add(texts(shell));
						press(shell, button);
						return;
					}
				}
				display.timerExec(100, this);
			}
		});
	}

	private static String texts(org.eclipse.swt.widgets.Composite composite) {
		StringBuilder text = new StringBuilder();
		for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Label label) {
				text.append(label.getText()).append('\n');
			} else if (child instanceof org.eclipse.swt.widgets.Composite inner) {
				text.append(texts(inner));
			}
		}
		return text.toString();
	}

	private static boolean press(org.eclipse.swt.widgets.Composite composite, String button) {
		for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Button pressable && pressable.getText().replace("&", "").equals(button)) {
				pressable.notifyListeners(SWT.Selection, new Event());
				return true;
			}
			if (child instanceof org.eclipse.swt.widgets.Composite inner && press(inner, button)) {
				return true;
			}
		}
		return false;
	}

	/** The member of staff the operating-system user signs in as (the workbench's person), now holding only {@code role}. */
	/** Signs in for real as Quinn Keyboard, who holds {@code role} alone. */
	private static void atTheKeyboard(Role role) throws Exception {
		Store store = Services.get(Store.class);
		Actor quinn = new Actor("quinn.keyboard");
		StaffMember person = Staff.of(store.records(), quinn).map(EcoreUtil::copy).orElseGet(() -> {
			StaffMember created = QaFactory.eINSTANCE.createStaffMember();
			created.setName("Quinn Keyboard");
			created.setUserId(quinn.userId());
			return created;
		});
		person.getRoles().clear();
		person.getRoles().add(role);
		store.records().save(person, TestAccounts.ADMIN);
		StaffAccounts.signIn(quinn.userId(), signedIn()::signIn);
	}

	private static SignedIn signedIn() {
		return application().getContext().get(SignedIn.class);
	}

	private static Case aCase() throws Exception {
		Store store = Services.get(Store.class);
		Locality locality = QaFactory.eINSTANCE.createLocality();
		locality.setName("Spreadsheetton");
		locality = store.records().save(locality, Actor.localUser());
		Case aCase = QaFactory.eINSTANCE.createCase();
		aCase.setCaseNumber("LLS000001");
		aCase.setFamilyNames("Sheet");
		aCase.setLocality(locality);
		return store.records().save(aCase, Actor.localUser());
	}

	private static MWindow window() {
		return (MWindow) Arrays.stream(Display.getCurrent().getShells()).filter(shell -> shell.getData("modelElement") instanceof MWindow)
				.map(shell -> shell.getData("modelElement")).findFirst().orElseThrow();
	}

	private static MApplication application() {
		return window().getContext().get(MApplication.class);
	}

	private static EPartService parts() {
		return window().getContext().get(EPartService.class);
	}
}
