package org.qaworkbench.ui.internal.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qaworkbench.ui.internal.Ui.spinUntil;
import static org.qaworkbench.ui.internal.Ui.window;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qaworkbench.core.Services;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.AssessmentState;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.FollowUp;
import org.qaworkbench.model.Item;
import org.qaworkbench.model.ItemKind;
import org.qaworkbench.model.Locality;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.RemedialAction;
import org.qaworkbench.model.Role;
import org.qaworkbench.model.Section;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.model.SubjectKind;
import org.qaworkbench.ui.internal.editor.ChecklistEditorPart;

/**
 * The Actions view in the real workbench: statuses against an injected clock, the filters, sorting, and opening an
 * audit from a row. Its cases (LL7770..) and people are its own, so other tests' records do not disturb it.
 */
class ActionsPartPTest {

	private static final QaFactory QA = QaFactory.eINSTANCE;
	private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
	private static final Actor ACTOR = new Actor("actions.test");
	private static Assessment north;

	private ActionsPart view;

	@BeforeAll
	static void records() throws Exception {
		Store store = Services.get(Store.class);
		Locality northfield = store.records().save(locality("Northfield (actions test)"), ACTOR);
		Locality southbank = store.records().save(locality("Southbank (actions test)"), ACTOR);
		StaffMember aled = staff(store, "Aled Auditor", Role.TEAM_LEADER);
		StaffMember beth = staff(store, "Beth Auditor", Role.SENIOR_PRACTITIONER);
		StaffMember wendy = staff(store, "Wendy Worker", Role.PRACTITIONER);
		StaffMember will = staff(store, "Will Worker", Role.PRACTITIONER);
		String hash = store.definitions().store(definition(), ACTOR);
		north = store.records().save(audit(hash, "LL777001", northfield, aled, TODAY.minusDays(40)), ACTOR);
		Assessment south = store.records().save(audit(hash, "LL777002", southbank, beth, TODAY.minusDays(100)), ACTOR);
		action(store, north, "overdue", wendy, TODAY.minusDays(5), null, null);
		action(store, north, "due soon", wendy, TODAY.plusDays(10), null, null);
		action(store, north, "done", will, TODAY.minusDays(20), TODAY.minusDays(25), null);
		action(store, north, "later", will, TODAY.plusDays(60), null, null);
		action(store, south, "follow-up due", will, TODAY.minusDays(70), TODAY.minusDays(75), null);
		action(store, south, "followed up", wendy, TODAY.minusDays(60), TODAY.minusDays(62), TODAY.minusDays(8));
	}

	@BeforeEach
	void showTheView() {
		MWindow window = window();
		window.getContext().get(EPartService.class).showPart(ActionsPart.ID, PartState.ACTIVATE);
		MApplication application = window.getContext().get(MApplication.class);
		view = (ActionsPart) ((MPart) window.getContext().get(EModelService.class).find(ActionsPart.ID, application)).getObject();
		setToday(TODAY);
		choose(view.showChoice(), "Due and overdue");
		for (Combo combo : List.of(view.localityChoice(), view.workerChoice(), view.auditorChoice())) {
			choose(combo, "All");
		}
		view.sortBy(ActionsTable.DUE, true);
	}

	@AfterEach
	void systemClockAgain() {
		window().getContext().get(MApplication.class).getContext().set(Clock.class, Clock.systemDefaultZone());
	}

