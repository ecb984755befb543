package org.qaworkbench.caseaudit.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.core.checklists.Relevance;
import org.qaworkbench.core.checklists.registry.ChecklistRegistry;
import org.qaworkbench.core.checklists.registry.DefinitionResolver;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.LocalDrafts;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.store.StoreLocation;
import org.qaworkbench.core.store.Stores;
import org.qaworkbench.model.Answer;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.AssessmentState;
import org.qaworkbench.model.Case;
import org.qaworkbench.model.CaseStatus;
import org.qaworkbench.model.Child;
import org.qaworkbench.model.Item;
import org.qaworkbench.model.ItemKind;
import org.qaworkbench.model.Locality;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.Section;
import org.qaworkbench.testing.TestPostgres;
import org.qaworkbench.ui.internal.SignedIn;
import org.qaworkbench.ui.internal.editor.Editors;

/**
 * The workbench on a team database whose server goes away before Ctrl+S: the save says plainly that the server was
 * lost and that the work is kept on this computer, nothing of it reaches the database, the work is in a draft file in
 * the data folder (so closing the editor loses nothing), the reopened editor carries on from it once the server is
 * back, and Ctrl+S then saves it and the file goes. The server is stopped before the save, so every run is the same.
 */
class EditorServerGonePTest {

	private static final QaFactory QA = QaFactory.eINSTANCE;
	private static final long WAIT_NANOS = 30_000_000_000L;

	@TempDir
	Path temp;

	private final TestPostgres server = TestPostgres.server();
	private String database;
	private StoreLocation location;
	private Store team;

	@BeforeEach
	void theWorkbenchOnATeamDatabase() throws Exception {
		database = server.newDatabase();
		location = StoreLocation.server(temp.resolve("data"),
				"postgresql://" + server.adminUser() + ":" + server.adminPassword() + "@" + server.host() + ":" + server.port() + "/" + database);
		team = Stores.open(location);
		// Editors opened from now on take the team database, as in a workbench started with --server.
		application().set(Store.class, team);
	}

	@AfterEach
	void backToTheWorkbenchsOwnDatabase() {
		server.start();
		EPartService parts = window().getContext().get(EPartService.class);
		parts.getParts().stream().filter(part -> part.getObject() instanceof CaseAuditEditorPart).toList().forEach(part -> parts.hidePart(part, true));
		application().remove(Store.class);
		team.drafts().of(actor()).forEach(draft -> team.drafts().discard(draft.id()));
		team.close();
	}

	@Test
	void workTypedWhenTheServerIsGoneIsKeptOnThisComputerAndSavedOnceItIsBack() throws Exception {
		Assessment stored = team.records().save(audit(), actor());
		CaseAuditEditorPart editor = open(stored);
		List<String> scored = typeAnswers(editor, 3);
		assertEquals(3, scored.size(), "three questions answered");
		// With the header the editor filled in from the case record: the unsaved work.
		List<String> typed = answers(editor.editor().assessment());
		assertTrue(typed.containsAll(scored), typed.toString());
		assertTrue(part(editor).isDirty());

		server.stop();
		String said = notSavedDialogSaidDuring(editor::save);

		assertTrue(said.startsWith("Not saved. The connection to the database server " + location.describe() + " was lost, so nothing was saved."), said);
		assertTrue(said.contains("It is also kept on this computer (in " + LocalDrafts.folder(location.dataFolder())), said);
		assertTrue(part(editor).isDirty(), "still unsaved work");
		assertEquals(typed, answers(editor.editor().assessment()), "everything typed is on screen");
		assertTrue(editor.editor().progressText().contains("kept on this computer"), editor.editor().progressText());
		assertEquals(1, localDraftFiles().size(), "the typed work in one draft file: " + localDraftFiles());

		close(editor);
		assertEquals(1, localDraftFiles().size(), "closing the editor keeps it there: " + localDraftFiles());

		server.start();
		try (Connection check = server.connectAsAdmin(database)) {
			assertEquals(0, count(check, "SELECT COUNT(*) FROM \"ASSESSMENT_ANSWERS\""), "nothing of the refused save reached the database");
			assertEquals(1, count(check, "SELECT \"ROW_VERSION\" FROM \"ASSESSMENTS\""));
		}

		CaseAuditEditorPart reopened = open(stored);
		assertEquals(typed, answers(reopened.editor().assessment()), "the reopened editor carries on from the kept work");
		assertTrue(part(reopened).isDirty());
		assertEquals(List.of(), localDraftFiles(), "the server holds the draft now");

		reopened.save();
		assertFalse(part(reopened).isDirty(), reopened.editor().progressText());
		assertEquals(typed, answers(team.records().find(Assessment.class, stored.getId()).orElseThrow()));
		try (Connection check = server.connectAsAdmin(database)) {
			assertEquals(typed.size(), count(check, "SELECT COUNT(*) FROM \"ASSESSMENT_ANSWERS\""), "the answers are in the database");
			assertEquals(0, count(check, "SELECT COUNT(*) FROM DRAFTS"), "no draft left behind");
		}
		assertEquals(List.of(), localDraftFiles());
	}

