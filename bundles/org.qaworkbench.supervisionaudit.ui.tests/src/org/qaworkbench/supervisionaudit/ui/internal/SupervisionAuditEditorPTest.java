package org.qaworkbench.supervisionaudit.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.core.Services;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.supervisionaudit.SampleDraws;
import org.qaworkbench.model.Answer;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.AssessmentState;
import org.qaworkbench.model.Locality;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.Role;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.model.SupervisionContract;
import org.qaworkbench.model.SupervisionState;
import org.qaworkbench.model.Team;
import org.qaworkbench.ui.editors.FormDialog;
import org.qaworkbench.ui.editors.Prompts;
import org.qaworkbench.ui.editors.RecordEditors;
import org.qaworkbench.ui.internal.SignedIn;
import org.qaworkbench.ui.internal.editor.ChecklistEditor;

/**
 * The supervision audit in the real workbench, from the keyboard: the SDM starts it for a team (team, files and seed
 * typed into the form), sees the sample with its seed and the list drawn from and each column headed by its
 * supervisee, ticks and crosses cells with Y, N and A, sees the evidence of the current cell and the totals, redraws
 * with a reason, completes it and prints it.
 */
class SupervisionAuditEditorPTest {

	private static final QaFactory QA = QaFactory.eINSTANCE;
	private static final Instant AUDIT_DAY = Instant.parse("2026-11-30T10:00:00Z");

	@TempDir
	Path temp;

	private Store store;
	private final String run = Long.toString(System.nanoTime() % 1_000_000_000L);
	private final List<String> refusals = new ArrayList<>();
	private final List<Consumer<FormDialog>> answers = new ArrayList<>();
	private Team team;
	private StaffMember manager;
	private final List<StaffMember> workers = new ArrayList<>();

	@BeforeEach
	void aTeamWithItsManagerAndSupervisees() throws Exception {
		store = Services.get(Store.class);
		window().getContext().get(MApplication.class).getContext().set(Clock.class, Clock.fixed(AUDIT_DAY, ZoneId.of("Europe/London")));
		Locality locality = QA.createLocality();
		locality.setName("Hadley " + run);
		locality = store.records().save(locality, Actor.localUser());
		Team made = QA.createTeam();
		made.setName("Hadley Team " + run);
		made.setLocality(locality);
		team = store.records().save(made, Actor.localUser());
		manager = save(staff("Dana Manager", "sdm" + run, Role.SERVICE_DELIVERY_MANAGER, null, locality, null));
		StaffMember leader = save(staff("Terry Leader", "tl" + run, Role.TEAM_LEADER, manager, locality, team));
		for (String name : List.of("Ash", "Bo", "Cy", "Di", "Ed", "Flo")) {
			StaffMember worker = save(staff(name + " Worker", name.toLowerCase() + run, Role.PRACTITIONER, leader, locality, team));
			workers.add(worker);
			SupervisionContract contract = QA.createSupervisionContract();
			contract.setSupervisor(leader);
			contract.setSupervisee(worker);
			contract.setFrequencyPeriod("P6W");
			contract.setState(SupervisionState.SIGNED);
			contract.setReviewOn(LocalDate.of(2027, 2, 3));
			contract.setSignedBySuperviseeOn(LocalDate.of(2026, 2, 3));
			contract.setSignedBySupervisorOn(LocalDate.of(2026, 2, 3));
			store.records().save(contract, Actor.localUser());
		}
		org.qaworkbench.testing.StaffAccounts.signIn(manager.getUserId(), signedIn()::signIn);
	}

	@AfterEach
	void closeEditors() {
		EPartService parts = window().getContext().get(EPartService.class);
		parts.getParts().stream().filter(part -> part.getObject() instanceof SupervisionAuditEditorPart).toList().forEach(part -> parts.hidePart(part, true));
		store.drafts().of(new Actor("sdm" + run)).forEach(draft -> store.drafts().discard(draft.id()));
		window().getContext().get(MApplication.class).getContext().remove(Clock.class);
	}