	/**
	 * A development action made from a direct observation is as confidential as the observation: the person signed in
	 * sees it only when they are the practitioner, the observer or in the practitioner's management line.
	 */
	@Test
	void aDevelopmentActionFromAnObservationShowsOnlyToThoseWhoMaySeeTheObservation() throws Exception {
		Store store = Services.get(Store.class);
		StaffMember observer = staff(store, "Olive Observer", Role.SENIOR_PRACTITIONER);
		StaffMember worker = QA.createStaffMember();
		worker.setName("Dev Worker");
		worker.setUserId("dev.worker.actionstest");
		worker.getRoles().add(Role.PRACTITIONER);
		worker.setLineManager(observer);
		worker = store.records().save(worker, ACTOR);
		StaffMember stranger = staff(store, "Sam Stranger", Role.PRACTITIONER);
		org.qaworkbench.model.DirectObservation observation = QA.createDirectObservation();
		observation.setPractitioner(worker);
		observation.setObserver(observer);
		observation.setObservedOn(TODAY.minusDays(30));
		observation.setState(org.qaworkbench.model.ObservationState.SIGNED_OFF);
		observation = store.records().save(observation, ACTOR);
		RemedialAction development = QA.createRemedialAction();
		development.setObservation(observation);
		development.setOwner(worker);
		development.setAction("Plan endings (observation, actions test)");
		development.setDueOn(TODAY.plusDays(20));
		store.records().save(development, ACTOR);
		choose(view.showChoice(), "All");
		try {
			for (StaffMember person : List.of(stranger, worker, observer)) {
				org.qaworkbench.ui.internal.Ui.signInAs(person);
				await(view.refresh());
				boolean shown = view.rows().stream().anyMatch(row -> row.action().equals("Plan endings (observation, actions test)"));
				assertEquals(person != stranger, shown, person.getName());
			}
			org.qaworkbench.ui.internal.Ui.signInAsTheTestAdministrator();
			await(view.refresh());
			assertFalse(view.rows().stream().anyMatch(row -> row.action().equals("Plan endings (observation, actions test)")), "the administrator, outside the observation's line, does not see it");
		} finally {
			org.qaworkbench.ui.internal.Ui.signInAsTheTestAdministrator();
		}
	}

	@Test
	void dueAndOverdueListsWhatNeedsDoingWithItsStatus() {
		assertEquals(List.of("follow-up due", "overdue", "due soon"), actions());
		assertEquals(List.of("LL777002", "Southbank (actions test)", "Will Worker", "Beth Auditor", "follow-up due", "06/04/2026", "Completed", "07/06/2026", "Overdue"),
				cells(0), "a follow-up past its date is overdue");
		assertEquals(List.of("LL777001", "Northfield (actions test)", "Wendy Worker", "Aled Auditor", "overdue", "10/06/2026", "Overdue", "06/08/2026", "Not yet"),
				cells(1));
		assertEquals("Open", cells(2).get(ActionsTable.STATUS));

		choose(view.showChoice(), "All");
		assertEquals(List.of("follow-up due", "followed up", "done", "overdue", "due soon", "later"), actions());
		assertEquals("Done", cells(1).get(ActionsTable.FOLLOW_UP));
		assertEquals("Completed", cells(2).get(ActionsTable.STATUS));
		assertTrue(view.summaryText().startsWith(view.rows().size() + " of "), view.summaryText());
	}

	@Test
	void theFiltersNarrowTheList() {
		choose(view.showChoice(), "Overdue");
		assertEquals(List.of("overdue"), actions());
		choose(view.showChoice(), "Follow-ups due");
		assertEquals(List.of("follow-up due"), actions());

		choose(view.showChoice(), "All");
		choose(view.localityChoice(), "Southbank (actions test)");
		assertEquals(List.of("follow-up due", "followed up"), actions());
		choose(view.localityChoice(), "All");
		choose(view.workerChoice(), "Will Worker");
		assertEquals(List.of("follow-up due", "done", "later"), actions());
		choose(view.auditorChoice(), "Aled Auditor");
		assertEquals(List.of("done", "later"), actions());
		choose(view.showChoice(), "Due and overdue");
		assertEquals(List.of(), actions());
	}

	@Test
	void sortedByDueDateEitherWayKeepingTheSelectedAction() {
		choose(view.showChoice(), "All");
		ActionRow overdue = mine().get(actions().indexOf("overdue"));
		view.select(view.rows().indexOf(overdue));
		view.sortBy(ActionsTable.DUE, false);
		assertEquals(List.of("later", "due soon", "overdue", "done", "followed up", "follow-up due"), actions());
		assertEquals(overdue, view.selected());
		view.sortBy(ActionsTable.CASE, true);
		assertEquals(List.of("LL777001", "LL777001", "LL777001", "LL777001", "LL777002", "LL777002"),
				mine().stream().map(ActionRow::caseNumber).toList());
	}

	@Test
	void followUpsFallDueFourWeeksBeforeTheirDateAndAreOverdueOnceItHasPassed() {
		choose(view.showChoice(), "Follow-ups due");
		assertEquals(List.of("follow-up due"), actions());

		setToday(LocalDate.of(2026, 7, 20)); // north's follow-ups fall due on 06/08/2026

		assertEquals(List.of("follow-up due", "done", "overdue", "due soon", "later"), actions());
		choose(view.showChoice(), "All");
		assertEquals("Due", cells(actions().indexOf("done")).get(ActionsTable.FOLLOW_UP));

		setToday(TODAY.plusMonths(3));

		assertEquals("Overdue", cells(actions().indexOf("done")).get(ActionsTable.FOLLOW_UP), "past its date");
		assertEquals("Overdue", cells(actions().indexOf("due soon")).get(ActionsTable.STATUS), "its due date has passed too");
		choose(view.showChoice(), "Follow-ups due");
		assertEquals(List.of("follow-up due", "done", "overdue", "due soon", "later"), actions(), "overdue ones are still to do");
	}

