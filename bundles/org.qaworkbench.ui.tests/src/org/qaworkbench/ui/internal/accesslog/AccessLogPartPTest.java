package org.qaworkbench.ui.internal.accesslog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qaworkbench.ui.internal.Ui.spinUntil;
import static org.qaworkbench.ui.internal.Ui.window;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem;
import org.eclipse.e4.ui.model.application.ui.menu.MMenu;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qaworkbench.core.Services;
import org.qaworkbench.core.store.AccessLog.Access;
import org.qaworkbench.core.store.AccessLog.Event;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.model.DirectObservation;
import org.qaworkbench.model.ObservationState;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.Role;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.ui.editors.RecordSession;
import org.qaworkbench.ui.internal.Ui;

/**
 * Window &gt; Access log in the real workbench: opening a confidential record in an editor session is logged; an
 * administrator sees it newest first and narrows it by record id from the keyboard; anyone else sees nothing.
 */
class AccessLogPartPTest {

	private static final QaFactory QA = QaFactory.eINSTANCE;
	private static final Actor ACTOR = new Actor("accesslog.test");
	private static final String COMMAND = "org.qaworkbench.ui.command.showaccesslog";

	@AfterEach
	void theTestAdministratorAgain() {
		Ui.signInAsTheTestAdministrator();
	}

	@Test
	void anAdministratorSeesWhoOpenedARecordNewestFirstAndNarrowsItByRecordIdFromTheKeyboard() throws Exception {
		Store store = Services.get(Store.class);
		StaffMember admin = staff(store, "Ada Admin (access log test)", "ada.accesslogtest", Role.ADMINISTRATOR, null);
		StaffMember manager = staff(store, "Mo Manager (access log test)", "mo.accesslogtest", Role.TEAM_LEADER, null);
		StaffMember worker = staff(store, "Wyn Worker (access log test)", "wyn.accesslogtest", Role.PRACTITIONER, manager);
		DirectObservation observation = observation(store, worker, manager);
		DirectObservation other = observation(store, manager, manager);

		// Opening in any editor goes through the kit's session: that is what logs it.
		open(store, new Actor(manager.getUserId()), observation);
		open(store, new Actor(worker.getUserId()), observation);
		open(store, new Actor(manager.getUserId()), other);

		Ui.signInAs(manager);
		Ui.mainShell().forceActive();
		assertFalse(handlers().canExecute(showCommand()), "Window > Access log is disabled for a team leader");

		Ui.signInAs(admin);
		AccessLogPart view = showView();
		await(view.refresh());
		List<Event> newest = view.events().subList(0, 3);
		assertEquals(List.of(other.getId(), observation.getId(), observation.getId()), newest.stream().map(Event::recordId).toList());
		assertEquals(List.of(manager.getUserId(), worker.getUserId(), manager.getUserId()), newest.stream().map(Event::userId).toList());
		assertTrue(newest.stream().allMatch(event -> event.access() == Access.OPENED && event.recordKind().equals("DirectObservation")), newest.toString());
		assertEquals(worker.getUserId(), view.table().getItem(1).getText(1));
		assertEquals("opened", view.table().getItem(1).getText(3));

		assertTrue(view.recordId().isFocusControl(), "Window > Access log takes the keyboard to the record id");
		Ui.type(observation.getId() + "\r");
		spinUntil(() -> view.events().size() == 2 && view.events().stream().allMatch(event -> event.recordId() == observation.getId()), "the record's events");
		assertEquals(List.of(worker.getUserId(), manager.getUserId()), view.events().stream().map(Event::userId).toList());
		assertEquals("2 openings and exports, newest first.", view.summary());

		view.recordId().setText("");
		Ui.type("LL1\r");
		spinUntil(() -> view.summary().startsWith("'LL1' is not a record id"), "the refusal at the field");
		assertEquals(2, view.events().size(), "nothing changed");

		Ui.signInAs(manager);
		await(view.refresh());
		assertEquals(List.of(), view.events(), "the view left open shows a team leader none of it");
		assertEquals("Only an administrator may see the access log.", view.summary());
	}

	/** Window > Access log as the fragment contributes it: the menu item, Ctrl+Shift+L, the command and its handler. */
	private static AccessLogPart showView() {
		MWindow window = window();
		MApplication application = window.getContext().get(MApplication.class);
		assertTrue(application.getBindingTables().stream().flatMap(table -> table.getBindings().stream())
				.anyMatch(binding -> binding.getKeySequence().equals("M1+M2+L") && binding.getCommand().getElementId().equals(COMMAND)), "Ctrl+Shift+L");
		MMenu windowMenu = (MMenu) window.getMainMenu().getChildren().stream().filter(menu -> "org.qaworkbench.ui.menu.window".equals(menu.getElementId()))
				.findFirst().orElseThrow();
		assertTrue(windowMenu.getChildren().stream().anyMatch(item -> item instanceof MHandledMenuItem handled && handled.getCommand().getElementId().equals(COMMAND)
				&& handled.getLabel().equals("Access &log")), "Window > Access log");
		ParameterizedCommand show = showCommand();
		assertTrue(handlers().canExecute(show), "a handler for it, enabled for an administrator");
		handlers().executeHandler(show);
		spinUntil(() -> view() != null, "Window > Access log shows the view");
		return view();
	}

	private static ParameterizedCommand showCommand() {
		return window().getContext().get(ECommandService.class).createCommand(COMMAND, null);
	}

	private static EHandlerService handlers() {
		return window().getContext().get(EHandlerService.class);
	}

	private static AccessLogPart view() {
		MPart part = window().getContext().get(EPartService.class).findPart(AccessLogPart.ID);
		return part != null && part.getObject() instanceof AccessLogPart view ? view : null;
	}

	private static void open(Store store, Actor who, DirectObservation observation) {
		MPart dirty = MBasicFactory.INSTANCE.createPart();
		new RecordSession<>(store, dirty, () -> who, observation, RecordSession.anyDraft());
	}

	private static void await(CompletableFuture<?> shown) {
		spinUntil(shown::isDone, "the access log read");
	}

	private static StaffMember staff(Store store, String name, String userId, Role role, StaffMember lineManager) throws Exception {
		StaffMember staff = QA.createStaffMember();
		staff.setName(name);
		staff.setUserId(userId);
		staff.getRoles().add(role);
		staff.setLineManager(lineManager);
		return store.records().save(staff, ACTOR);
	}

	private static DirectObservation observation(Store store, StaffMember practitioner, StaffMember observer) throws Exception {
		DirectObservation observation = QA.createDirectObservation();
		observation.setPractitioner(practitioner);
		observation.setObserver(observer);
		observation.setObservedOn(java.time.LocalDate.of(2026, 5, 1));
		observation.setState(ObservationState.PLANNED);
		return store.records().save(observation, ACTOR);
	}
}
