package org.qaworkbench.caseaudit.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.model.application.ui.menu.MToolControl;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qaworkbench.core.Services;
import org.qaworkbench.core.audits.AuditWorkflow;
import org.qaworkbench.core.checklists.Relevance;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.History;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.model.Allocation;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.AssessmentState;
import org.qaworkbench.model.Case;
import org.qaworkbench.model.CaseStatus;
import org.qaworkbench.model.Child;
import org.qaworkbench.model.Item;
import org.qaworkbench.model.KeyDate;
import org.qaworkbench.model.KeyDateKind;
import org.qaworkbench.model.Locality;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.RemedialAction;
import org.qaworkbench.model.Role;
import org.qaworkbench.model.Section;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.ui.editors.FormDialog;
import org.qaworkbench.ui.editors.Prompts;
import org.qaworkbench.ui.internal.SignedIn;
import org.qaworkbench.ui.internal.StatusLine;
import org.qaworkbench.ui.internal.actions.ActionsPart;
import org.qaworkbench.ui.internal.editor.ChecklistEditor;
import org.qaworkbench.ui.internal.editor.Editors;
import org.qaworkbench.ui.internal.handlers.NewChecklistHandler;

/**
 * The team leader's audit in the real workbench, start to finish: scored from the keyboard, two actions, completed;
 * moderated with a changed grade by the service delivery manager; shared and an action addressed by the line manager;
 * the follow-up falling due three months on. Forms are answered through their fields, as a user would type them.
 */
class CaseAuditFlowPTest {

	private static final QaFactory QA = QaFactory.eINSTANCE;
	private static final ZoneId LONDON = ZoneId.of("Europe/London");
	private static final Instant AUDIT_DAY = Instant.parse("2026-11-16T10:00:00Z");

	private Store store;
	private final String run = Long.toString(System.nanoTime() % 1_000_000_000L);
	private final List<String> refusals = new ArrayList<>();
	private final List<Consumer<FormDialog>> answers = new ArrayList<>();
	/** The titles of the forms and file choosers the editor showed, in order. */
	private final List<String> asked = new ArrayList<>();
	private java.nio.file.Path pdfTarget;
	private StaffMember teamLeader;
	private StaffMember manager;
	private StaffMember lineManager;
	private StaffMember practitioner;
	private Case aCase;

	@BeforeEach
	void aCaseInALocalityWithItsPeople() throws Exception {
		store = Services.get(Store.class);
		setClock(Clock.fixed(AUDIT_DAY, LONDON));
		Locality hadley = save(locality("Hadley " + run));
		Locality other = save(locality("Dawley " + run));
		teamLeader = save(staff("Terry Leader", "tl" + run, Role.TEAM_LEADER, other));
		manager = save(staff("Dana Manager", "sdm" + run, Role.SERVICE_DELIVERY_MANAGER, null));
		lineManager = save(staff("Sam Senior", "sp" + run, Role.SENIOR_PRACTITIONER, hadley));
		practitioner = save(staff("Pat Worker", "pw" + run, Role.PRACTITIONER, hadley));
		Case made = QA.createCase();
		made.setCaseNumber("LLF" + run);
		Child child = QA.createChild();
		child.setName("Robin Example");
		child.setDateOfBirth(LocalDate.of(2016, 5, 4));
		made.setChild(child);
		made.setFamilyNames("Example");
		made.setLocality(hadley);
		made.setLineManager(lineManager);
		made.setStatus(CaseStatus.CHILD_IN_NEED);
		Allocation allocation = QA.createAllocation();
		allocation.setWorker(practitioner);
		allocation.setAllocatedOn(LocalDate.of(2026, 6, 1));
		made.getAllocations().add(allocation);
		keyDate(made, KeyDateKind.ALLOCATION, LocalDate.of(2026, 6, 1), null);
		keyDate(made, KeyDateKind.ASSESSMENT, LocalDate.of(2026, 7, 6), "EHA");
		aCase = save(made);
	}

