package org.qaworkbench.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.commands.MHandler;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem;
import org.eclipse.e4.ui.model.application.ui.menu.MMenu;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qaworkbench.core.Services;
import org.qaworkbench.core.audits.AuditThemes;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.store.SaveRefusedException;
import org.qaworkbench.model.AuditTheme;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.Role;
import org.qaworkbench.model.StaffMember;
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

	@AfterEach
	void signBackIn() {
		Ui.signInAsTheTestAdministrator();
	}

	/**
	 * The permission matrix: only a quality lead or an administrator edits the themes. Signed in as a practitioner the
	 * menu item is disabled (core's rule, asked by the handler), and a change the dialog tries anyway is refused with
	 * core's message and nothing stored; signed in as a quality lead the menu item is enabled.
	 */
	@Test
	void onlyARoleThatMayEditsTheThemes() throws Exception {
		MWindow window = (MWindow) Ui.mainShell().getData("modelElement");
		ParameterizedCommand command = window.getContext().get(ECommandService.class).createCommand("org.qaworkbench.ui.command.auditthemes", null);
		EHandlerService handlers = window.getContext().get(EHandlerService.class);
		StaffMember practitioner = staff("ui-practitioner", "Pat Practitioner", Role.PRACTITIONER);
		Ui.signInAs(practitioner);
		assertFalse(handlers.canExecute(command), "Tools > Audit themes... is disabled for a practitioner");
		AuditThemes themes = new AuditThemes(Services.get(Store.class).records());
		int before = themes.all().size();
		AuditThemesDialog dialog = new AuditThemesDialog(Ui.mainShell(), themes, Ui.signedIn().actor());
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			assertFalse(dialog.add("Practitioner's theme"));
			assertEquals("You may not edit the audit themes (only: quality lead, administrator). You are signed in as Pat Practitioner (practitioner).",
					dialog.getErrorMessage());
			assertEquals(before, themes.all().size(), "nothing stored");
		} finally {
			dialog.close();
		}
		Ui.signInAs(staff("ui-test", "Quinn Lead", Role.QUALITY_LEAD));
		assertTrue(handlers.canExecute(command), "Tools > Audit themes... is enabled for a quality lead");
	}

	@Test
	void aThemeIsAddedThenRetiredThroughTheDialog() throws Exception {
		staff("ui-test", "Quinn Lead", Role.QUALITY_LEAD);
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

	/** The member of staff with this user id, made with {@code role} the first time. */
	private static StaffMember staff(String userId, String name, Role role) throws InterruptedException {
		Store store = Services.get(Store.class);
		return org.qaworkbench.core.audits.Staff.of(store.records(), new Actor(userId)).orElseGet(() -> {
			StaffMember staff = QaFactory.eINSTANCE.createStaffMember();
			staff.setName(name);
			staff.setUserId(userId);
			staff.getRoles().add(role);
			try {
				return store.records().save(staff, new Actor(userId));
			} catch (SaveRefusedException e) {
				throw new AssertionError(e);
			}
		});
	}

	private static List<String> names(List<AuditTheme> themes) {
		return themes.stream().map(AuditTheme::getName).toList();
	}
}