	@Test
	void aNewAuditTypedIntoWhenTheServerIsGoneIsKeptOnThisComputerAndStoredAsNewOnceItIsBack() throws Exception {
		CaseAuditEditorPart editor = open(audit());
		assertEquals(0, editor.editor().assessment().getId(), "begun in memory, not stored yet");

		server.stop();
		// Each answer is the first change of a record the database has not got: storing it fails, and must not throw.
		List<String> scored = typeAnswers(editor, 2);
		assertEquals(2, scored.size());
		assertTrue(part(editor).isDirty(), "still unsaved work");
		assertEquals(0, editor.editor().assessment().getId(), "still new");
		assertEquals(1, localDraftFiles().size(), "the typed work kept in one draft file at once: " + localDraftFiles());
		List<String> typed = answers(editor.editor().assessment());

		server.start();
		try (Connection check = server.connectAsAdmin(database)) {
			assertEquals(0, count(check, "SELECT COUNT(*) FROM \"ASSESSMENTS\""), "nothing half-written");
		}
		editor.save();
		assertFalse(part(editor).isDirty(), editor.editor().progressText());
		long id = editor.editor().assessment().getId();
		assertTrue(id > 0, "stored as a new record");
		assertEquals(typed, answers(team.records().find(Assessment.class, id).orElseThrow()));
		assertEquals(List.of(), localDraftFiles(), "no draft left behind");
	}

	private Assessment audit() throws Exception {
		Locality locality = QA.createLocality();
		locality.setName("Hadley");
		locality = team.records().save(locality, actor());
		Case aCase = QA.createCase();
		aCase.setCaseNumber("LLG1");
		Child child = QA.createChild();
		child.setName("Robin Example");
		child.setDateOfBirth(LocalDate.of(2016, 5, 4));
		aCase.setChild(child);
		aCase.setFamilyNames("Example");
		aCase.setLocality(locality);
		aCase.setStatus(CaseStatus.CHILD_IN_NEED);
		team.records().save(aCase, actor());
		DefinitionResolver.Resolved resolved = new DefinitionResolver(ChecklistRegistry.instance(), team.definitions())
				.forNewAssessment("org.qaworkbench.checklists.caseaudit", actor()).orElseThrow();
		Assessment audit = QA.createAssessment();
		audit.setDefinitionId(resolved.definition().getDefinitionId());
		audit.setDefinitionVersion(resolved.definition().getVersion());
		audit.setDefinitionHash(resolved.hash());
		audit.setSubjectKind(resolved.definition().getSubjectKind());
		audit.setSubjectKey(aCase.getCaseNumber());
		audit.setLocality(locality);
		audit.setStartedOn(LocalDate.of(2026, 11, 9));
		audit.setState(AssessmentState.DRAFT);
		return audit;
	}