	@Test
	void theAuditorStartsItSeesTheSampleTicksFromTheKeyboardSeesEvidenceAndTotalsAndCompletesIt() throws Exception {
		SupervisionAuditEditorPart editor = start("4", "20261130");
		Assessment audit = editor.editor().assessment();

		List<Long> drawnFrom = workers.stream().map(StaffMember::getId).toList();
		List<String> expected = SampleDraws.draw(20261130L, drawnFrom, 4).stream()
				.map(id -> workers.stream().filter(w -> w.getId() == id).findFirst().orElseThrow().getName()).toList();
		assertEquals(expected, editor.sample().files().stream().map(StaffMember::getName).toList(), "the same seed and list give the same files");
		String sample = editor.sampleText();
		assertTrue(sample.contains("20261130") && sample.contains("Ash Worker, Bo Worker, Cy Worker, Di Worker, Ed Worker, Flo Worker")
				&& sample.contains("1. " + expected.get(0)), "the sample with its seed and the list drawn from: " + sample);
		assertEquals("1. " + expected.get(0), header(editor, 1), "each file column headed by its supervisee");
		assertEquals("(no file)", header(editor, 5));

		// The evidence is computed from the records in the background, and shown when it comes.
		waitFor(() -> editor.evidenceReads() > 0, "the evidence is read");
		assertTrue(editor.evidenceReadOn() != null && editor.evidenceReadOn() != Display.getCurrent().getThread(),
				"the evidence is read off the UI thread: " + editor.evidenceReadOn());

		ChecklistEditor grid = editor.editor();
		grid.selectFile(grid.rowOf("question-1"), 1);
		assertTrue(grid.guidanceText().contains("Evidence for " + expected.get(0) + " (a suggestion; nothing is ticked from it): contract signed 03/02/2026, review due 03/02/2027  (suggests Yes)"),
				grid.guidanceText());
		assertTrue(editor.fileEvidenceText().startsWith("File 1: " + expected.get(0)), editor.fileEvidenceText());
		assertTrue(answers(grid.assessment(), 1, 4).isEmpty(), "the evidence ticked nothing");

		// Q1: Y Y N Y, moving from file to file; after the last file drawn the keys go on to Q2.
		for (char key : "yyny".toCharArray()) {
			type(editor, key);
		}
		assertEquals(List.of("Y", "Y", "N", "Y"), values(grid.assessment(), "question-1"));
		assertEquals(grid.rowOf("question-2"), grid.selectedRow(), "past the fourth file, the next question");
		grid.selectFile(grid.rowOf("question-1"), 2);
		assertTrue(grid.guidanceText().contains("Evidence for " + expected.get(1)), "the evidence follows the current cell: " + grid.guidanceText());

		for (int question = 2; question <= 12; question++) {
			grid.selectFile(grid.rowOf("question-" + question), 1);
			for (char key : (question == 12 ? "yaaa" : "yyyy").toCharArray()) {
				type(editor, key);
			}
		}
		assertEquals(List.of("Y", "NA", "NA", "NA"), values(grid.assessment(), "question-12"), "A gives N/A where a question does not apply");
		assertTrue(grid.progressText().contains("12, 11, 10, 11"), "ticks per file: " + grid.progressText());
		assertEquals(3, grid.scores().matrixTotals("question-1").orElseThrow().total(), "ticks per question");
		assertEquals(1, grid.scores().matrixTotals("question-12").orElseThrow().total(), "N/A is neither tick nor cross");

		grid.select(grid.rowOf("audit-date"));
		assertTrue(grid.typed(item(grid, "audit-date"), "30/11/2026"));
		assertTrue(grid.typed(item(grid, "audit-comments"), "Frequency slipping; contracts in place."));
		assertTrue(editor.completeButton().getText().contains("&C") && editor.redrawButton().getText().contains("&R"), "Complete and Redraw have their Alt keys");
		assertTrue(editor.complete(), refusals.toString());

		Assessment completed = store.records().find(Assessment.class, audit.getId()).orElseThrow();
		assertEquals(AssessmentState.COMPLETED, completed.getState());
		assertEquals("Dana Manager", answer(completed, "audit-auditor"));
		assertEquals("Terry Leader", answer(completed, "audit-supervisor"), "the supervisor of the files drawn");
		assertFalse(editor.redrawButton().isEnabled(), "a completed audit's sample stays as drawn");
		type(editor, 'n');
		assertEquals("Y", values(grid.assessment(), "question-2").get(0), "a completed audit is read-only");

		Path pdf = temp.resolve("audit.pdf");
		assertTrue(editor.exportPdf(pdf), refusals.toString());
		assertTrue(Files.size(pdf) > 1000);
	}