	@Test
	void aFollowUpThatFoundTheActionNotDoneSaysSoRatherThanDone() throws Exception {
		Store store = Services.get(Store.class);
		Assessment audit = store.records().save(audit(north.getDefinitionHash(), "LL777103", null, staff(store, "Cara Auditor", Role.TEAM_LEADER),
				TODAY.minusDays(100)), ACTOR);
		action(store, audit, "raised again", staff(store, "Nia Worker", Role.PRACTITIONER), TODAY.minusDays(70), null, TODAY.minusDays(8));
		await(view.refresh());

		choose(view.showChoice(), "All");
		ActionRow row = view.rows().stream().filter(shown -> shown.caseNumber().equals("LL777103")).findFirst().orElseThrow();
		assertEquals(ActionRow.Status.OVERDUE, row.status());
		assertEquals(ActionRow.FollowUp.NOT_DONE, row.followUp(), "recorded, and the action was not done");
		assertEquals("Not done", view.text(view.rows().indexOf(row), ActionsTable.FOLLOW_UP));
	}

	@Test
	void anActionSavedAnywhereShowsWithoutARefresh() throws Exception {
		Store store = Services.get(Store.class);
		Assessment audit = store.records().save(audit(north.getDefinitionHash(), "LL777104", null, staff(store, "Dee Auditor", Role.TEAM_LEADER),
				TODAY.minusDays(10)), ACTOR);
		action(store, audit, "saved elsewhere", staff(store, "Owen Worker", Role.PRACTITIONER), TODAY.plusDays(3), null, null);

		spinUntil(() -> view.rows().stream().anyMatch(row -> row.action().equals("saved elsewhere")), "the new action is listed without a refresh");
	}

	@Test
	void closingTheViewGivesItsRoomToTheViewsAbove() {
		EPartService parts = window().getContext().get(EPartService.class);
		MApplication application = window().getContext().get(MApplication.class);
		EModelService models = window().getContext().get(EModelService.class);
		Control above = (Control) models.find("org.qaworkbench.ui.partstack.editors", application).getWidget();
		MUIElement stack = models.find("org.qaworkbench.ui.partstack.bottom", application);
		int height = above.getSize().y;
		int room = ((Control) stack.getWidget()).getSize().y;

		parts.hidePart(parts.findPart(ActionsPart.ID));
		// The test harness brings the platform's CleanupAddon, which hides the stack too, later; the product has only
		// ours: the stack is hidden at once.
		assertFalse(stack.isVisible(), "the empty stack is hidden");
		spinUntil(() -> !shown(stack) && above.getSize().y > height + room / 2, "the views above take the room: " + above.getSize().y + " from " + height);

		parts.showPart(ActionsPart.ID, PartState.ACTIVATE);
		assertTrue(stack.isVisible(), "shown again with its view");
		spinUntil(() -> shown(stack) && above.getSize().y == height, "back as it was: " + above.getSize().y + " for " + height);
	}

	private static boolean shown(MUIElement element) {
		return element.getWidget() instanceof Control control && !control.isDisposed() && control.isVisible();
	}

	@Test
	void enterOpensTheAuditOfTheSelectedRow() {
		choose(view.showChoice(), "Overdue");
		view.select(view.rows().indexOf(mine().get(actions().indexOf("overdue"))));
		Event enter = new Event();
		enter.character = '\r';
		enter.keyCode = SWT.CR;
		view.tableControl().notifyListeners(SWT.KeyDown, enter);

		EPartService parts = window().getContext().get(EPartService.class);
		MPart editor = parts.getParts().stream()
				.filter(part -> part.getObject() instanceof ChecklistEditorPart opened && opened.assessment().getId() == north.getId()).findFirst()
				.orElseThrow(() -> new AssertionError("the audit's editor is open"));
		assertEquals(editor, parts.getActivePart());
		parts.hidePart(editor, true);
	}

