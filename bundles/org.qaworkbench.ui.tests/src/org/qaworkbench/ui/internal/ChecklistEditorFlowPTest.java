package org.qaworkbench.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qaworkbench.ui.internal.Ui.window;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;


import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.nebula.widgets.nattable.edit.editor.ICellEditor;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer.MoveDirectionEnum;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qaworkbench.core.Services;
import org.qaworkbench.core.checklists.registry.ChecklistRegistry;
import org.qaworkbench.core.checklists.registry.DefinitionResolver;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.AssessmentState;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.Item;
import org.qaworkbench.model.ItemKind;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.Role;
import org.qaworkbench.model.ScoringMethod;
import org.qaworkbench.model.ScoringRule;
import org.qaworkbench.model.Section;
import org.qaworkbench.model.SignOff;
import org.qaworkbench.model.SignOffStep;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.model.SubjectKind;
import org.qaworkbench.ui.internal.editor.ChecklistEditorPart;
import org.qaworkbench.ui.internal.editor.Editors;

/** The editor's whole flow in the real workbench: matrices, guidance, completion, and a seed checklist by keyboard. */
class ChecklistEditorFlowPTest {

	/** Editors closed unsaved keep drafts (as they should); drop them so no later test meets the offer-back dialog. */
	@org.junit.jupiter.api.AfterEach
	void discardDrafts() throws Exception {
		Store store = Services.get(Store.class);
		for (Actor author : List.of(signedIn().actor(), Actor.localUser())) {
			store.drafts().of(author).forEach(draft -> store.drafts().discard(draft.id()));
		}
		window().getContext().get(MApplication.class).getContext().remove(Clock.class);
		// Whoever a test signed in types the next test's drafts: go back to the tests' administrator.
		Ui.signInAsTheTestAdministrator();
	}

	/** Completing is a workflow step: someone on the staff list is signed in (a new one each test). */
	@BeforeEach
	void signInAsAnAssessor() throws Exception {
		StaffMember staff = QA.createStaffMember();
		String run = Long.toString(System.nanoTime() % 1_000_000_000L);
		staff.setName("Sally Senior " + run);
		staff.setInitials("SS");
		staff.setUserId("ss" + run);
		staff.getRoles().add(Role.SENIOR_PRACTITIONER);
		assessor = Services.get(Store.class).records().save(staff, Actor.localUser());
		Ui.signInAs(assessor);
	}

	private StaffMember assessor;

	private static final QaFactory QA = QaFactory.eINSTANCE;
	private static final String LONG_QUESTION = "Where identified in the support plan there is evidence that the setting of each visit was agreed with the family"
			+ " beforehand, and that the family's wishes about where and when the work happens were recorded and respected";

	@Test
	void theSeedGroupVisitIsCompletedEntirelyFromTheKeyboardAndReopensWithEveryAnswer() throws Exception {
		Store store = Services.get(Store.class);
		DefinitionResolver.Resolved groupVisit = new DefinitionResolver(ChecklistRegistry.instance(), store.definitions())
				.forNewAssessment("org.qaworkbench.checklists.groupvisit", Actor.localUser()).orElseThrow();
		Assessment visit = store.records().save(newAssessment(groupVisit.definition(), groupVisit.hash(), "LL555001"), Actor.localUser());
		ChecklistEditorPart editor = open(visit);
		editor.select(editor.firstItemRow());
		int expected = 0;
		for (Section section : groupVisit.definition().getSections()) {
			for (Item item : section.getItems()) {
				editor.select(editor.rowOf(item.getItemId()));
				switch (item.getKind()) {
				case YES_NO, YES_NO_NA -> type(editor, expected % 3 == 2 ? 'n' : 'y');
				case DATE -> typeAnswer(editor, "12/11/2026");
				default -> typeAnswer(editor, "Answer to " + item.getItemId());
				}
				expected++;
			}
		}

		assertTrue(editor.complete(), editor.progressText());

		Assessment stored = store.records().find(Assessment.class, visit.getId()).orElseThrow();
		assertEquals(AssessmentState.COMPLETED, stored.getState());
		assertEquals(expected, stored.getAnswers().size());
		assertTrue(stored.getAnswers().stream().anyMatch(answer -> "2026-11-12".equals(answer.getValue())), "the date is kept as an ISO date");
		ChecklistEditorPart reopened = reopen(editor, stored);
		assertTrue(reopened.progressText().startsWith("Answered " + stored.getAnswers().size()), reopened.progressText());
		assertEquals(0, reopened.table().getActiveCellEditor() == null ? 0 : 1);
		close(reopened);
	}

