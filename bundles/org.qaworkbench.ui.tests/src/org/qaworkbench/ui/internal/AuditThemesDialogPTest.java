package org.qaworkbench.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.commands.MHandler;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem;
import org.eclipse.e4.ui.model.application.ui.menu.MMenu;
import org.junit.jupiter.api.Test;
import org.qaworkbench.core.Services;
import org.qaworkbench.core.audits.AuditThemes;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.model.AuditTheme;
import org.qaworkbench.ui.internal.handlers.AuditThemesDialog;
import org.qaworkbench.ui.internal.handlers.AuditThemesHandler;

/** Tools > Audit themes...: the menu item and the dialog, adding and retiring a theme in the running application's store. */
class AuditThemesDialogPTest {

	@Test
	void theToolsMenuOpensTheAuditThemesDialog() {
		MWindow window = (MWindow) Ui.mainShell().getData("modelElement");
		MMenu tools = (MMenu) window.getMainMenu().getChildren().stream().filter(menu -> "org.qaworkbench.ui.menu.tools".equals(menu.getElementId()))
				.findFirst().orElseThrow();
		assertEquals("&Tools", tools.getLabel());
		MHandledMenuItem item = (MHandledMenuItem) tools.getChildren().get(0);
		assertEquals("org.qaworkbench.ui.menuitem.auditthemes", item.getElementId());
		assertEquals("Audit &themes...", item.getLabel());
		MApplication application = window.getContext().get(MApplication.class);
		List<MHandler> handlers = application.getHandlers().stream().filter(handler -> handler.getCommand() == item.getCommand()).toList();
		assertEquals(1, handlers.size());
		assertTrue(handlers.get(0).getContributionURI().endsWith(AuditThemesHandler.class.getName()), handlers.get(0).getContributionURI());
	}

	@Test
	void aThemeIsAddedThenRetiredThroughTheDialog() throws Exception {
		AuditThemes themes = new AuditThemes(Services.get(Store.class).records());
		AuditThemesDialog dialog = new AuditThemesDialog(Ui.mainShell(), themes, new Actor("ui-test"));
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			assertEquals(names(themes.active()), names(dialog.shown()));
			assertTrue(names(dialog.shown()).contains("Neglect"), "the seeded themes are listed");

			assertTrue(dialog.add("Exploitation"));
			assertTrue(names(dialog.shown()).contains("Exploitation"));
			assertTrue(names(themes.active()).contains("Exploitation"), "stored");

			assertFalse(dialog.add(" exploitation "));
			assertEquals("there is already a theme called 'Exploitation'", dialog.getErrorMessage());
			assertFalse(dialog.add(""));
			assertEquals("a theme needs a name", dialog.getErrorMessage());

			AuditTheme added = dialog.shown().stream().filter(theme -> theme.getName().equals("Exploitation")).findFirst().orElseThrow();
			assertTrue(dialog.retire(added));
			assertEquals(null, dialog.getErrorMessage());
			assertFalse(names(dialog.shown()).contains("Exploitation"), "no longer offered");
			assertFalse(names(themes.active()).contains("Exploitation"));
			assertTrue(themes.all().stream().anyMatch(theme -> theme.getName().equals("Exploitation") && theme.isRetired()), "kept, retired");
		} finally {
			dialog.close();
		}
	}

	private static List<String> names(List<AuditTheme> themes) {
		return themes.stream().map(AuditTheme::getName).toList();
	}
}
