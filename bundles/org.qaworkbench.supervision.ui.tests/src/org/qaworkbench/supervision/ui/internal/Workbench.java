package org.qaworkbench.supervision.ui.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem;
import org.eclipse.e4.ui.model.application.ui.menu.MMenu;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.qaworkbench.ui.internal.SignedIn;

/** The running workbench as the supervision tests use it: its window, parts, clock, who is signed in, the view. */
final class Workbench {

	static final ZoneId ZONE = ZoneId.systemDefault();
	static final String SHOW_SUPERVISION = "org.qaworkbench.supervision.ui.command.showsupervision";

	private Workbench() {
	}

	static Shell mainShell() {
		return Arrays.stream(Display.getCurrent().getShells()).filter(shell -> shell.getData("modelElement") instanceof MWindow).findFirst().orElseThrow();
	}

	static MWindow window() {
		return (MWindow) mainShell().getData("modelElement");
	}

	static EPartService parts() {
		return window().getContext().get(EPartService.class);
	}

	static SignedIn signedIn() {
		return window().getContext().get(SignedIn.class);
	}

	/** Signs in as them for real, with their password (an account is made for them the first time). */
	static void signInAs(org.qaworkbench.model.StaffMember staff) {
		org.qaworkbench.testing.StaffAccounts.signIn(staff.getUserId(), signedIn()::signIn);
	}

	static void setClock(LocalDate on) {
		window().getContext().get(MApplication.class).getContext().set(Clock.class, Clock.fixed(on.atTime(10, 0).atZone(ZONE).toInstant(), ZONE));
	}

	static void systemClock() {
		window().getContext().get(MApplication.class).getContext().set(Clock.class, Clock.systemDefaultZone());
	}

	/** The active part's object when it is of this type, else null. */
	static <T> T active(Class<T> type) {
		MPart active = parts().getActivePart();
		return active != null && type.isInstance(active.getObject()) ? type.cast(active.getObject()) : null;
	}

	static MPart partOf(Object object) {
		return parts().getParts().stream().filter(part -> part.getObject() == object).findFirst().orElseThrow();
	}

	/** Ctrl+S as the application's binding runs it (the test harness does not take it through the X server). */
	static void save(Object editor) {
		parts().savePart(partOf(editor), false);
	}

	static void close(Object part) {
		parts().hidePart(partOf(part), true);
	}

	/** Window &gt; Supervision, as the fragment contributes it: the menu item, Ctrl+Shift+V, the command and its handler. */
	static SupervisionPart showView() {
		MWindow window = window();
		MApplication application = window.getContext().get(MApplication.class);
		assertTrue(application.getBindingTables().stream().flatMap(table -> table.getBindings().stream())
				.anyMatch(binding -> binding.getKeySequence().equals("M1+M2+V") && binding.getCommand().getElementId().equals(SHOW_SUPERVISION)),
				"Ctrl+Shift+V");
		assertTrue(application.getBindingTables().stream().flatMap(table -> table.getBindings().stream())
				.filter(binding -> binding.getKeySequence().equals("M1+M2+V")).count() == 1, "Ctrl+Shift+V is bound once");
		MMenu windowMenu = (MMenu) window.getMainMenu().getChildren().stream().filter(menu -> "org.qaworkbench.ui.menu.window".equals(menu.getElementId()))
				.findFirst().orElseThrow();
		assertTrue(windowMenu.getChildren().stream().anyMatch(item -> item instanceof MHandledMenuItem handled
				&& handled.getCommand().getElementId().equals(SHOW_SUPERVISION) && handled.getLabel().equals("Super&vision")), "Window > Supervision");
		ECommandService commands = window.getContext().get(ECommandService.class);
		EHandlerService handlers = window.getContext().get(EHandlerService.class);
		org.eclipse.core.commands.ParameterizedCommand show = commands.createCommand(SHOW_SUPERVISION, null);
		assertTrue(handlers.canExecute(show), "a handler for it");
		handlers.executeHandler(show);
		Keys.waitFor(() -> view() != null, "Window > Supervision shows the view");
		return view();
	}

	static SupervisionPart view() {
		MPart part = parts().findPart(SupervisionPart.ID);
		return part != null && part.getObject() instanceof SupervisionPart view ? view : null;
	}

	/** Waits for the view to show a read made after now (it reads in the background). */
	static void freshRead(SupervisionPart view, Runnable cause) {
		int before = view.reads();
		cause.run();
		Keys.waitFor(() -> view.reads() > before, "the view reads again");
	}
}