	/** Case status: Enter, CIN, Enter, Down (issue 13): after a typed answer the keys go on from the question answered. */
	@Test
	void afterATypedAnswerTheKeysGoOnFromTheQuestionAnswered() throws Exception {
		Store store = Services.get(Store.class);
		DefinitionResolver.Resolved groupVisit = new DefinitionResolver(ChecklistRegistry.instance(), store.definitions())
				.forNewAssessment("org.qaworkbench.checklists.groupvisit", Actor.localUser()).orElseThrow();
		Assessment visit = store.records().save(newAssessment(groupVisit.definition(), groupVisit.hash(), "LL555005"), Actor.localUser());
		ChecklistEditorPart editor = open(visit);
		editor.select(editor.rowOf("visit-staff"));

		typeAndPress(editor, "Amy Example, Ben Example", SWT.CR);
		assertEquals(editor.rowOf("visit-staff"), editor.editor().selectedRow(), "the question answered stays selected");
		press(editor, SWT.ARROW_DOWN);
		assertEquals(editor.rowOf("visit-date"), editor.editor().selectedRow(), "Down moves on to the next question");
		typeAndPress(editor, "12/11/2026", SWT.TAB);
		press(editor, SWT.ARROW_DOWN);
		assertEquals(editor.rowOf("visit-by"), editor.editor().selectedRow(), "after Tab too, the keys go on");

		assertEquals(List.of("visit-staff=Amy Example, Ben Example", "visit-date=2026-11-12"),
				editor.assessment().getAnswers().stream().map(a -> a.getItemId() + "=" + a.getValue()).toList());
		close(editor);
	}

	/** A question cut off in the grid, and a choice question's choices, show whole where the guidance is. */
	@Test
	void theSelectedQuestionShowsInFullWithItsChoices() throws Exception {
		Store store = Services.get(Store.class);
		ChecklistDefinition definition = definition();
		Assessment draft = store.records().save(newAssessment(definition, store.definitions().store(definition, Actor.localUser()), "LL555006"), Actor.localUser());
		ChecklistEditorPart editor = open(draft);

		String shown = guidanceOf(editor, "setting");

		assertTrue(shown.startsWith(LONG_QUESTION + "\nChoices: Home, School, Family centre\n"), shown);
		close(editor);
	}

	@Test
	void aTickMatrixIsAnsweredFileByFileWithTotals() throws Exception {
		Store store = Services.get(Store.class);
		ChecklistDefinition definition = definition();
		Assessment draft = store.records().save(newAssessment(definition, store.definitions().store(definition, Actor.localUser()), "LL555002"), Actor.localUser());
		ChecklistEditorPart editor = open(draft);

		editor.select(editor.rowOf("agreed"));
		for (char key : "ynyy".toCharArray()) {
			type(editor, key);
		}

		assertEquals(List.of("agreed#1=Y", "agreed#2=N", "agreed#3=Y", "agreed#4=Y"), editor.assessment().getAnswers().stream()
				.filter(a -> a.getItemId().equals("agreed")).map(a -> a.getItemId() + "#" + a.getFileIndex() + "=" + a.getValue()).toList());
		assertTrue(editor.progressText().contains("Supervision files: 3   Yes per file: 1, 0, 1, 1"), editor.progressText());
		assertEquals("Are actions agreed checked at the subsequent supervision session?\nThe policy expects actions to be checked at the next session.",
				guidanceOf(editor, "agreed"));
		assertEquals("Is the child safe?\nNo guidance for this question.", guidanceOf(editor, "safe"));
		close(editor);
	}

