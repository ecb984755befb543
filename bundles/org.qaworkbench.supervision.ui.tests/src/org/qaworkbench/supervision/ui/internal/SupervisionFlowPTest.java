package org.qaworkbench.supervision.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.qaworkbench.core.Services;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.supervision.Supervision;
import org.qaworkbench.core.supervision.SupervisionCompliance.CaseRow;
import org.qaworkbench.core.supervision.SupervisionCompliance.SuperviseeRow;
import org.qaworkbench.core.supervision.SupervisionWorkflow.Step;
import org.qaworkbench.model.Allocation;
import org.qaworkbench.model.Case;
import org.qaworkbench.model.CaseStatus;
import org.qaworkbench.model.CaseworkSupervision;
import org.qaworkbench.model.Child;
import org.qaworkbench.model.KeyDate;
import org.qaworkbench.model.KeyDateKind;
import org.qaworkbench.model.Locality;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.QaPackage;
import org.qaworkbench.model.RemedialAction;
import org.qaworkbench.model.Role;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.model.SupervisionContract;
import org.qaworkbench.model.SupervisionRecord;
import org.qaworkbench.model.SupervisionState;
import org.qaworkbench.model.Team;
import org.qaworkbench.ui.editors.RecordEditors;
import org.qaworkbench.ui.internal.navigator.NavigatorPart;