	@Test
	void windowActionsBringsTheClosedViewBack() {
		EPartService parts = window().getContext().get(EPartService.class);
		MPart part = parts.findPart(ActionsPart.ID);
		parts.hidePart(part);
		assertFalse(part.isToBeRendered(), "closed");

		ECommandService commands = window().getContext().get(ECommandService.class);
		EHandlerService handlers = window().getContext().get(EHandlerService.class);
		handlers.executeHandler(commands.createCommand("org.qaworkbench.ui.command.showactions", null));

		assertTrue(part.isToBeRendered() && part.getObject() instanceof ActionsPart, "shown again");
		assertEquals(part, parts.getActivePart());
		view = (ActionsPart) part.getObject();
		await(view.refresh());
		assertEquals(List.of("follow-up due", "overdue", "due soon"), actions());
	}

	private void setToday(LocalDate today) {
		Clock clock = Clock.fixed(today.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
		window().getContext().get(MApplication.class).getContext().set(Clock.class, clock);
		await(view.refresh());
	}

	/** This test's rows as shown, by their action text. */
	private List<String> actions() {
		return mine().stream().map(ActionRow::action).toList();
	}

	private List<ActionRow> mine() {
		return view.rows().stream().filter(row -> row.caseNumber().startsWith("LL7770")).toList();
	}

	private List<String> cells(int mineIndex) {
		int row = view.rows().indexOf(mine().get(mineIndex));
		return java.util.stream.IntStream.range(0, 9).mapToObj(column -> view.text(row, column)).toList();
	}

	private static void choose(Combo combo, String item) {
		int index = combo.indexOf(item);
		assertTrue(index >= 0, item + " is offered: " + Arrays.toString(combo.getItems()));
		combo.select(index);
		combo.notifyListeners(SWT.Selection, new Event());
	}

	private static void await(CompletableFuture<?> shown) {
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + 30_000_000_000L;
		while (!shown.isDone() && System.nanoTime() < deadline) {
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(5);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
		assertTrue(shown.isDone(), "the actions were read");
		shown.join();
	}

	private static Locality locality(String name) {
		Locality locality = QA.createLocality();
		locality.setName(name);
		return locality;
	}

	private static StaffMember staff(Store store, String name, Role role) throws Exception {
		StaffMember staff = QA.createStaffMember();
		staff.setName(name);
		staff.setUserId(name.toLowerCase().replace(' ', '.') + ".actionstest");
		staff.getRoles().add(role);
		return store.records().save(staff, ACTOR);
	}

	private static ChecklistDefinition definition() {
		ChecklistDefinition definition = QA.createChecklistDefinition();
		definition.setDefinitionId("test.actions");
		definition.setVersion("1.0.0");
		definition.setTitle("Actions test audit");
		Section section = QA.createSection();
		section.setSectionId("main");
		section.setTitle("Main");
		Item item = QA.createItem();
		item.setItemId("ok");
		item.setText("Is the file in order?");
		item.setKind(ItemKind.YES_NO);
		section.getItems().add(item);
		definition.getSections().add(section);
		return definition;
	}

	private static Assessment audit(String hash, String caseNumber, Locality locality, StaffMember auditor, LocalDate completedOn) {
		Assessment audit = QA.createAssessment();
		audit.setDefinitionId("test.actions");
		audit.setDefinitionVersion("1.0.0");
		audit.setDefinitionHash(hash);
		audit.setSubjectKind(SubjectKind.CASE);
		audit.setSubjectKey(caseNumber);
		audit.setLocality(locality);
		audit.getAssessors().add(auditor);
		audit.setStartedOn(completedOn.minusDays(3));
		audit.setCompletedOn(completedOn);
		audit.setState(AssessmentState.COMPLETED);
		return audit;
	}

	/** An action; its follow-up falls due three months after its audit was completed. */
	private static void action(Store store, Assessment audit, String text, StaffMember owner, LocalDate dueOn, LocalDate completedOn, LocalDate checkedOn)
			throws Exception {
		RemedialAction action = QA.createRemedialAction();
		action.setAssessment(audit);
		action.setAction(text);
		action.setOwner(owner);
		action.setDueOn(dueOn);
		action.setCompletedOn(completedOn);
		FollowUp followUp = QA.createFollowUp();
		followUp.setDueOn(audit.getCompletedOn().plusMonths(3));
		followUp.setCheckedOn(checkedOn);
		followUp.setDone(checkedOn != null);
		action.setFollowUp(followUp);
		store.records().save(action, ACTOR);
	}
}