	@Test
	void completingWithUnansweredQuestionsMarksThemAndKeepsTheDraft() throws Exception {
		Store store = Services.get(Store.class);
		ChecklistDefinition definition = definition();
		Assessment draft = store.records().save(newAssessment(definition, store.definitions().store(definition, Actor.localUser()), "LL555003"), Actor.localUser());
		ChecklistEditorPart editor = open(draft);
		editor.select(editor.rowOf("agreed"));
		for (char key : "yyyy".toCharArray()) {
			type(editor, key);
		}

		assertFalse(editor.complete());

		assertTrue(editor.isMarkedInvalid("safe"), editor.progressText());
		assertFalse(editor.isMarkedInvalid("agreed"));
		assertTrue(editor.progressText().startsWith("Not completed: one required question has no answer yet"), editor.progressText());
		assertEquals(AssessmentState.DRAFT, store.records().find(Assessment.class, draft.getId()).orElseThrow().getState());
		assertEquals(4, editor.assessment().getAnswers().size(), "what was typed is kept");

		editor.select(editor.rowOf("safe"));
		type(editor, 'y');
		assertTrue(editor.complete(), editor.progressText());
		assertFalse(editor.isMarkedInvalid("safe"));
		type(editor, 'n');
		assertEquals(AssessmentState.COMPLETED, editor.assessment().getState(), "a completed checklist is read-only");
		close(editor);
	}

	@Test
	void completingAnUnfinishedChecklistSaysHowManyAreMissingAndSelectsTheFirst() throws Exception {
		Store store = Services.get(Store.class);
		DefinitionResolver.Resolved audit = new DefinitionResolver(ChecklistRegistry.instance(), store.definitions())
				.forNewAssessment("org.qaworkbench.checklists.supervisionaudit", Actor.localUser()).orElseThrow();
		Assessment draft = store.records().save(newAssessment(audit.definition(), audit.hash(), "LL555005"), Actor.localUser());
		ChecklistEditorPart editor = open(draft);
		Composite part = editor.table().getParent();
		spinUntil(() -> editor.table().getSize().y > 200);
		editor.select(editor.rowOf("question-1"));
		type(editor, 'y');
		editor.select(editor.rowOf("audit-auditor"));

		assertFalse(editor.complete());

		String said = editor.progressText();
		assertTrue(said.startsWith("Not completed: fourteen required questions have no answer yet (marked in red, the first one selected)."), said);
		assertFalse(said.contains("answers[") || said.contains("audit-supervisor") || said.contains("required:"), "no internal ids: " + said);
		assertEquals(editor.rowOf("question-2"), editor.selectedRow(), "the first question missing an answer is selected");
		assertTrue(editor.isMarkedInvalid("audit-supervisor") && !editor.isMarkedInvalid("question-1"));
		Rectangle button = editor.completeButton().getDisplay().map(editor.completeButton().getParent(), part, editor.completeButton().getBounds());
		assertTrue(button.y + button.height <= part.getClientArea().height, "the Complete button stays in sight: " + button + " in " + part.getClientArea());
		assertTrue(editor.table().getSize().y > 200, "the questions keep their room: " + editor.table().getSize());
		close(editor);
	}

	@Test
	void completionIsSignedOffByWhoeverIsSignedInOnTheApplicationsDay() throws Exception {
		Instant now = Instant.parse("2026-12-03T14:30:00Z");
		window().getContext().get(MApplication.class).getContext().set(Clock.class, Clock.fixed(now, ZoneId.of("Europe/London")));
		Store store = Services.get(Store.class);
		ChecklistDefinition definition = definition();
		Assessment draft = store.records().save(newAssessment(definition, store.definitions().store(definition, Actor.localUser()), "LL555006"), Actor.localUser());
		ChecklistEditorPart editor = open(draft);
		assertTrue(editor.completeButton().isEnabled(), "the workflow offers Complete to the one signed in");
		editor.select(editor.rowOf("agreed"));
		for (char key : "yyyy".toCharArray()) {
			type(editor, key);
		}
		editor.select(editor.rowOf("safe"));
		type(editor, 'n');

		assertTrue(editor.complete(), editor.progressText());

		Assessment completed = store.records().find(Assessment.class, draft.getId()).orElseThrow();
		assertEquals(AssessmentState.COMPLETED, completed.getState());
		assertEquals(LocalDate.of(2026, 12, 3), completed.getCompletedOn(), "the application's day, not the computer's");
		assertEquals(1, completed.getSignOffs().size());
		SignOff signOff = completed.getSignOffs().get(0);
		assertEquals(List.of(SignOffStep.COMPLETION, assessor.getUserId(), Role.SENIOR_PRACTITIONER, now),
				List.of(signOff.getStep(), signOff.getBy(), signOff.getRole(), signOff.getAt()));
		assertEquals(List.of(assessor.getId()), completed.getAssessors().stream().map(StaffMember::getId).toList(), "the one who completed it assessed it");
		assertFalse(editor.completeButton().isEnabled(), "nothing left to complete");
		close(editor);
	}