	/** Scores the first {@code count} graded questions from the keyboard; returns them as itemId=value. */
	private static List<String> typeAnswers(CaseAuditEditorPart editor, int count) {
		List<String> typed = new ArrayList<>();
		for (Section section : editor.editor().definition().getSections()) {
			for (Item item : section.getItems()) {
				if (typed.size() < count && item.getKind() == ItemKind.GRADED
						&& new Relevance(editor.editor().definition(), editor.editor().assessment()).isRelevant(item)) {
					editor.editor().select(editor.editor().rowOf(item.getItemId()));
					Event event = new Event();
					event.character = '2';
					event.keyCode = '2';
					editor.editor().table().notifyListeners(SWT.KeyDown, event);
					typed.add(item.getItemId() + "=2");
				}
			}
		}
		return typed.stream().sorted().toList();
	}

	private List<String> localDraftFiles() throws Exception {
		Path folder = LocalDrafts.folder(location.dataFolder());
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(path -> path.getFileName().toString()).sorted().toList();
		}
	}

	private static CaseAuditEditorPart open(Assessment audit) {
		MWindow window = window();
		MPart part = Editors.open(audit, window.getContext().get(MApplication.class), window.getContext().get(EModelService.class),
				window.getContext().get(EPartService.class));
		assertNotNull(part, "an editor for the case audit");
		return (CaseAuditEditorPart) part.getObject();
	}

	private static void close(CaseAuditEditorPart editor) {
		EPartService parts = window().getContext().get(EPartService.class);
		MPart part = part(editor);
		parts.hidePart(part, true);
		awaitThat(() -> part.getObject() == null, "the editor closed");
	}

	private static MPart part(CaseAuditEditorPart editor) {
		return window().getContext().get(EPartService.class).getParts().stream().filter(part -> part.getObject() == editor).findFirst().orElseThrow();
	}

	/** Whoever is signed in: the editors' actor, whose drafts they are. */
	private static Actor actor() {
		return window().getContext().get(SignedIn.class).actor();
	}

	/** Runs {@code action}, which opens a "Not saved" dialog; reads the dialog's message and closes it. */
	private static String notSavedDialogSaidDuring(Runnable action) {
		Display display = Display.getCurrent();
		String[] said = { null };
		boolean[] done = { false };
		display.timerExec(50, new Runnable() {
			@Override
			public void run() {
				for (Shell open : display.getShells()) {
					if (open.isVisible() && "Not saved".equals(open.getText())) {
						said[0] = longestLabel(open);
						open.close();
						return;
					}
				}
				if (!done[0]) {
					display.timerExec(50, this);
				}
			}
		});
		try {
			action.run();
		} finally {
			done[0] = true;
		}
		assertNotNull(said[0], "a Not saved dialog was shown");
		return said[0];
	}

	private static String longestLabel(Control control) {
		String longest = control instanceof Label label ? label.getText() : "";
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				String text = longestLabel(child);
				longest = text.length() > longest.length() ? text : longest;
			}
		}
		return longest;
	}

	private static long count(Connection connection, String sql) throws java.sql.SQLException {
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		}
	}

	private static List<String> answers(Assessment assessment) {
		return assessment.getAnswers().stream().map((Answer answer) -> answer.getItemId() + "=" + answer.getValue()).sorted().toList();
	}

	/** Runs the event loop until the condition holds, failing after the timeout. */
	private static void awaitThat(BooleanSupplier condition, String what) {
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + WAIT_NANOS;
		while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
		assertTrue(condition.getAsBoolean(), what);
	}

	private static IEclipseContext application() {
		return window().getContext().get(MApplication.class).getContext();
	}

	private static MWindow window() {
		return (MWindow) Arrays.stream(Display.getCurrent().getShells()).filter(s -> s.getData("modelElement") instanceof MWindow)
				.map(s -> s.getData("modelElement")).findFirst().orElseThrow();
	}
}