/**
 * A senior's month of supervision in the real workbench, from the keyboard, in order: writes a contract with a
 * practitioner and both sign as themselves; records a supervision with the actions carried forward and both sign;
 * records casework supervision on three cases in one sitting (Alt+X), which show under their cases in the navigator;
 * compliance in the Supervision view moves with the (injected) clock; a practitioner outside the management line
 * sees none of it, and a missed session is two keystrokes in the sessions log.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SupervisionFlowPTest {

	private static final QaFactory QA = QaFactory.eINSTANCE;
	private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
	private static final Actor ADMIN = new Actor("supervision.test");

	private static Store store;
	private static StaffMember senior;
	private static StaffMember practitioner;
	private static StaffMember outsider;
	private static final List<String> CASES = List.of("LLSUP1", "LLSUP2", "LLSUP3");

	@BeforeAll
	static void people() throws Exception {
		store = Services.get(Store.class);
		Locality locality = QA.createLocality();
		locality.setName("Supervised Vale");
		locality = store.records().save(locality, ADMIN);
		Team team = QA.createTeam();
		team.setName("Vale team (supervision test)");
		team.setLocality(locality);
		team = store.records().save(team, ADMIN);
		StaffMember leader = store.records().save(staff("Tess Leader", "tess.supervision", Role.TEAM_LEADER, null, locality, team), ADMIN);
		senior = store.records().save(staff("Sam Senior", "sam.supervision", Role.SENIOR_PRACTITIONER, leader, locality, team), ADMIN);
		practitioner = store.records().save(staff("Paula Practitioner", "paula.supervision", Role.PRACTITIONER, senior, locality, team), ADMIN);
		StaffMember otherLeader = store.records().save(staff("Otto Leader", "otto.supervision", Role.TEAM_LEADER, null, locality, null), ADMIN);
		outsider = store.records().save(staff("Olga Outside", "olga.supervision", Role.PRACTITIONER, otherLeader, locality, null), ADMIN);
		for (int i = 0; i < CASES.size(); i++) {
			store.records().save(aCase(CASES.get(i), i == 0 ? CaseStatus.CHILD_PROTECTION : CaseStatus.CHILD_IN_NEED, locality, LocalDate.of(2026, 3, 2 + i)), ADMIN);
		}
		// An open audit action of the practitioner's: it comes forward to be reviewed in supervision.
		RemedialAction action = QA.createRemedialAction();
		action.setAction("Update the chronology on the case file");
		action.setOwner(practitioner);
		action.setDueOn(LocalDate.of(2026, 6, 30));
		store.records().save(action, ADMIN);
		Workbench.setClock(TODAY);
	}

	@AfterEach
	void closeEditors() {
		EPartService parts = Workbench.parts();
		for (MPart part : List.copyOf(parts.getParts())) {
			if (part.getObject() instanceof SupervisionEditor<?> || part.getObject() instanceof SessionsLogPart) {
				part.setDirty(false);
				parts.hidePart(part, true);
			}
		}
	}

	@AfterAll
	static void systemClockAgain() {
		Workbench.systemClock();
	}

	@Test
	@Order(1)
	void aSeniorWritesAContractAndBothSignAsThemselves() throws Exception {
		Workbench.signInAs(senior);
		SupervisionPart view = Workbench.showView();
		Keys.waitFor(() -> superviseeRow(view, practitioner) >= 0, "the senior sees the practitioner they supervise");
		assertEquals(-1, superviseeRow(view, outsider), "not someone outside their management line");
		int row = superviseeRow(view, practitioner);
		assertTrue(view.supervisees().showsOverdue(row), "no contract yet: on red");

		// Enter on the row: no signed contract, so one is drawn up and opened.
		view.supervisees().table().selectRow(row);
		Keys.focus(view.supervisees().table().control());
		Keys.press("Return");
		Keys.waitFor(() -> Workbench.active(ContractEditorPart.class) != null, "Enter opens a new contract");
		ContractEditorPart contract = Workbench.active(ContractEditorPart.class);
		assertTrue(contract.verbatim().contains("To monitor workload"), "the seven purposes verbatim: " + contract.verbatim());
		assertTrue(contract.verbatim().contains("Ensure confidentiality"), "the five agreements verbatim");
		assertTrue(contract.verbatim().contains("The Service Area expects all workers to be supervised at 6 weekly intervals."), "the council's expectation");
		assertFalse(contract.buttons().button(Step.SIGN_AS_SUPERVISEE).isEnabled(), "the supervisor does not sign as the supervisee");

		// 8-weekly, less frequent than the council expects: signing is refused until the reasons are recorded.
		Keys.focus(contract.frequency());
		Keys.type("8");
		Keys.waitFor(() -> "P8W".equals(contract.record().getFrequencyPeriod()), "8 chooses 8-weekly");
		Keys.press("alt+o");
		Keys.waitFor(() -> contract.said().toLowerCase().contains("reason"), "signing without the reasons is refused, saying why: " + contract.said());
		assertEquals(SupervisionState.DRAFT, stored(contract.record()).getState());
		Keys.press("alt+r");
		Keys.type("Part-time: works three days a week");
		Workbench.save(contract);
		Keys.waitFor(() -> "Part-time: works three days a week".equals(stored(contract.record()).getReasonsLessFrequent()), "Ctrl+S keeps the reasons");
		Keys.press("alt+o");
		Keys.waitFor(() -> stored(contract.record()).getSignedBySupervisorOn() != null, "Alt+O: signed by the supervisor: " + contract.said());

		// The practitioner signs as herself.
		Workbench.signInAs(practitioner);
		Keys.waitFor(() -> contract.buttons().button(Step.SIGN_AS_SUPERVISEE).isEnabled(), "the supervisee may sign");
		Keys.press("alt+e");
		Keys.waitFor(() -> stored(contract.record()).getState() == SupervisionState.SIGNED, "Alt+E: signed by both: " + contract.said());
		SupervisionContract signed = stored(contract.record());
		assertEquals(TODAY, signed.getSignedBySuperviseeOn());
		assertEquals(TODAY.plusMonths(12), signed.getReviewOn(), "reviewed every 12 months");
		assertTrue(contract.fields().stream().allMatch(control -> control instanceof Text text ? !text.getEditable() : !control.isEnabled()), "locked");
		assertFalse(contract.review().contains("review due"), contract.review());
		Workbench.close(contract);

		// A year on, the review is due: the view says so in red, and so does the contract (C on the row).
		Workbench.signInAs(senior);
		Workbench.freshRead(view, () -> Workbench.setClock(TODAY.plusMonths(12).plusDays(1)));
		int again = superviseeRow(view, practitioner);
		assertFalse(view.supervisees().rows().get(again).contractInDate(), "out of date after 12 months");
		assertTrue(view.supervisees().showsOverdue(again));
		view.supervisees().table().selectRow(again);
		Keys.focus(view.supervisees().table().control());
		Keys.press("c");
		Keys.waitFor(() -> Workbench.active(ContractEditorPart.class) != null, "C opens the contract");
		assertTrue(Workbench.active(ContractEditorPart.class).review().contains("review due"), Workbench.active(ContractEditorPart.class).review());
		Workbench.freshRead(view, () -> Workbench.setClock(TODAY));
	}

	@Test
	@Order(2)
	void aSupervisionIsRecordedWithTheActionsCarriedForwardAndSignedByBoth() throws Exception {
		Workbench.signInAs(senior);
		// Last time's record, signed by both six weeks ago, agreed an action.
		Supervision supervision = new Supervision(store, java.time.Clock.fixed(TODAY.minusWeeks(6).atTime(10, 0).atZone(Workbench.ZONE).toInstant(), Workbench.ZONE));
		SupervisionRecord last = supervision.startRecord(practitioner, TODAY.minusWeeks(6), actor(senior));
		last.getAgendaItems().get(1).setDiscussion("Safeguarding refresher");
		last.getAgendaItems().get(1).setActions("Book the safeguarding refresher");
		last.getAgendaItems().get(1).setByWhom("Paula");
		last.getAgendaItems().get(1).setTimescale("Before the next supervision");
		last.setNextOn(TODAY);
		last.setNextTime("10:00");
		last = supervision.save(last, actor(senior));
		last = supervision.sign(last, actor(senior));
		supervision.sign(last, actor(practitioner));

		SupervisionPart view = Workbench.showView();
		Workbench.freshRead(view, view::refresh);
		int row = superviseeRow(view, practitioner);
		view.supervisees().table().selectRow(row);
		Keys.focus(view.supervisees().table().control());
		Keys.press("Return");
		Keys.waitFor(() -> Workbench.active(SupervisionRecordEditorPart.class) != null, "Enter: contract in date, so today's record of supervision");
		SupervisionRecordEditorPart editor = Workbench.active(SupervisionRecordEditorPart.class);
		List<Button> reviews = editor.reviewed();
		assertTrue(reviews.stream().anyMatch(check -> check.getText().contains("Book the safeguarding refresher")), "last time's action comes forward");
		assertTrue(reviews.stream().anyMatch(check -> check.getText().contains("Update the chronology")), "so does the open audit action");
		Button refresher = reviews.stream().filter(check -> check.getText().contains("Book the safeguarding refresher")).findFirst().orElseThrow();
		Keys.focus(refresher);
		Keys.press("space");
		Keys.waitFor(() -> editor.record().getReviews().get(reviews.indexOf(refresher)).isDone(), "Space marks it done");
		assertEquals(List.of("Agenda items", "Training", "Roles and responsibilities", "Health and Safety", "Holidays, Toil or Flexi",
				"Case load decisions and actions recorded on Protocol"), editor.record().getAgendaItems().stream().map(item -> item.getTopic()).toList(),
				"the fixed agenda rows verbatim");
		Keys.typeInto((Text) editor.agendaFields().get(5), "Training plan for the year"); // Training: discussed
		Keys.press("Tab");
		Keys.type("Attend the trauma-informed practice course");
		Keys.press("alt+r");
		Keys.waitFor(() -> editor.record().getAgendaItems().size() == 7 && editor.addedTopics().size() == 1 && editor.addedTopics().get(0).isFocusControl(),
				"Alt+R adds a row with the keyboard in its topic");
		Keys.type("Court preparation");
		Keys.press("Tab");
		Keys.type("Statement due for the final hearing");
		Keys.press("alt+x");
		Keys.type("13/07/2026");
		Keys.press("alt+m");
		Keys.type("14:00");
		Workbench.save(editor);
		Keys.waitFor(() -> stored(editor.record()).getAgendaItems().size() == 7, "Ctrl+S keeps the added row");
		Keys.press("alt+o");
		Keys.waitFor(() -> stored(editor.record()).getSignedBySupervisorOn() != null, "Alt+O: the supervisor signs: " + editor.said());
		Workbench.signInAs(practitioner);
		Keys.waitFor(() -> editor.buttons().button(Step.SIGN_AS_SUPERVISEE).isEnabled(), "the supervisee may sign");
		Keys.press("alt+e");
		Keys.waitFor(() -> stored(editor.record()).getState() == SupervisionState.SIGNED, "Alt+E: signed by both, locked: " + editor.said());

		SupervisionRecord done = stored(editor.record());
		assertEquals(TODAY, done.getHeldOn());
		assertEquals(LocalDate.of(2026, 7, 13), done.getNextOn());
		assertEquals("14:00", done.getNextTime());
		assertEquals("Court preparation", done.getAgendaItems().get(6).getTopic());
		assertEquals("Statement due for the final hearing", done.getAgendaItems().get(6).getDiscussion());
		assertEquals("Attend the trauma-informed practice course", done.getAgendaItems().get(1).getDecision());
		assertTrue(done.getReviews().stream().filter(review -> review.getAction().contains("refresher")).allMatch(review -> review.isDone()));
		assertTrue(editor.agendaFields().stream().allMatch(control -> !((Text) control).getEditable()), "locked once both have signed");
		assertTrue(editor.buttons().button(Step.AMEND).isEnabled() == false, "the supervisee does not amend");
		Workbench.signInAs(senior);
		Keys.waitFor(() -> editor.buttons().button(Step.AMEND).isEnabled(), "the supervisor may amend");
		Keys.press("alt+n");
		Keys.waitFor(() -> ((Text) editor.agendaFields().get(0)).getEditable(), "Alt+N: amending opens the form again");
	}

	@Test
	@Order(3)
	void caseworkSupervisionOnThreeCasesInOneSittingFromTheKeyboard() throws Exception {
		Workbench.signInAs(senior);
		SupervisionPart view = Workbench.showView();
		Workbench.freshRead(view, view::refresh);
		List<String> shown = view.cases().rows().stream().map(CaseRow::caseNumber).toList();
		assertTrue(shown.containsAll(CASES), "the open cases of the senior's team: " + shown);
		int first = CASES.stream().mapToInt(shown::indexOf).min().orElseThrow();
		List<String> sitting = shown.subList(first, shown.size());
		assertEquals(3, sitting.size(), "the three cases, one after another: " + shown);
		view.cases().table().selectRow(first);
		Keys.focus(view.cases().table().control());
		Keys.press("Return");
		for (int i = 0; i < 3; i++) {
			String caseNumber = sitting.get(i);
			Keys.waitFor(() -> Workbench.active(CaseworkEditorPart.class) != null && caseNumber.equals(Workbench.active(CaseworkEditorPart.class).record().getCaseNumber()),
					"the casework supervision of " + caseNumber + " is open");
			CaseworkEditorPart editor = Workbench.active(CaseworkEditorPart.class);
			assertEquals(LocalDate.of(2026, 4, 6), editor.record().getLastAssessmentOn(), "filled from the case's key dates");
			Keys.press("alt+p");
			Keys.type("Purpose for " + caseNumber);
			Keys.press("alt+x");
		}
		Keys.waitFor(() -> Workbench.active(CaseworkEditorPart.class) != null && Workbench.active(CaseworkEditorPart.class).said().contains("last case"),
				"after the third, the sitting is over");
		for (String caseNumber : CASES) {
			List<CaseworkSupervision> recorded = store.records().where(CaseworkSupervision.class, QaPackage.Literals.CASEWORK_SUPERVISION__CASE_NUMBER, caseNumber);
			assertEquals(1, recorded.size(), caseNumber);
			assertEquals(SupervisionState.SIGNED, recorded.get(0).getState(), caseNumber);
			assertEquals("Purpose for " + caseNumber, recorded.get(0).getPurposeOfInvolvement());
			assertEquals(TODAY, recorded.get(0).getHeldOn());
		}

		// Casework supervision shows under its case in the navigator; personal supervision never does.
		MPart navigatorPart = Workbench.parts().findPart("org.qaworkbench.ui.part.navigator");
		NavigatorPart navigator = (NavigatorPart) navigatorPart.getObject();
		TreeViewer tree = navigator.tree();
		assertEquals(1, store.queries().supervision().caseworkOf(CASES.get(0)).size(), "the case's casework supervision, read");
		java.util.concurrent.CompletableFuture<Void> read = navigator.refresh();
		Keys.waitFor(read::isDone, "the navigator reads again");
		tree.expandToLevel(2);
		try {
			Keys.waitFor(() -> {
				TreeItem item = caseItem(tree, CASES.get(0));
				if (item != null && !item.getExpanded()) {
					tree.setExpandedState(item.getData(), true);
				}
				return item != null && java.util.Arrays.stream(item.getItems()).anyMatch(child -> child.getText().startsWith("Casework supervision"));
			}, "the casework supervision under its case");
		} catch (AssertionError e) {
			throw new AssertionError(e.getMessage() + ": " + treeText(tree), e);
		}
		for (TreeItem locality : tree.getTree().getItems()) {
			for (TreeItem aCase : locality.getItems()) {
				for (TreeItem child : aCase.getItems()) {
					assertFalse(child.getText().contains("Paula") || child.getText().startsWith("Supervision"), "no personal supervision under a case: " + child.getText());
				}
			}
		}
	}

	@Test
	@Order(4)
	void complianceMovesWithTheClock() throws Exception {
		Workbench.signInAs(senior);
		SupervisionPart view = Workbench.showView();
		Workbench.freshRead(view, view::refresh);
		CaseRow protection = caseRow(view, CASES.get(0));
		assertFalse(protection.overdue(), "supervised today");
		assertEquals(TODAY.plusMonths(1), protection.due(), "a child protection case monthly");
		assertEquals(TODAY.plusMonths(3), caseRow(view, CASES.get(1)).due(), "any open case three-monthly");
		SuperviseeRow paula = view.supervisees().rows().get(superviseeRow(view, practitioner));
		assertFalse(paula.overdue());
		assertEquals(TODAY.plusWeeks(8), paula.nextDue(), "8-weekly as contracted");

		Workbench.freshRead(view, () -> Workbench.setClock(TODAY.plusMonths(1).plusDays(1)));
		assertTrue(caseRow(view, CASES.get(0)).overdue(), "a month and a day on, the child protection case is overdue");
		assertTrue(view.cases().showsOverdue(view.cases().rows().indexOf(caseRow(view, CASES.get(0)))), "in red");
		assertFalse(caseRow(view, CASES.get(1)).overdue(), "the others are not");
		assertFalse(view.supervisees().rows().get(superviseeRow(view, practitioner)).overdue());

		Workbench.freshRead(view, () -> Workbench.setClock(TODAY.plusWeeks(8).plusDays(1)));
		int row = superviseeRow(view, practitioner);
		assertTrue(view.supervisees().rows().get(row).overdue(), "eight weeks and a day on, supervision is overdue");
		assertTrue(view.supervisees().showsOverdue(row), "in red");
		long overdueInTeam = view.supervisees().rows().stream().filter(r -> "Vale team (supervision test)".equals(r.team()) && r.overdue()).count();
		assertTrue(view.rollups().rows().stream().anyMatch(rollup -> rollup.name().equals("Vale team (supervision test)") && rollup.overdue() == overdueInTeam),
				"the team's roll-up counts them: " + view.rollups().rows());
		Workbench.freshRead(view, () -> Workbench.setClock(TODAY));
	}

	@Test
	@Order(5)
	void aMissedSessionIsTwoKeystrokesAndSomeoneOutsideTheLineSeesNothing() throws Exception {
		Workbench.signInAs(senior);
		SupervisionPart view = Workbench.showView();
		// The day after the session planned for 13/07/2026, which did not happen.
		Workbench.freshRead(view, () -> Workbench.setClock(LocalDate.of(2026, 7, 14)));
		view.supervisees().table().selectRow(superviseeRow(view, practitioner));
		Keys.focus(view.supervisees().table().control());
		Keys.press("l");
		Keys.waitFor(() -> Workbench.active(SessionsLogPart.class) != null, "L opens the sessions log");
		SessionsLogPart log = Workbench.active(SessionsLogPart.class);
		Keys.waitFor(() -> log.lines().stream().anyMatch(SessionLine::planned), "the next session, planned: " + log.lines());
		assertTrue(log.lines().stream().anyMatch(line -> TODAY.equals(line.on()) && "SS".equals(line.initials())), "today's session held, from its record");
		int planned = log.lines().indexOf(log.lines().stream().filter(SessionLine::planned).findFirst().orElseThrow());
		log.table().table().selectRow(planned);
		Keys.focus(log.table().table().control());
		Keys.press("m");
		Keys.waitFor(() -> log.reason().isFocusControl(), "M: the keyboard in the reason");
		Keys.type("Supervisor off sick");
		Keys.press("Return");
		Keys.waitFor(() -> log.lines().stream().anyMatch(line -> "Supervisor off sick".equals(line.missed())), "Enter: recorded missed with its reason");
		assertEquals(LocalDate.of(2026, 7, 13), log.lines().stream().filter(line -> "Supervisor off sick".equals(line.missed())).findFirst().orElseThrow().on());

		// Alt+X: the log as a PDF laid out like Appendix C, where the person chooses.
		java.nio.file.Path pdf = java.nio.file.Files.createTempDirectory("sessions").resolve("sessions.pdf");
		List<String> refusals = new java.util.ArrayList<>();
		log.setPrompts(new org.qaworkbench.ui.editors.Prompts() {
			@Override
			public boolean fill(org.qaworkbench.ui.editors.FormDialog form) {
				throw new AssertionError("no form expected");
			}

			@Override
			public void refused(String title, String message) {
				refusals.add(message);
			}

			@Override
			public boolean confirm(String title, String message) {
				return true;
			}

			@Override
			public java.nio.file.Path saveAs(String title, String fileName, String extension) {
				assertEquals("supervision-sessions-paula-practitioner.pdf", fileName);
				return pdf;
			}
		});
		Keys.focus(log.table().table().control());
		Keys.press("alt+x");
		Keys.waitFor(() -> log.said().startsWith("Wrote the supervision sessions to "), "Alt+X writes the PDF and says so: " + log.said() + refusals);
		String text;
		try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
			text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
		for (String expected : List.of("RECORD OF SUPERVISION SESSIONS", "Paula Practitioner", "Sam Senior", "01/06/2026 SS 13/07/2026", "13/07/2026 Supervisor off sick")) {
			assertTrue(text.contains(expected), expected + " in:\n" + text);
		}
		// Ctrl+P, the window's one key for Export PDF... (its binding and handler, as the workbench runs them), asks the
		// active part: here the log, which writes it again.
		java.nio.file.Files.delete(pdf);
		Keys.focus(log.table().table().control());
		exportPdfKey();
		Keys.waitFor(() -> java.nio.file.Files.exists(pdf), "Ctrl+P writes the PDF: " + log.said() + refusals);

		// Someone outside Paula's management line: not in their view, and her record is closed to them.
		Workbench.signInAs(outsider);
		Workbench.freshRead(view, view::refresh);
		assertEquals(-1, superviseeRow(view, practitioner), "not in the view");
		SupervisionRecord personal = store.records().where(SupervisionRecord.class, QaPackage.Literals.SUPERVISION_RECORD__SUPERVISEE, practitioner).get(0);
		MWindow window = Workbench.window();
		RecordEditors.open(personal, window.getContext().get(MApplication.class), window.getContext().get(EModelService.class), Workbench.parts());
		Keys.waitFor(() -> Workbench.active(SupervisionRecordEditorPart.class) != null, "the editor part opens");
		SupervisionRecordEditorPart refused = Workbench.active(SupervisionRecordEditorPart.class);
		assertTrue(refused.confidential(), "nothing of it is shown");
		assertTrue(refused.fields().isEmpty());
		assertTrue(refused.said().contains("confidential"), refused.said());
		Keys.waitFor(() -> log.lines().isEmpty(), "the sessions log shows nothing to them");
		Workbench.setClock(TODAY);
	}

	@Test
	@Order(6)
	void aTeamsDozenIsInSightAndTheRecordDoesNotScrollSidewaysAt1280By1024() throws Exception {
		org.eclipse.swt.widgets.Shell shell = Workbench.mainShell();
		org.eclipse.swt.graphics.Rectangle before = shell.getBounds();
		shell.setBounds(0, 0, 1280, 1024);
		try {
			Workbench.signInAs(senior);
			// Eleven more practitioners for the senior: twelve supervisees in their list.
			for (int i = 1; i <= 11; i++) {
				store.records().save(staff("Member" + (char) ('A' + i) + " Twelve", "member" + i + ".supervision", Role.PRACTITIONER, senior, senior.getLocality(),
						senior.getTeam()), ADMIN);
			}
			SupervisionPart view = Workbench.showView();
			org.eclipse.swt.widgets.Combo supervisorFilter = view.supervisorFilter();
			Workbench.freshRead(view, view::refresh);
			Workbench.freshRead(view, () -> {
				supervisorFilter.select(java.util.Arrays.asList(supervisorFilter.getItems()).indexOf("Sam Senior"));
				supervisorFilter.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
			});
			assertEquals(12, view.supervisees().rows().size(), "the senior's twelve: " + view.supervisees().rows());
			Keys.waitFor(() -> view.supervisees().table().isShown(11), "all twelve supervisees in sight at 1280x1024");
			org.eclipse.nebula.widgets.nattable.NatTable cases = view.cases().table().control();
			int caseRows = (cases.getClientArea().height - cases.getRowHeightByPosition(0)) / cases.getRowHeightByPosition(1);
			assertTrue(caseRows >= 6, "the open cases keep room for several rows: " + caseRows);

			// The record of supervision at this width, with a long message under it: wrapped, never scrolled sideways.
			SupervisionRecord personal = store.records().where(SupervisionRecord.class, QaPackage.Literals.SUPERVISION_RECORD__SUPERVISEE, practitioner).get(0);
			MWindow window = Workbench.window();
			RecordEditors.open(personal, window.getContext().get(MApplication.class), window.getContext().get(EModelService.class), Workbench.parts());
			Keys.waitFor(() -> Workbench.active(SupervisionRecordEditorPart.class) != null, "the record opens");
			SupervisionRecordEditorPart editor = Workbench.active(SupervisionRecordEditorPart.class);
			editor.say("A long message for the line under the form, ".repeat(12).strip());
			org.eclipse.swt.custom.ScrolledComposite scrolled = editor.scrolled();
			try {
				Keys.waitFor(() -> scrolled.getClientArea().width > 0 && scrolled.getMinWidth() <= scrolled.getClientArea().width
						&& (scrolled.getHorizontalBar() == null || !scrolled.getHorizontalBar().getVisible()), "the form fits the editor's width, no sideways scroll bar");
			} catch (AssertionError e) {
				throw new AssertionError(e.getMessage() + ": the form needs " + scrolled.getMinWidth() + " in " + scrolled.getClientArea() + " of " + scrolled.getBounds()
						+ ", the vertical bar " + (scrolled.getVerticalBar() == null ? "none" : scrolled.getVerticalBar().getSize() + " " + scrolled.getVerticalBar().getVisible()), e);
			}
		} finally {
			shell.setBounds(before);
		}
	}

	private static int superviseeRow(SupervisionPart view, StaffMember who) {
		List<SuperviseeRow> rows = view.supervisees().rows();
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i).supervisee().getId() == who.getId()) {
				return i;
			}
		}
		return -1;
	}

	private static CaseRow caseRow(SupervisionPart view, String caseNumber) {
		return view.cases().rows().stream().filter(row -> row.caseNumber().equals(caseNumber)).findFirst().orElseThrow();
	}

	private static String treeText(TreeViewer tree) {
		StringBuilder text = new StringBuilder();
		for (TreeItem locality : tree.getTree().getItems()) {
			text.append(locality.getText()).append(" [");
			for (TreeItem aCase : locality.getItems()) {
				text.append(aCase.getText()).append(" {");
				for (TreeItem child : aCase.getItems()) {
					text.append(child.getText()).append("; ");
				}
				text.append("} ");
			}
			text.append("] ");
		}
		return text.toString();
	}

	private static TreeItem caseItem(TreeViewer tree, String caseNumber) {
		for (TreeItem locality : tree.getTree().getItems()) {
			for (TreeItem aCase : locality.getItems()) {
				if (aCase.getText().startsWith(caseNumber + " ")) {
					return aCase;
				}
			}
		}
		return null;
	}

	@SuppressWarnings("unchecked")
	private static <T extends org.qaworkbench.model.Identified> T stored(T record) {
		return (T) store.records().find(record.getClass().getInterfaces()[0].asSubclass(org.qaworkbench.model.Identified.class), record.getId()).orElseThrow();
	}

	private static Actor actor(StaffMember member) {
		return new Actor(member.getUserId());
	}

	private static Case aCase(String number, CaseStatus status, Locality locality, LocalDate allocatedOn) {
		Case made = QA.createCase();
		made.setCaseNumber(number);
		Child child = QA.createChild();
		child.setName("Child of " + number);
		made.setChild(child);
		made.setFamilyNames("Family " + number);
		made.setLocality(locality);
		made.setLineManager(senior);
		made.setStatus(status);
		Allocation allocation = QA.createAllocation();
		allocation.setWorker(practitioner);
		allocation.setAllocatedOn(allocatedOn);
		made.getAllocations().add(allocation);
		KeyDate assessment = QA.createKeyDate();
		assessment.setKind(KeyDateKind.ASSESSMENT.getName());
		assessment.setDate(LocalDate.of(2026, 4, 6));
		assessment.setDetail("EHA");
		made.getKeyDates().add(assessment);
		return made;
	}

	private static StaffMember staff(String name, String userId, Role role, StaffMember lineManager, Locality locality, Team team) {
		StaffMember staff = QA.createStaffMember();
		staff.setName(name);
		staff.setUserId(userId);
		staff.setInitials(name.replaceAll("[^A-Z]", ""));
		staff.getRoles().add(role);
		staff.setLineManager(lineManager);
		staff.setLocality(locality);
		staff.setTeam(team);
		staff.setStartDate(LocalDate.of(2019, 4, 1));
		return staff;
	}

	/** Runs what Ctrl+P is bound to in the window, through the handler service, as a key press would. */
	private static void exportPdfKey() {
		MWindow window = Workbench.window();
		MApplication application = window.getContext().get(MApplication.class);
		assertTrue(application.getBindingTables().stream().flatMap(table -> table.getBindings().stream())
				.anyMatch(binding -> binding.getKeySequence().equals("M1+P") && binding.getCommand().getElementId().equals("org.qaworkbench.ui.command.exportpdf")),
				"Ctrl+P is bound to Export PDF");
		org.eclipse.e4.core.commands.EHandlerService handlers = window.getContext().get(org.eclipse.e4.core.commands.EHandlerService.class);
		org.eclipse.core.commands.ParameterizedCommand command = window.getContext().get(org.eclipse.e4.core.commands.ECommandService.class)
				.createCommand("org.qaworkbench.ui.command.exportpdf", null);
		assertTrue(handlers.canExecute(command), "Export PDF is enabled in the active part");
		handlers.executeHandler(command);
	}
}
