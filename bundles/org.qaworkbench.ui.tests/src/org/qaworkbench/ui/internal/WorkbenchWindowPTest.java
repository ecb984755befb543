package org.qaworkbench.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qaworkbench.ui.internal.Ui.mainShell;

import java.time.Instant;
import java.util.Arrays;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.model.application.ui.menu.MToolControl;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.qaworkbench.core.DataFolder;
import org.qaworkbench.core.Services;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.store.StoreInfo;
import org.qaworkbench.core.store.StoreLocation;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.AssessmentState;
import org.qaworkbench.model.Case;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.Locality;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.ui.internal.navigator.NavigatorPart;

/**
 * Runs inside the real QA Workbench started by the UI test harness, on the UI thread. The database starts empty;
 * the last test adds records, so the order is fixed.
 */
@TestMethodOrder(OrderAnnotation.class)
class WorkbenchWindowPTest {

	@Test
	void theMainWindowIsShownAndTitledQaWorkbench() {
		Shell shell = mainShell();
		assertEquals("QA Workbench", shell.getText());
		assertTrue(shell.isVisible());
	}

	/** Its empty state (what will appear, before there is anything) is shown on an empty database by NavigatorPartPTest. */
	@Test
	@Order(1)
	void theNavigatorIsOnScreenShowingTheLocalitiesOrItsEmptyState() throws Exception {
		MPart part = find("org.qaworkbench.ui.part.navigator", MPart.class);
		assertEquals("Navigator", part.getLabel());
		assertTrue(((Control) part.getWidget()).isVisible());
		NavigatorPart navigator = (NavigatorPart) part.getObject();
		// Other tests may have saved localities before this one runs, and the navigator follows what is saved.
		shown(navigator.refresh());
		assertEquals(Services.get(Store.class).records().count(Locality.class) == 0, navigator.showsEmptyState());
	}

	@Test
	void theStatusLineNamesTheOpenDatabase() throws Exception {
		MToolControl control = find("org.qaworkbench.ui.statusline", MToolControl.class);
		assertTrue(((Control) control.getWidget()).isVisible());
		StatusLine statusLine = (StatusLine) control.getObject();
		int schemaVersion = Services.get(Store.class).info().schemaVersion();
		assertEquals("Database: embedded, " + DataFolder.resolve() + "  (schema version " + schemaVersion + ")", statusLine.text());
	}

	@Test
	void onATeamDatabaseTheStatusLineNamesTheServerAndNoLogin() throws Exception {
		StoreInfo info = new StoreInfo(DataFolder.resolve(), "jdbc:postgresql://db.example.org:5432/qa", 7, Instant.EPOCH);
		StoreLocation location = StoreLocation.server(DataFolder.resolve(), "postgresql://qa_app:secret@db.example.org:5432/qa");
		assertEquals("Database: team database postgresql://db.example.org:5432/qa  (schema version 7)", StatusLine.databaseText(info, location));
	}

	@Test
	void theStatusLineLiesInsideTheWindow() {
		Control statusLine = (Control) find("org.qaworkbench.ui.statusline", MToolControl.class).getWidget();
		Shell shell = mainShell();
		Point bottomLeft = shell.toControl(statusLine.toDisplay(0, statusLine.getSize().y));
		Rectangle clientArea = shell.getClientArea();
		assertTrue(statusLine.getSize().y > 0, "the status line has a height");
		assertTrue(bottomLeft.y <= clientArea.y + clientArea.height, "status line bottom " + bottomLeft.y + " is inside " + clientArea);
	}

	@Test
	void theEditorAreaShowsTheStartPage() {
		MPartStack editors = find("org.qaworkbench.ui.partstack.editors", MPartStack.class);
		MPart start = find("org.qaworkbench.ui.part.start", MPart.class);
		assertTrue(editors.getChildren().contains(start), "the start page is in the editor area");
		assertTrue(start.getWidget() instanceof Control, "and rendered");
	}

	@Test
	@Order(2)
	void theNavigatorListsLocalitiesThenCasesThenTheirAssessments() throws Exception {
		Store store = Services.get(Store.class);
		Actor actor = new Actor("tester");
		QaFactory qa = QaFactory.eINSTANCE;
		Locality locality = qa.createLocality();
		locality.setName("Hadley Castle");
		locality = store.records().save(locality, actor);
		Case aCase = qa.createCase();
		aCase.setCaseNumber("LL123456");
		aCase.setFamilyNames("Evans");
		aCase.setLocality(locality);
		store.records().save(aCase, actor);
		ChecklistDefinition definition = qa.createChecklistDefinition();
		definition.setDefinitionId("test.visit");
		definition.setVersion("1.0.0");
		definition.setTitle("Group visit");
		Assessment visit = qa.createAssessment();
		visit.setDefinitionId("test.visit");
		visit.setDefinitionVersion("1.0.0");
		visit.setDefinitionHash(store.definitions().store(definition, actor));
		visit.setSubjectKey("LL123456");
		visit.setStartedOn(java.time.LocalDate.of(2026, 3, 2));
		visit.setState(AssessmentState.DRAFT);
		store.records().save(visit, actor);

		NavigatorPart navigator = (NavigatorPart) find("org.qaworkbench.ui.part.navigator", MPart.class).getObject();
		shown(navigator.refresh());
		assertFalse(navigator.showsEmptyState());
		Tree tree = navigator.tree().getTree();
		// Other tests may have added localities of their own before this one: find this one by name.
		TreeItem hadleyCastle = Arrays.stream(tree.getItems()).filter(item -> item.getText().equals("Hadley Castle")).findFirst().orElseThrow();
		navigator.tree().expandToLevel(3);
		assertEquals("LL123456  Evans family", hadleyCastle.getItem(0).getText());
		// A case's assessments are read when it is opened, off the UI thread: "Reading..." until they come.
		Ui.spinUntil(() -> "Group visit  02/03/2026  Draft".equals(hadleyCastle.getItem(0).getItem(0).getText()),
				"the case's assessment: " + hadleyCastle.getItem(0).getItem(0).getText());
	}


	/** Waits for a read of the navigator to be shown. */
	private static void shown(java.util.concurrent.CompletableFuture<Void> read) {
		Ui.spinUntil(read::isDone, "the navigator is read");
		read.join();
	}

	static <T extends MUIElement> T find(String id, Class<T> type) {
		MWindow window = (MWindow) mainShell().getData("modelElement");
		MApplication application = window.getContext().get(MApplication.class);
		EModelService models = application.getContext().get(EModelService.class);
		return type.cast(models.find(id, application));
	}
}