	@Test
	void completeIsNotOfferedToSomeoneTheWorkflowRefusesAndSaysWhy() throws Exception {
		Store store = Services.get(Store.class);
		ChecklistDefinition definition = definition();
		Assessment draft = newAssessment(definition, store.definitions().store(definition, Actor.localUser()), "LL555007");
		StaffMember other = QA.createStaffMember();
		other.setName("Olly Other");
		other.setUserId("oo" + System.nanoTime() % 1_000_000_000L);
		other.getRoles().add(Role.TEAM_LEADER);
		draft.getAssessors().add(store.records().save(other, Actor.localUser()));
		ChecklistEditorPart editor = open(store.records().save(draft, Actor.localUser()));

		assertFalse(editor.completeButton().isEnabled());
		assertTrue(editor.completeButton().getToolTipText().startsWith("Only the audit's auditor can complete it. You are signed in as Sally Senior"),
				editor.completeButton().getToolTipText());
		Ui.signInAs(other);
		spinUntil(() -> editor.completeButton().isEnabled());
		assertTrue(editor.completeButton().isEnabled(), "offered to its assessor once they sign in");
		close(editor);
	}

	@Test
	void workKeptAsADraftIsOfferedBackAndRestoredIntoItsEditor() throws Exception {
		Store store = Services.get(Store.class);
		ChecklistDefinition definition = definition();
		Assessment saved = store.records().save(newAssessment(definition, store.definitions().store(definition, Actor.localUser()), "LL555004"), Actor.localUser());
		Assessment typedBeforeTheCrash = org.eclipse.emf.ecore.util.EcoreUtil.copy(saved);
		org.qaworkbench.model.Answer answer = QA.createAnswer();
		answer.setItemId("safe");
		answer.setValue("N");
		typedBeforeTheCrash.getAnswers().add(answer);
		store.drafts().save(0, "LL555004 test.matrix", typedBeforeTheCrash, signedIn().actor());

		assertTrue(DraftRecovery.keptDrafts(store, signedIn().actor()).containsKey(saved.getId()), "the draft is found to offer back to its author");
		// Reopened as the startup addon does: the application's own instance of it.
		MApplication application = window().getContext().get(MApplication.class);
		((DraftRecovery) application.getAddons().stream().filter(addon -> addon.getObject() instanceof DraftRecovery).findFirst().orElseThrow().getObject())
				.reopen(List.of(saved.getId()));
		ChecklistEditorPart editor = (ChecklistEditorPart) window().getContext().get(EPartService.class).getParts().stream()
				.filter(p -> p.getObject() instanceof ChecklistEditorPart opened && opened.assessment().getId() == saved.getId()).findFirst().orElseThrow().getObject();

		assertEquals(List.of("safe=N"), editor.assessment().getAnswers().stream().map(a -> a.getItemId() + "=" + a.getValue()).toList());
		assertTrue(editor.progressText().startsWith("Restored the unsaved work kept at"), editor.progressText());
		MPart part = window().getContext().get(EPartService.class).getParts().stream().filter(p -> p.getObject() == editor).findFirst().orElseThrow();
		assertTrue(part.isDirty(), "restored work still has to be saved");
		window().getContext().get(EPartService.class).savePart(part, false);
		assertFalse(DraftRecovery.keptDrafts(store, signedIn().actor()).containsKey(saved.getId()), "saved, the draft goes");
		assertEquals("N", store.records().find(Assessment.class, saved.getId()).orElseThrow().getAnswers().get(0).getValue());
		close(editor);
	}

	private static String guidanceOf(ChecklistEditorPart editor, String itemId) {
		editor.select(editor.rowOf(itemId));
		return editor.guidanceText();
	}