	@Test
	void theEightFileColumnsKeepRoomForTheirTicksAt1280Wide() throws Exception {
		org.eclipse.swt.widgets.Shell shell = Arrays.stream(Display.getCurrent().getShells()).filter(each -> each.getData("modelElement") instanceof MWindow)
				.findFirst().orElseThrow();
		org.eclipse.swt.graphics.Rectangle before = shell.getBounds();
		shell.setBounds(0, 0, 1280, 1024);
		try {
			SupervisionAuditEditorPart editor = start("4", "11");
			org.eclipse.nebula.widgets.nattable.NatTable table = editor.editor().table();
			// The shares are of the width the grid has once laid out at this size: wait for that layout (and fail if it never comes).
			waitFor(() -> fileColumn(editor, 8) >= 0 && table.getClientArea().width > 400
					&& table.getColumnWidthByPosition(fileColumn(editor, 8)) * 100 >= table.getClientArea().width * 5,
					"the grid is laid out at 1280 wide with room in its eighth file column: "
							+ (fileColumn(editor, 8) < 0 ? "no such column" : table.getColumnWidthByPosition(fileColumn(editor, 8)) + " of " + table.getClientArea().width));
			org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(table);
			int ticks;
			try {
				ticks = gc.textExtent("N/A").x;
			} finally {
				gc.dispose();
			}
			int width = table.getClientArea().width;
			for (int file = 1; file <= 8; file++) {
				int column = fileColumn(editor, file);
				int columnWidth = table.getColumnWidthByPosition(column);
				assertTrue(columnWidth >= ticks + 8, "file " + file + " has room for N/A: " + columnWidth + " px, N/A needs " + ticks);
				assertTrue(columnWidth * 100 >= width * 5, "file " + file + " keeps about six percent of the width: " + columnWidth + " of " + width);
			}
		} finally {
			shell.setBounds(before);
		}
	}

	/** The position of the file's column in the grid (the first file's found by its heading, the rest after it); -1 when there is none. */
	private static int fileColumn(SupervisionAuditEditorPart editor, int file) {
		org.eclipse.nebula.widgets.nattable.NatTable table = editor.editor().table();
		for (int column = 0; column < table.getColumnCount(); column++) {
			if (header(editor, 1).equals(String.valueOf(table.getDataValueByPosition(column, 0)))) {
				int position = column + file - 1;
				return position < table.getColumnCount() && header(editor, file).equals(String.valueOf(table.getDataValueByPosition(position, 0))) ? position : -1;
			}
		}
		return -1;
	}

	private static void waitFor(java.util.function.BooleanSupplier condition, String what) {
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + 20_000_000_000L;
		while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
		assertTrue(condition.getAsBoolean(), what);
	}

	@Test
	void aRedrawAsksWhyKeepsTheReasonAndHeadsTheColumnsAfresh() throws Exception {
		SupervisionAuditEditorPart editor = start("5", "7");
		type(editor, 'y');
		List<String> before = editor.sample().files().stream().map(StaffMember::getName).toList();

		answers.add(form -> form.set("reason", ""));
		assertFalse(editor.redraw(), "a reason is needed");
		assertEquals(1, store.records().find(Assessment.class, editor.editor().assessment().getId()).orElseThrow().getSampleDraws().size());

		answers.add(form -> {
			form.set("reason", "Ash has been on long-term leave");
			form.set("seed", "8");
		});
		assertTrue(editor.redraw(), refusals.toString());

		Assessment stored = store.records().find(Assessment.class, editor.editor().assessment().getId()).orElseThrow();
		assertEquals(2, stored.getSampleDraws().size());
		assertEquals("Ash has been on long-term leave", stored.getSampleDraws().get(1).getReason());
		assertEquals(8L, editor.sample().seed());
		assertTrue(editor.sampleText().contains("because: Ash has been on long-term leave"), editor.sampleText());
		assertEquals("1. " + editor.sample().files().get(0).getName(), header(editor, 1));
		assertTrue(values(editor.editor().assessment(), "question-1").stream().allMatch(v -> v == null), "the ticks went with the old files: " + before);
	}

	@Test
	void aSeedThatIsNotANumberIsRefusedAndNothingIsStarted() {
		long before = store.records().count(Assessment.class);
		answers.add(form -> {
			form.set("team", team.getName());
			form.set("seed", "seven");
		});
		assertTrue(StartSupervisionAuditHandler.start(prompts(), Display.getCurrent().getActiveShell(), store, signedIn(),
				Clock.fixed(AUDIT_DAY, ZoneId.of("Europe/London"))).isEmpty());
		assertEquals(List.of("The seed must be a whole number, not seven"), refusals);
		assertEquals(before, store.records().count(Assessment.class));
	}

