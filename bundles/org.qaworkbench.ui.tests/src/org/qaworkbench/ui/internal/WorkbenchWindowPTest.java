package org.qaworkbench.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.qaworkbench.core.DataFolder;
import org.qaworkbench.core.Services;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.ui.internal.navigator.NavigatorPart;

/** Runs inside the real QA Workbench started by the UI test harness, on the UI thread. */
class WorkbenchWindowPTest {

	@Test
	void theMainWindowIsShownAndTitledQaWorkbench() {
		Shell shell = mainShell();
		assertEquals("QA Workbench", shell.getText());
		assertTrue(shell.isVisible());
	}

	@Test
	void theNavigatorIsOnScreenWithAnEmptyStateSayingWhatWillAppear() {
		MPart part = find("org.qaworkbench.ui.part.navigator", MPart.class);
		assertEquals("Navigator", part.getLabel());
		assertTrue(((Control) part.getWidget()).isVisible());
		NavigatorPart navigator = (NavigatorPart) part.getObject();
		assertTrue(navigator.showsEmptyState());
		assertTrue(navigator.emptyStateText().startsWith("No localities or cases yet."), navigator.emptyStateText());
	}

	@Test
	void theStatusLineNamesTheOpenDatabase() throws Exception {
		MToolControl control = find("org.qaworkbench.ui.statusline", MToolControl.class);
		assertTrue(((Control) control.getWidget()).isVisible());
		StatusLine statusLine = (StatusLine) control.getObject();
		int schemaVersion = Services.get(Store.class).info().schemaVersion();
		assertEquals("Database: " + DataFolder.resolve() + "  (schema version " + schemaVersion + ")", statusLine.text());
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
		MPart start = (MPart) editors.getSelectedElement();
		assertEquals("org.qaworkbench.ui.part.start", start.getElementId());
		assertTrue(((Control) start.getWidget()).isVisible());
	}

	private static Shell mainShell() {
		return Arrays.stream(Display.getCurrent().getShells()) //
				.filter(shell -> shell.getData("modelElement") instanceof MWindow) //
				.findFirst().orElseThrow(() -> new AssertionError("no workbench window is open"));
	}

	private static <T extends MUIElement> T find(String id, Class<T> type) {
		MWindow window = (MWindow) mainShell().getData("modelElement");
		MApplication application = window.getContext().get(MApplication.class);
		EModelService models = application.getContext().get(EModelService.class);
		return type.cast(models.find(id, application));
	}
}