	@AfterEach
	void dropDrafts() {
		// Editors a failed test left open would keep drafts when the workbench closes, and the next run would start
		// with a dialog offering them back: close them first.
		EPartService parts = window().getContext().get(EPartService.class);
		parts.getParts().stream().filter(part -> part.getObject() instanceof CaseAuditEditorPart || part.getObject() instanceof org.qaworkbench.ui.internal.editor.ChecklistEditorPart)
				.toList().forEach(part -> parts.hidePart(part, true));
		store.drafts().of(window().getContext().get(SignedIn.class).actor()).forEach(draft -> store.drafts().discard(draft.id()));
		window().getContext().get(MApplication.class).getContext().remove(Clock.class);
	}

	@Test
	void aTeamLeadersAuditIsScoredCompletedModeratedSharedAndFollowedUp() throws Exception {
		signIn(teamLeader);
		CaseAuditEditorPart editor = open(NewChecklistHandler.start(aCase, "org.qaworkbench.checklists.caseaudit", LocalDate.of(2026, 11, 9), store, signedIn()));
		Assessment draft = editor.editor().assessment();
		assertEquals(aCase.getCaseNumber(), answer(draft, "details-llcs"), "the header is filled from the case record");
		assertEquals("Pat Worker", answer(draft, "details-current-worker"));
		assertEquals("CIN", answer(draft, "details-status"));
		assertEquals("2026-07-06", answer(draft, "details-assessment-date"));

		assertTrue(editor.evidence().values().stream().flatMap(List::stream).anyMatch(line -> line.contains("no first contact recorded")),
				"evidence from the case's key dates: " + editor.evidence());
		assertTrue(editor.evidence().containsKey("basic-7") && answer(draft, "basic-7") == null, "evidence bears on a question but never answers it");
		int scored = scoreEveryQuestionFromTheKeyboard(editor);
		assertTrue(scored >= 40, "every graded and Yes/No question of the tool: " + scored);
		assertEquals("2  Good", editor.suggestedText(), "the computed suggestion");
		addAction(editor, "Update the chronology", "30/11/2026");
		addAction(editor, "Record the child's wishes and feelings", "14/12/2026");
		editor.save();

		ActionsPart actionsView = actionsView();
		assertTrue(editor.complete(), refusals.toString());
		Assessment completed = stored(draft);
		assertEquals(AssessmentState.COMPLETED, completed.getState());
		assertEquals("2", completed.getJudgement(), "the auditor's grade defaults to the suggestion");
		assertEquals(List.of(LocalDate.of(2027, 2, 16), LocalDate.of(2027, 2, 16)), actions(completed).stream().map(a -> a.getFollowUp().getDueOn()).toList());
		assertEquals("Completed: audit of case " + aCase.getCaseNumber() + " signed off by Terry Leader (team leader).", statusLine().messageText());
		awaitThat(() -> actionsView.rows().stream().filter(row -> row.caseNumber().equals(aCase.getCaseNumber()))
				.map(row -> row.action() + " " + row.followUpDueOn()).toList()
				.equals(List.of("Update the chronology 2027-02-16", "Record the child's wishes and feelings 2027-02-16")),
				"the Actions view shows the completed audit's actions with their follow-up: " + actionsView.rows());

		// Locked: keys change nothing; an amendment with a reason does, and lands in the history.
		editor.editor().select(editor.editor().rowOf("basic-1"));
		type(editor, '3');
		assertEquals("2", answer(editor.editor().assessment(), "basic-1"), "a completed audit is read-only");
		editor.amendOrSave();
		assertTrue(editor.isAmending());
		editor.editor().select(editor.editor().rowOf("basic-1"));
		type(editor, '1');
		// An amendment typed but not yet saved survives the editor closing (as in a crash): it comes back, still amending.
		close(editor);
		editor = open(stored(draft));
		assertTrue(editor.isAmending(), "the kept amendment is offered back");
		assertEquals("1", answer(editor.editor().assessment(), "basic-1"));
		answers.add(form -> form.set("reason", "Demographics were complete after all"));
		editor.amendOrSave();
		Assessment amended = stored(draft);
		assertEquals("1", answer(amended, "basic-1"));
		assertEquals("Demographics were complete after all", amended.getAmendments().get(0).getReason());
		List<History.Entry> history = store.history().of(amended);
		assertTrue(history.get(history.size() - 1).changes().stream().anyMatch(change -> "Demographics were complete after all".equals(change.after())));

		// The team leader may not moderate their own audit.
		assertFalse(editor.moderate());
		assertTrue(lastRefusal().startsWith("You may not moderate a case audit (only: service delivery manager)."), lastRefusal());

		signIn(manager);
		answers.add(form -> {
			form.set("grade", "3 Requires improvement");
			form.set("reason", "Management oversight is not evidenced");
		});
		assertTrue(editor.moderate(), refusals.toString());
		assertEquals("Moderated (grade changed from 2 Good to 3 Requires improvement): audit of case " + aCase.getCaseNumber()
				+ " signed off by Dana Manager (service delivery manager).", statusLine().messageText());
		Assessment moderated = stored(draft);
		assertEquals("2", moderated.getJudgement(), "the auditor's grade is kept");
		assertEquals("3", moderated.getModeratedJudgement());
		assertTrue(editor.moderatedText().contains("3 Requires improvement"), editor.moderatedText());

		assertFalse(editor.share(), "the manager is not the case's line manager");
		assertTrue(lastRefusal().startsWith("Only the case's line manager can record the sharing of an audit."), lastRefusal());

		signIn(lineManager);
		setClock(Clock.fixed(AUDIT_DAY.plusSeconds(5 * 86_400), LONDON));
		answers.add(form -> {
			form.set("on", "32/11/2026");
			assertFalse(form.accept(), "an impossible date keeps the form open");
			assertEquals("Date of supervision: \"32/11/2026\" is not a date: type it as DD/MM/YYYY.", form.getErrorMessage());
			form.set("on", "19/11/2026");
		});
		assertTrue(editor.share(), refusals.toString());
		assertEquals(LocalDate.of(2026, 11, 19), stored(draft).getSharedOn());
		editor.actions().select(0);
		answers.add(form -> {
			form.set("how", "Chronology updated with the practitioner in supervision");
			form.set("completed", "19/11/2026");
		});
		editor.actions().addressed();
		RemedialAction addressed = actions(draft).get(0);
		assertEquals("Chronology updated with the practitioner in supervision", addressed.getHowAddressed());
		assertEquals("SS", addressed.getInitials());
		assertTrue(editor.historyText().contains("Sharing by sp" + run), editor.historyText());

		// Three months after completion the follow-up falls due, and shows so.
		assertFalse(AuditWorkflow.followUpDue(addressed, LocalDate.of(2027, 2, 15)));
		setClock(Clock.fixed(Instant.parse("2027-02-17T09:00:00Z"), LONDON));
		editor.actions().refresh();
		assertTrue(AuditWorkflow.followUpDue(addressed, LocalDate.of(2027, 2, 17)));
		// Past its date it is overdue, as the Actions view says (core's FollowUpStatus), not "due now"; within 28 days of it, due now.
		assertEquals("(overdue)", editor.actions().table().getItem(0).getText(6));
		setClock(Clock.fixed(Instant.parse("2027-02-01T09:00:00Z"), LONDON));
		editor.actions().refresh();
		assertEquals("due now", editor.actions().table().getItem(0).getText(6));
		setClock(Clock.fixed(Instant.parse("2027-02-17T09:00:00Z"), LONDON));
		editor.actions().refresh();

		java.nio.file.Path pdf = java.nio.file.Files.createTempFile("case-audit", ".pdf");
		assertTrue(editor.exportPdf(pdf), refusals.toString());
		assertEquals("%PDF", new String(java.nio.file.Files.readAllBytes(pdf), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
		java.nio.file.Files.delete(pdf);
		close(editor);
	}

	/**
	 * The keys the README documents, pressed as a user presses them (real key events through the window system): the
	 * team leader adds actions and completes with Alt+A and Alt+C, amends with Alt+N; the manager moderates with
	 * Alt+M; the line manager records sharing (Alt+S) and how the first action was addressed without clicking a row
	 * (Alt+D), then the second; the practitioner responds (Alt+R); the auditor records follow-ups (Alt+U), closes (Alt+L) and exports
	 * the PDF (Alt+X).
	 */
	@Test
	void theDocumentedKeysTakeTheAuditFromDraftToClosed() throws Exception {
		signIn(teamLeader);
		CaseAuditEditorPart editor = open(NewChecklistHandler.start(aCase, "org.qaworkbench.checklists.caseaudit", LocalDate.of(2026, 11, 9), store, signedIn()));
		Assessment draft = editor.editor().assessment();
		Keys.focus(editor.editor().table());
		scoreEveryQuestionFromTheKeyboard(editor);
		for (String[] action : List.of(new String[] { "Update the chronology", "30/11/2026" }, new String[] { "Record the child's wishes", "14/12/2026" })) {
			answers.add(form -> {
				form.set("action", action[0]);
				form.set("due", action[1]);
			});
			int before = editor.actions().actions().size();
			Keys.press("alt+a");
			Keys.waitFor(() -> editor.actions().actions().size() == before + 1, "Alt+A adds an action");
		}

		Keys.press("alt+c");
		Keys.waitFor(() -> editor.editor().assessment().getState() == AssessmentState.COMPLETED, "Alt+C completes: " + refusals);

		Keys.press("alt+n");
		Keys.waitFor(editor::isAmending, "Alt+N amends");
		editor.editor().select(editor.editor().rowOf("basic-1"));
		type(editor, '1');
		answers.add(form -> form.set("reason", "Demographics were complete after all"));
		Keys.press("alt+n");
		Keys.waitFor(() -> !editor.isAmending() && stored(draft).getAmendments().size() == 1, "Alt+N again saves the amendment: " + refusals);

		signIn(manager);
		answers.add(form -> form.set("grade", "2 Good"));
		Keys.press("alt+m");
		Keys.waitFor(() -> stored(draft).getState() == AssessmentState.MODERATED, "Alt+M moderates: " + refusals);

		signIn(lineManager);
		answers.add(form -> form.set("on", "16/11/2026"));
		Keys.press("alt+s");
		Keys.waitFor(() -> stored(draft).getState() == AssessmentState.SHARED, "Alt+S records the sharing: " + refusals);
		String first = editor.actions().table().getItem(0).getText(0);
		answers.add(form -> form.set("how", "Chronology updated in supervision"));
		Keys.press("alt+d");
		Keys.waitFor(() -> actions(draft).stream().anyMatch(a -> a.getHowAddressed() != null), "Alt+D records how the first action was addressed: " + refusals);
		assertEquals(List.of(first), actions(draft).stream().filter(a -> a.getHowAddressed() != null).map(RemedialAction::getAction).toList(),
				"with no row clicked, the first row's action");
		// An audit closes once every action is addressed and found done at its follow-up: the second one too.
		editor.actions().select(1);
		answers.add(form -> form.set("how", "Support plan made SMART at the review"));
		Keys.press("alt+d");
		Keys.waitFor(() -> actions(draft).stream().allMatch(a -> a.getHowAddressed() != null), "Alt+D records how the selected action was addressed: " + refusals);

		signIn(practitioner);
		answers.add(form -> form.set("response", "Agreed; the chronology is now up to date"));
		Keys.press("alt+r");
		Keys.waitFor(() -> stored(draft).getPractitionerResponse() != null, "Alt+R responds: " + refusals);

		signIn(teamLeader);
		setClock(Clock.fixed(Instant.parse("2027-02-17T09:00:00Z"), LONDON));
		editor.actions().refresh();
		for (int row = 0; row < 2; row++) {
			editor.actions().select(row);
			answers.add(form -> form.set("outcome", "The file is in order"));
			int done = row + 1;
			Keys.press("alt+u");
			Keys.waitFor(() -> actions(draft).stream().filter(a -> a.getFollowUp() != null && a.getFollowUp().getCheckedOn() != null).count() == done,
					"Alt+U records the follow-up: " + refusals);
		}
		Keys.press("alt+l");
		Keys.waitFor(() -> stored(draft).getState() == AssessmentState.CLOSED, "Alt+L closes: " + refusals);

		pdfTarget = java.nio.file.Files.createTempFile("case-audit", ".pdf");
		java.nio.file.Files.delete(pdfTarget);
		Keys.press("alt+x");
		Keys.waitFor(() -> java.nio.file.Files.exists(pdfTarget), "Alt+X exports the PDF: " + refusals);
		assertTrue(asked.contains("Save the audit as a PDF"), asked.toString());
		java.nio.file.Files.delete(pdfTarget);
		close(editor);
	}

	/**
	 * Ctrl+Shift+A brings the keyboard to the Actions view even while it is open, with a row selected, the table
	 * shows that it has the focus, and the filters' keys reach each filter.
	 */
	@Test
	void theActionsViewIsReachedAndWorkedFromTheKeyboard() throws Exception {
		signIn(teamLeader);
		CaseAuditEditorPart editor = open(NewChecklistHandler.start(aCase, "org.qaworkbench.checklists.caseaudit", LocalDate.of(2026, 11, 9), store, signedIn()));
		EPartService parts = window().getContext().get(EPartService.class);
		MPart actionsPart = parts.findPart(ActionsPart.ID);
		assertTrue(actionsPart.isVisible() && actionsPart.getObject() instanceof ActionsPart, "the Actions view is open");
		ActionsPart view = (ActionsPart) actionsPart.getObject();
		// An action of its own to select, whatever the other tests left: an overdue one on a saved audit.
		Assessment audit = store.records().save(NewChecklistHandler.start(aCase, "org.qaworkbench.checklists.caseaudit", LocalDate.of(2026, 11, 9), store, signedIn()),
				signedIn().actor());
		RemedialAction overdue = QA.createRemedialAction();
		overdue.setAssessment(audit);
		overdue.setAction("Record the child's views");
		overdue.setDueOn(LocalDate.of(2026, 1, 5));
		store.records().save(overdue, signedIn().actor());
		java.util.concurrent.CompletableFuture<?> read = view.refresh();
		Keys.waitFor(read::isDone, "the actions are read");
		Keys.focus(editor.editor().table());

		Keys.bound("M1+M2+A", window()); // Ctrl+Shift+A
		Keys.waitFor(() -> view.tableControl().isFocusControl(), "Ctrl+Shift+A takes the keyboard to the open Actions view");
		assertEquals(actionsPart, parts.getActivePart());
		assertTrue(view.tableShowsFocus(), "the table shows it has the keyboard");
		assertTrue(view.selected() != null, "a row is selected for the keys to act on");

		Keys.press("alt+y");
		Keys.waitFor(() -> view.localityChoice().isFocusControl(), "Alt+Y: Locality");
		assertFalse(view.tableShowsFocus(), "the frame follows the keyboard");
		Keys.press("alt+k");
		Keys.waitFor(() -> view.workerChoice().isFocusControl(), "Alt+K: Worker");
		Keys.press("alt+i");
		Keys.waitFor(() -> view.auditorChoice().isFocusControl(), "Alt+I: Auditor");
		Keys.press("alt+o");
		Keys.waitFor(() -> view.showChoice().isFocusControl(), "Alt+O: Show");
		close(editor);
	}

	/**
	 * The README's table of keys is the product's: every Alt key of the case audit editor, the generic editor and the
	 * Actions view is listed there under its button's or field's name, nothing else is, and no two controls of the
	 * window (menus included) share a key.
	 */
	@Test
	void theReadmeListsEveryAltKeyOfTheEditorsAndTheActionsView() throws Exception {
		signIn(teamLeader);
		CaseAuditEditorPart caseAudit = open(NewChecklistHandler.start(aCase, "org.qaworkbench.checklists.caseaudit", LocalDate.of(2026, 11, 9), store, signedIn()));
		java.util.Map<Character, String> keys = new java.util.TreeMap<>(Mnemonics.of(caseAudit.editor().table().getShell()));
		close(caseAudit);
		org.qaworkbench.model.ChecklistDefinition definition = QA.createChecklistDefinition();
		definition.setDefinitionId("test.keys");
		definition.setVersion("1.0.0");
		definition.setTitle("Keys test checklist");
		Section section = QA.createSection();
		section.setSectionId("main");
		section.setTitle("Main");
		Item item = QA.createItem();
		item.setItemId("ok");
		item.setText("Is the file in order?");
		item.setKind(org.qaworkbench.model.ItemKind.YES_NO);
		section.getItems().add(item);
		definition.getSections().add(section);
		Assessment checklist = QA.createAssessment();
		checklist.setDefinitionId("test.keys");
		checklist.setDefinitionVersion("1.0.0");
		checklist.setDefinitionHash(store.definitions().store(definition, Actor.localUser()));
		checklist.setSubjectKind(org.qaworkbench.model.SubjectKind.CASE);
		checklist.setSubjectKey(aCase.getCaseNumber());
		checklist.setStartedOn(LocalDate.of(2026, 11, 9));
		checklist.setState(AssessmentState.DRAFT);
		MWindow window = window();
		MPart generic = Editors.open(save(checklist), window.getContext().get(MApplication.class), window.getContext().get(EModelService.class),
				window.getContext().get(EPartService.class));
		Mnemonics.of(((org.qaworkbench.ui.internal.editor.ChecklistEditorPart) generic.getObject()).table().getShell()).forEach((key, label) -> {
					String before = keys.putIfAbsent(key, label);
					assertTrue(before == null || before.equals(label), "Alt+" + key + " means both " + before + " and " + label);
				});
		window.getContext().get(EPartService.class).hidePart(generic, true);
		keys.keySet().removeAll(Mnemonics.menuBar(Display.getCurrent()).keySet());

		java.util.Map<Character, String> documented = new java.util.TreeMap<>();
		java.util.regex.Matcher row = java.util.regex.Pattern.compile("(?m)^\\| Alt\\+([A-Z]) \\| ([^|]+?) \\| ([^|]+?) \\|").matcher(Mnemonics.readme());
		while (row.find()) {
			String where = row.group(3);
			if (where.equals("observation editor") || where.contains("supervision") && !where.contains("case audit")) {
				continue; // ObservationFlowPTest and the supervision editors' tests check those against their editors
			}
			String what = row.group(2); // the control's name, then what it acts on in brackets
			documented.put(Character.toLowerCase(row.group(1).charAt(0)), what.contains(" (") ? what.substring(0, what.indexOf(" (")) : what);
		}
		assertEquals(keys, documented, "the README's Alt keys against the window's");
	}

	/** Down the questions, onto ones with evidence from the case record (issue 13): the current row never leaves the view. */
	@Test
	void theCurrentRowStaysInViewMovingDownTheQuestions() throws Exception {
		signIn(teamLeader);
		CaseAuditEditorPart editor = open(NewChecklistHandler.start(aCase, "org.qaworkbench.checklists.caseaudit", LocalDate.of(2026, 11, 9), store, signedIn()));
		ChecklistEditor questions = editor.editor();
		questions.select(questions.firstItemRow());
		Keys.waitFor(() -> questions.isShown(questions.firstItemRow()), "the questions are laid out");
		int rowsWithEvidence = 0;
		int row = -1;
		while (questions.selectedRow() != row) {
			row = questions.selectedRow();
			assertTrue(questions.isShown(row), "row " + row + " is in view: " + questions.guidanceText());
			if (questions.guidanceText().contains("Evidence from the case record")) {
				rowsWithEvidence++;
			}
			Event down = new Event();
			down.keyCode = SWT.ARROW_DOWN;
			questions.table().notifyListeners(SWT.KeyDown, down);
			questions.table().notifyListeners(SWT.KeyUp, down);
		}
		assertTrue(rowsWithEvidence > 0, "questions with evidence were passed");
		assertTrue(row > 30, "the last question was reached: " + row);
		close(editor);
	}

	private int scoreEveryQuestionFromTheKeyboard(CaseAuditEditorPart editor) {
		int scored = 0;
		for (Section section : editor.editor().definition().getSections()) {
			for (Item item : section.getItems()) {
				if (!new Relevance(editor.editor().definition(), editor.editor().assessment()).isRelevant(item)) {
					continue;
				}
				char key = switch (item.getKind()) {
				case GRADED -> item.getItemId().equals("basic-1") ? '2' : scored % 5 == 0 ? '1' : scored % 7 == 0 ? '3' : '2';
				case YES_NO, YES_NO_NA -> 'y';
				default -> 0;
				};
				if (key != 0) {
					editor.editor().select(editor.editor().rowOf(item.getItemId()));
					type(editor, key);
					scored++;
				}
			}
		}
		return scored;
	}

	private void addAction(CaseAuditEditorPart editor, String action, String due) {
		answers.add(form -> {
			form.set("action", action);
			form.set("due", due);
		});
		editor.actions().add();
	}

	private String lastRefusal() {
		return refusals.isEmpty() ? "" : refusals.get(refusals.size() - 1);
	}

	private CaseAuditEditorPart open(Assessment audit) {
		MWindow window = window();
		MPart part = Editors.open(audit, window.getContext().get(MApplication.class), window.getContext().get(EModelService.class),
				window.getContext().get(EPartService.class));
		CaseAuditEditorPart editor = (CaseAuditEditorPart) part.getObject();
		editor.setPrompts(new Prompts() {
			@Override
			public boolean fill(FormDialog form) {
				assertFalse(answers.isEmpty(), "a form nobody expected");
				form.create();
				asked.add(form.getShell().getText());
				answers.remove(0).accept(form);
				boolean accepted = form.accept();
				if (!accepted) {
					refusals.add(form.getErrorMessage());
					form.close();
				}
				return accepted;
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
				asked.add(title);
				return pdfTarget;
			}
		});
		return editor;
	}

	private void close(CaseAuditEditorPart editor) {
		EPartService parts = window().getContext().get(EPartService.class);
		parts.getParts().stream().filter(part -> part.getObject() == editor).findFirst().ifPresent(part -> parts.hidePart(part, true));
	}

	private static void type(CaseAuditEditorPart editor, char key) {
		Event event = new Event();
		event.character = key;
		event.keyCode = Character.toLowerCase(key);
		editor.editor().table().notifyListeners(SWT.KeyDown, event);
	}

	/** Signs in as them for real, with their password (an account is made for them the first time). */
	private void signIn(StaffMember staff) {
		org.qaworkbench.testing.StaffAccounts.signIn(staff.getUserId(), signedIn()::signIn);
	}

	private SignedIn signedIn() {
		return window().getContext().get(SignedIn.class);
	}

	private static void setClock(Clock clock) {
		window().getContext().get(MApplication.class).getContext().set(Clock.class, clock);
	}

	private List<RemedialAction> actions(Assessment audit) {
		return new AuditWorkflow(store, Clock.systemDefaultZone()).actionsOf(audit);
	}

	private Assessment stored(Assessment audit) {
		return store.records().resolve(audit).orElseThrow();
	}

	private static String answer(Assessment audit, String itemId) {
		return audit.getAnswers().stream().filter(a -> a.getItemId().equals(itemId)).map(a -> a.getValue()).findFirst().orElse(null);
	}

	private static Locality locality(String name) {
		Locality locality = QA.createLocality();
		locality.setName(name);
		return locality;
	}

	private static StaffMember staff(String name, String userId, Role role, Locality locality) {
		StaffMember staff = QA.createStaffMember();
		staff.setName(name);
		staff.setInitials(name.replaceAll("[^A-Z]", ""));
		staff.setUserId(userId);
		staff.getRoles().add(role);
		staff.setLocality(locality);
		return staff;
	}

	private static void keyDate(Case aCase, KeyDateKind kind, LocalDate date, String detail) {
		KeyDate keyDate = QA.createKeyDate();
		keyDate.setKind(kind.getName());
		keyDate.setDate(date);
		keyDate.setDetail(detail);
		aCase.getKeyDates().add(keyDate);
	}

	private <T extends org.qaworkbench.model.Identified> T save(T record) throws Exception {
		return store.records().save(record, Actor.localUser());
	}

	private static StatusLine statusLine() {
		MApplication application = window().getContext().get(MApplication.class);
		return (StatusLine) ((MToolControl) window().getContext().get(EModelService.class).find("org.qaworkbench.ui.statusline", application)).getObject();
	}

	/** The Actions view showing every action, as read now. */
	private static ActionsPart actionsView() {
		EPartService parts = window().getContext().get(EPartService.class);
		ActionsPart view = (ActionsPart) parts.showPart(ActionsPart.ID, EPartService.PartState.VISIBLE).getObject();
		java.util.concurrent.CompletableFuture<?> read = view.refresh();
		awaitThat(read::isDone, "the actions were read");
		view.showChoice().select(view.showChoice().indexOf("All"));
		view.showChoice().notifyListeners(SWT.Selection, new Event());
		return view;
	}

	/** Runs the event loop until the condition holds, failing after 10 seconds. */
	private static void awaitThat(java.util.function.BooleanSupplier condition, String what) {
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + 10_000_000_000L;
		while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
		assertTrue(condition.getAsBoolean(), what);
	}

	private static MWindow window() {
		return (MWindow) Arrays.stream(Display.getCurrent().getShells()).filter(s -> s.getData("modelElement") instanceof MWindow)
				.map(s -> s.getData("modelElement")).findFirst().orElseThrow();
	}
}