	private static ChecklistDefinition definition() {
		ChecklistDefinition definition = QA.createChecklistDefinition();
		definition.setDefinitionId("test.matrix");
		definition.setVersion("1.0.0");
		definition.setTitle("Supervision file audit");
		Section files = QA.createSection();
		files.setSectionId("files");
		files.setTitle("Supervision files");
		ScoringRule count = QA.createScoringRule();
		count.setMethod(ScoringMethod.COUNT_YES);
		files.setScoring(count);
		Item agreed = QA.createItem();
		agreed.setItemId("agreed");
		agreed.setText("Are actions agreed checked at the subsequent supervision session?");
		agreed.setGuidance("The policy expects actions to be checked at the next session.");
		agreed.setKind(ItemKind.TICK_MATRIX);
		agreed.setMatrixFiles(4);
		agreed.setRequired(true);
		Item safe = QA.createItem();
		safe.setItemId("safe");
		safe.setText("Is the child safe?");
		safe.setKind(ItemKind.YES_NO);
		safe.setRequired(true);
		Item setting = QA.createItem();
		setting.setItemId("setting");
		setting.setText(LONG_QUESTION);
		setting.setKind(ItemKind.SINGLE_CHOICE);
		setting.getChoices().addAll(List.of("Home", "School", "Family centre"));
		files.getItems().addAll(List.of(agreed, safe, setting));
		definition.getSections().add(files);
		return definition;
	}

	private static Assessment newAssessment(ChecklistDefinition definition, String hash, String subject) {
		Assessment assessment = QA.createAssessment();
		assessment.setDefinitionId(definition.getDefinitionId());
		assessment.setDefinitionVersion(definition.getVersion());
		assessment.setDefinitionHash(hash);
		assessment.setSubjectKind(SubjectKind.CASE);
		assessment.setSubjectKey(subject);
		assessment.setStartedOn(LocalDate.of(2026, 11, 12));
		assessment.setState(AssessmentState.DRAFT);
		return assessment;
	}

	/** Runs the event loop until the condition holds: the sign-in reaches editors as an event. */
	private static void spinUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + 10_000;
		while (!condition.getAsBoolean() && System.currentTimeMillis() < deadline) {
			if (!display.readAndDispatch()) {
				Thread.sleep(20);
			}
		}
	}

	private static SignedIn signedIn() {
		return Ui.signedIn();
	}

	private static ChecklistEditorPart open(Assessment assessment) {
		MWindow window = window();
		MPart part = Editors.open(assessment, window.getContext().get(MApplication.class), window.getContext().get(EModelService.class),
				window.getContext().get(EPartService.class));
		return (ChecklistEditorPart) part.getObject();
	}

	private static ChecklistEditorPart reopen(ChecklistEditorPart editor, Assessment stored) {
		close(editor);
		return open(stored);
	}

	private static void close(ChecklistEditorPart editor) {
		EPartService parts = window().getContext().get(EPartService.class);
		parts.getParts().stream().filter(part -> part.getObject() == editor).findFirst().ifPresent(part -> parts.hidePart(part, true));
	}

	/** Enter opens the answer for typing; the text goes into NatTable's editor and is committed as Enter would. */
	private static void typeAnswer(ChecklistEditorPart editor, String text) {
		type(editor, '\r');
		ICellEditor cellEditor = editor.table().getActiveCellEditor();
		assertTrue(cellEditor != null, "Enter opens the answer for typing");
		cellEditor.setCanonicalValue(text);
		assertTrue(cellEditor.commit(MoveDirectionEnum.NONE));
	}

	/** Enter opens the selected answer for typing; the text is typed and the key given (Enter or Tab) commits it. */
	private static void typeAndPress(ChecklistEditorPart editor, String text, int key) {
		type(editor, '\r');
		ICellEditor cellEditor = editor.table().getActiveCellEditor();
		assertTrue(cellEditor != null, "Enter opens the answer for typing");
		org.eclipse.swt.widgets.Text field = (org.eclipse.swt.widgets.Text) cellEditor.getEditorControl();
		field.setText(text);
		Event event = new Event();
		if (key == SWT.TAB) {
			event.detail = SWT.TRAVERSE_TAB_NEXT;
			event.keyCode = SWT.TAB;
			event.character = '\t';
			event.doit = true;
			field.notifyListeners(SWT.Traverse, event);
		} else {
			event.keyCode = key;
			event.character = (char) key;
			field.notifyListeners(SWT.KeyDown, event);
		}
		assertTrue(editor.table().getActiveCellEditor() == null, "the answer is committed");
	}

	private static void press(ChecklistEditorPart editor, int keyCode) {
		Event event = new Event();
		event.keyCode = keyCode;
		editor.table().notifyListeners(SWT.KeyDown, event);
		editor.table().notifyListeners(SWT.KeyUp, event);
	}

	private static void type(ChecklistEditorPart editor, char key) {
		Event event = new Event();
		event.character = key;
		event.keyCode = Character.toLowerCase(key);
		editor.table().notifyListeners(SWT.KeyDown, event);
	}
}