	/** The menu item is enabled by the permission matrix: a service delivery manager or a team leader, nobody else. */
	@Test
	void startingOneIsDisabledForARoleThatMayNotStartOne() {
		StartSupervisionAuditHandler handler = new StartSupervisionAuditHandler();
		assertTrue(handler.canExecute(person(Role.SERVICE_DELIVERY_MANAGER)));
		assertTrue(handler.canExecute(person(Role.TEAM_LEADER)));
		assertFalse(handler.canExecute(person(Role.QUALITY_LEAD)), "a quality lead");
		assertFalse(handler.canExecute(person(Role.PRACTITIONER)), "a practitioner");
		assertFalse(handler.canExecute(person(Role.ADMINISTRATOR)), "an administrator");
	}

	private static org.qaworkbench.ui.editors.SignedInPerson person(Role role) {
		StaffMember staff = QaFactory.eINSTANCE.createStaffMember();
		staff.setUserId("someone");
		staff.getRoles().add(role);
		return new org.qaworkbench.ui.editors.SignedInPerson() {
			@Override
			public Actor actor() {
				return new Actor(staff.getUserId());
			}

			@Override
			public Optional<StaffMember> staff() {
				return Optional.of(staff);
			}
		};
	}

	/** File > Start supervision audit... as the SDM fills it in: this run's team, the number of files, the seed. */
	private SupervisionAuditEditorPart start(String files, String seed) {
		answers.add(form -> {
			form.set("team", team.getName());
			form.set("files", files);
			form.set("seed", seed);
		});
		Optional<Assessment> started = StartSupervisionAuditHandler.start(prompts(), Display.getCurrent().getActiveShell(), store, signedIn(),
				Clock.fixed(AUDIT_DAY, ZoneId.of("Europe/London")));
		assertTrue(started.isPresent(), refusals.toString());
		MWindow window = window();
		MPart part = RecordEditors.open(started.get(), window.getContext().get(MApplication.class), window.getContext().get(EModelService.class),
				window.getContext().get(EPartService.class)).orElseThrow();
		SupervisionAuditEditorPart editor = (SupervisionAuditEditorPart) part.getObject();
		editor.setPrompts(prompts());
		return editor;
	}

	private Prompts prompts() {
		return new Prompts() {
			@Override
			public boolean fill(FormDialog form) {
				assertFalse(answers.isEmpty(), "a form nobody expected");
				form.create();
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
			public Path saveAs(String title, String fileName, String extension) {
				return null;
			}
		};
	}

	private static String header(SupervisionAuditEditorPart editor, int file) {
		return editor.editor().fileHeader(file);
	}

	private static org.qaworkbench.model.Item item(ChecklistEditor grid, String itemId) {
		return grid.definition().getSections().stream().flatMap(s -> s.getItems().stream()).filter(i -> i.getItemId().equals(itemId)).findFirst().orElseThrow();
	}

	private static List<String> values(Assessment audit, String itemId) {
		List<String> values = new ArrayList<>();
		for (int file = 1; file <= 4; file++) {
			final int f = file;
			values.add(audit.getAnswers().stream().filter(a -> itemId.equals(a.getItemId()) && a.getFileIndex() == f).map(Answer::getValue).findFirst().orElse(null));
		}
		return values;
	}

	private static List<Answer> answers(Assessment audit, int from, int to) {
		return audit.getAnswers().stream().filter(a -> a.getFileIndex() >= from && a.getFileIndex() <= to).toList();
	}

	private static String answer(Assessment audit, String itemId) {
		return audit.getAnswers().stream().filter(a -> itemId.equals(a.getItemId()) && a.getFileIndex() == 0).map(Answer::getValue).findFirst().orElse(null);
	}

	private static void type(SupervisionAuditEditorPart editor, char key) {
		Event event = new Event();
		event.character = key;
		event.keyCode = Character.toLowerCase(key);
		editor.editor().table().notifyListeners(SWT.KeyDown, event);
	}

	private StaffMember save(StaffMember staff) throws Exception {
		return store.records().save(staff, Actor.localUser());
	}

	private static StaffMember staff(String name, String userId, Role role, StaffMember manager, Locality locality, Team team) {
		StaffMember staff = QA.createStaffMember();
		staff.setName(name);
		staff.setUserId(userId);
		staff.getRoles().add(role);
		staff.setLineManager(manager);
		staff.setLocality(locality);
		staff.setTeam(team);
		staff.setStartDate(LocalDate.of(2020, 1, 6));
		return staff;
	}

	private SignedIn signedIn() {
		return window().getContext().get(SignedIn.class);
	}

	private static MWindow window() {
		return (MWindow) Arrays.stream(Display.getCurrent().getShells()).filter(s -> s.getData("modelElement") instanceof MWindow)
				.map(s -> s.getData("modelElement")).findFirst().orElseThrow();
	}
}
