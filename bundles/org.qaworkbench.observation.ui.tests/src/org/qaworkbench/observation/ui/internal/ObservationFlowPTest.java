package org.qaworkbench.observation.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qaworkbench.core.Services;
import org.qaworkbench.core.observations.ObservationForm;
import org.qaworkbench.core.observations.ObservationWorkflow;
import org.qaworkbench.core.observations.ObservationWorkflow.Step;
import org.qaworkbench.core.observations.Observations;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.model.Amendment;
import org.qaworkbench.model.Case;
import org.qaworkbench.model.DirectObservation;
import org.qaworkbench.model.Item;
import org.qaworkbench.model.Locality;
import org.qaworkbench.model.ObservationState;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.RemedialAction;
import org.qaworkbench.model.Role;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.model.Team;
import org.qaworkbench.ui.editors.FormDialog;
import org.qaworkbench.ui.editors.Prompts;
import org.qaworkbench.ui.editors.RecordEditors;
import org.qaworkbench.ui.internal.SignedIn;
import org.qaworkbench.ui.internal.navigator.NavigatorPart;

/**
 * A senior practitioner's whole job in the real workbench, from the keyboard: finds who is due in the Observations
 * view, plans the observation with objectives and consent, writes every prompt's narrative and the grade, records and
 * shares it; the practitioner reflects and comments; both sign off and the record is locked. A practitioner of
 * another team finds none of it and cannot open it. The due list moves once it is signed off (the clock is injected).
 */
class ObservationFlowPTest {

	private static final QaFactory QA = QaFactory.eINSTANCE;
	private static final ZoneId ZONE = ZoneId.systemDefault();
	private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
	private static final Actor ADMIN = new Actor("observation.test");

	private static Store store;
	private static StaffMember senior;
	private static StaffMember practitioner;
	private static StaffMember other;
	private static StaffMember manager;
	private static StaffMember hillLeader;
	private static StaffMember hill;
	private static Locality vale;

	@BeforeAll
	static void people() throws Exception {
		store = Services.get(Store.class);
		Locality locality = store.records().save(named(QA.createLocality(), "Observed Vale (observation test)"), ADMIN);
		Team team = QA.createTeam();
		team.setName("Vale team (observation test)");
		team.setLocality(locality);
		team = store.records().save(team, ADMIN);
		vale = locality;
		manager = store.records().save(staff("Mona Manager", "mona.observation", Role.SERVICE_DELIVERY_MANAGER, null, locality, null), ADMIN);
		StaffMember leader = store.records().save(staff("Tara Leader", "tara.observation", Role.TEAM_LEADER, manager, locality, team), ADMIN);
		senior = store.records().save(staff("Sian Senior", "sian.observation", Role.SENIOR_PRACTITIONER, leader, locality, team), ADMIN);
		practitioner = store.records().save(staff("Paul Practitioner", "paul.observation", Role.PRACTITIONER, senior, locality, team), ADMIN);
		StaffMember otherLeader = store.records().save(staff("Olga Leader", "olga.observation", Role.TEAM_LEADER, null, locality, null), ADMIN);
		other = store.records().save(staff("Owen Other", "owen.observation", Role.PRACTITIONER, otherLeader, locality, null), ADMIN);
		store.records().save(staff("Cara Keys", "cara.observation", Role.PRACTITIONER, senior, locality, team), ADMIN);
		// Another locality and team in the manager's line, for the view's filters.
		Locality hills = store.records().save(named(QA.createLocality(), "Hill Vale (observation test)"), ADMIN);
		Team hillTeam = QA.createTeam();
		hillTeam.setName("Hill team (observation test)");
		hillTeam.setLocality(hills);
		hillTeam = store.records().save(hillTeam, ADMIN);
		hillLeader = store.records().save(staff("Lee Hill", "lee.observation", Role.TEAM_LEADER, manager, hills, hillTeam), ADMIN);
		hill = store.records().save(staff("Hana Hill", "hana.observation", Role.PRACTITIONER, hillLeader, hills, hillTeam), ADMIN);
		// The case the observed visit was about: the observation never shows under it.
		Case visited = QA.createCase();
		visited.setCaseNumber("LL100777");
		visited.setFamilyNames("Observed-Family");
		visited.setLocality(locality);
		store.records().save(visited, ADMIN);
		setClock(TODAY);
	}

	@AfterAll
	static void systemClockAgain() {
		window().getContext().get(MApplication.class).getContext().set(Clock.class, Clock.systemDefaultZone());
	}

	@Test
	void plannedObservedSharedRepliedSignedOffByBothFromTheKeyboardAndHiddenFromAnotherTeam() throws Exception {
		signInAs(senior);
		ObservationsPart view = showView();
		Keys.waitFor(() -> rowOf(view, "Paul Practitioner") >= 0, "the senior sees the practitioner they manage");
		assertReadInTheBackground(view);
		assertFalse(view.rows().stream().anyMatch(row -> row.practitioner().equals("Owen Other")), "not another team's");
		ObservationsPart.Row due = view.rows().get(rowOf(view, "Paul Practitioner"));
		assertTrue(due.due().overdue(), "never observed, started years ago: overdue");
		assertEquals(255, view.table().getItem(rowOf(view, "Paul Practitioner")).getForeground().getRed(), "overdue in red");

		// Enter on the row plans an observation with the senior as observer and opens it.
		view.table().setSelection(rowOf(view, "Paul Practitioner"));
		Keys.focus(view.table());
		Keys.press("Return");
		Keys.waitFor(() -> editor() != null, "Enter plans an observation and opens it");
		ObservationEditorPart editor = editor();
		DirectObservation planned = editor.record();
		assertEquals(ObservationState.PLANNED, planned.getState());
		assertFalse(editor.buttons().button(Step.RECORD).isEnabled(), "no consent yet");
		assertTrue(editor.buttons().button(Step.RECORD).getToolTipText().contains("consent"), editor.buttons().button(Step.RECORD).getToolTipText());

		// The plan: header, consent and what observer and practitioner agree, typed.
		List<Control> fields = editor.fields();
		Keys.typeInto(field(editor, 1), "LL100777"); // child ID
		Keys.typeInto(field(editor, 2), "Home visit");
		Keys.typeInto(field(editor, 3), "Mother");
		Keys.typeInto(field(editor, 4), "Sian Senior");
		Keys.typeInto(field(editor, 5), "20/05/2026");
		Keys.typeInto(field(editor, 6), "See how the child's views are gathered");
		Keys.typeInto(field(editor, 7), "Direct work with a teenager");
		Keys.typeInto(field(editor, 8), "Introduced as a colleague; steps in only if the child is at risk");
		Keys.typeInto(field(editor, 9), "Verbal feedback after the visit, the report within a week");
		Keys.waitFor(() -> editor.buttons().button(Step.RECORD).isEnabled(), "consent recorded: Record offered");
		// Ctrl+S is the application's key binding, which the test harness does not take through the X server (tried both as
		// events sent to the window and as XTEST key presses): saved as its handler does. The product takes the keys.
		window().getContext().get(EPartService.class).savePart(partOf(editor), false);
		Keys.waitFor(() -> stored(planned).getConsent() != null && "Mother".equals(stored(planned).getConsent().getGivenBy()), "Ctrl+S saves the plan");

		// The visit happens on its day: every prompt's narrative, the grade, recommendations.
		setClock(planned.getObservedOn());
		int n = 0;
		for (Map.Entry<String, Text> narrative : editor.narratives().entrySet()) {
			Keys.typeInto(narrative.getValue(), "Narrative " + (++n) + " " + narrative.getKey());
		}
		Keys.typeInto(editor.gradeChoice(), "2");
		Keys.waitFor(() -> editor.record().getGrade() == 2, "2 grades Good");
		assertEquals("Good", editor.gradeChoice().getText());
		Text recommendations = (Text) fields.get(fields.indexOf(editor.gradeChoice()) + 1);
		Keys.typeInto(recommendations, "Plan the ending of each visit");
		Keys.typeInto((Text) fields.get(fields.indexOf(editor.gradeChoice()) + 2), "01/09/2026");
		Keys.press("alt+b");
		Keys.waitFor(() -> stored(planned).getState() == ObservationState.OBSERVED, "Alt+B records the observation: " + editor.said());
		Keys.press("alt+p");
		Keys.waitFor(() -> stored(planned).getState() == ObservationState.SHARED, "Alt+P shares it: " + editor.said());
		assertFalse(reply(editor).getEditable(), "the observer does not write the practitioner's reflection");

		// The practitioner reflects and comments, then signs off; the observer signs off: locked.
		signInAs(practitioner);
		Keys.waitFor(() -> reply(editor).getEditable(), "the practitioner may write their reflection");
		assertFalse(editor.narratives().values().iterator().next().getEditable(), "but not the observer's narratives");
		Keys.typeInto(reply(editor), "I would plan the ending with the family");
		Keys.typeInto(comment(editor, 2), "A fair report");
		Keys.typeInto(comment(editor, 1), "She listened to us");
		Keys.press("alt+g");
		Keys.waitFor(() -> stored(planned).getSignOffs().size() == 5, "Alt+G: reflection and sign-off by the practitioner: " + editor.said());
		signInAs(senior);
		Keys.waitFor(() -> editor.buttons().button(Step.SIGN_OFF).isEnabled(), "the observer may sign off");
		Keys.press("alt+g");
		Keys.waitFor(() -> stored(planned).getState() == ObservationState.SIGNED_OFF, "Alt+G: signed off by both: " + editor.said());
		assertTrue(editor.fields().stream().allMatch(control -> control instanceof Text text ? !text.getEditable() : !control.isEnabled()), "locked");
		assertTrue(editor.buttons().button(Step.AMEND).isEnabled(), "changed only by an amendment");

		DirectObservation done = stored(planned);
		assertEquals("LL100777", done.getCaseNumber());
		assertEquals("Direct work with a teenager", done.getLearningFocus());
		assertEquals(editor.narratives().size(), done.getNarratives().size());
		assertTrue(done.getNarratives().stream().allMatch(narrative -> narrative.getText().startsWith("Narrative ")));
		assertEquals("I would plan the ending with the family", done.getPractitionerReflection());
		assertEquals("A fair report", done.getPractitionerComment());
		assertEquals("She listened to us", done.getServiceUserComment());
		List<RemedialAction> actions = store.records().where(RemedialAction.class, org.qaworkbench.model.QaPackage.Literals.REMEDIAL_ACTION__OBSERVATION, done);
		assertEquals(List.of("Plan the ending of each visit"), actions.stream().map(RemedialAction::getAction).toList());
		assertEquals(practitioner.getId(), actions.get(0).getOwner().getId());

		// The due list moved: a year on from the sign-off, no longer overdue.
		Keys.waitFor(() -> {
			int row = rowOf(view, "Paul Practitioner");
			return row >= 0 && !view.rows().get(row).due().overdue();
		}, "the due list moves once signed off");
		assertEquals(planned.getObservedOn().plusYears(1), view.rows().get(rowOf(view, "Paul Practitioner")).due().nextDue());
		assertEquals(readmeAltKeys(), buttonKeys(editor), "the README's Alt keys of the observation editor against its buttons");

		// Amended by the observer: Alt+N, a change, Alt+N again asks why; an empty reason is refused at the field
		// and changes nothing; a reason saves the amendment with who, when and why.
		Answers answers = new Answers();
		editor.setPrompts(answers);
		Text firstNarrative = editor.narratives().values().iterator().next();
		String firstPrompt = editor.narratives().keySet().iterator().next();
		String before = firstNarrative.getText();
		answers.whenAsked = () -> stored(planned).getAmendments().size() + " amendments; " + ObservationWorkflow.narrative(stored(planned), firstPrompt);
		Keys.press("alt+n");
		Keys.waitFor(() -> editor.isAmending() && firstNarrative.getEditable(), "Alt+N amends: " + editor.said());
		Keys.typeInto(firstNarrative, "Amended ");
		answers.reasons.add("");
		answers.reasons.add("The first narrative named the wrong room");
		Keys.press("alt+n");
		Keys.waitFor(() -> stored(planned).getAmendments().size() == 1, "Alt+N again saves the amendment: " + answers.refusals + " " + editor.said());
		assertEquals(List.of("Reason is needed."), answers.refusals, "the empty reason is refused at its field");
		assertEquals(List.of("0 amendments; " + before), answers.storedWhenRefused, "and nothing was changed by it");
		Amendment amendment = stored(planned).getAmendments().get(0);
		assertEquals("sian.observation", amendment.getBy());
		assertEquals(planned.getObservedOn().atTime(10, 0).atZone(ZONE).toInstant(), amendment.getAt());
		assertEquals("The first narrative named the wrong room", amendment.getReason());
		assertTrue(ObservationWorkflow.narrative(stored(planned), firstPrompt).contains("Amended "));
		assertEquals(ObservationState.SIGNED_OFF, stored(planned).getState(), "still signed off");
		assertFalse(editor.isAmending());
		assertFalse(firstNarrative.getEditable(), "locked again");
		assertTrue(editor.amendmentsText().contains("Sian Senior") && editor.amendmentsText().contains("The first narrative named the wrong room"),
				editor.amendmentsText());

		// Export PDF... (Alt+X): the PDF the command writes, holding every prompt and every answer.
		Path pdf = Files.createTempFile("observation", ".pdf");
		Files.delete(pdf);
		answers.saveAs = pdf;
		Keys.press("alt+x");
		Keys.waitFor(() -> Files.exists(pdf), "Alt+X exports the PDF: " + answers.refusals + " " + editor.said());
		assertTrue(answers.asked.contains("Save the observation as a PDF"), answers.asked.toString());
		assertTrue(editor.said().contains(pdf.toString()), editor.said());
		String text;
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
		DirectObservation exported = stored(planned);
		ObservationForm form = new Observations(store, Clock.systemDefaultZone()).formOf(exported).orElseThrow();
		for (Item prompt : form.prompts()) {
			assertTrue(text.contains(prompt.getText().replaceAll("\\s+", " ")), "the prompt " + prompt.getText());
		}
		exported.getNarratives().forEach(narrative -> assertTrue(text.contains(narrative.getText()), "the narrative " + narrative.getText()));
		for (String answer : List.of("LL100777", "Home visit", "Mother", "See how the child's views are gathered", "Direct work with a teenager",
				"Introduced as a colleague; steps in only if the child is at risk", "Verbal feedback after the visit, the report within a week", "Good",
				"Plan the ending of each visit", "01/09/2026", "I would plan the ending with the family", "A fair report", "She listened to us",
				"The first narrative named the wrong room", "Paul Practitioner", "Sian Senior")) {
			assertTrue(text.contains(answer), "the answer " + answer);
		}
		Files.delete(pdf);

		// Ctrl+P runs the same export (the window's key binding and its handler, which asks the active part).
		Path again = Files.createTempFile("observation-again", ".pdf");
		Files.delete(again);
		answers.saveAs = again;
		bound("M1+P");
		Keys.waitFor(() -> Files.exists(again), "Ctrl+P exports the PDF");
		Files.delete(again);

		// A PDF that cannot be written says why, in a message and under the form.
		answers.saveAs = again.resolveSibling("no-such-folder-" + System.nanoTime()).resolve("observation.pdf");
		Keys.press("alt+x");
		Keys.waitFor(() -> !answers.refusals.isEmpty() && answers.refusals.get(answers.refusals.size() - 1).contains("could not be written"),
				"a PDF not written is said: " + answers.refusals);
		assertTrue(editor.said().contains("could not be written"), editor.said());

		// Someone of another team signs in while it is open: none of it shows; the observer signing in again sees it.
		signInAs(other);
		Keys.waitFor(() -> !editor.shown(), "hidden from a practitioner of another team");
		assertFalse(labels(mainShell()).contains("Paul Practitioner"), "not even whom it is about");
		assertTrue(labels(mainShell()).contains("confidential"), labels(mainShell()));
		assertFalse(partOf(editor).getLabel().contains("Paul"), partOf(editor).getLabel());
		signInAs(senior);
		Keys.waitFor(editor::shown, "shown again to the observer");
		window().getContext().get(EPartService.class).hidePart(partOf(editor), true);
		navigatorShowsNothingUnder("LL100777");

		// A practitioner of another team finds none of it and cannot open it.
		signInAs(other);
		Keys.waitFor(() -> view.rows().size() == 1 && view.rows().get(0).practitioner().equals("Owen Other"), "another team's practitioner sees only themself");
		MWindow window = window();
		RecordEditors.open(done, window.getContext().get(MApplication.class), window.getContext().get(EModelService.class), window.getContext().get(EPartService.class));
		Keys.waitFor(() -> editor() != null, "the editor part opens");
		ObservationEditorPart refused = editor();
		assertTrue(refused.confidential(), "nothing of the observation is shown");
		assertTrue(refused.said().contains("confidential"), refused.said());
		assertTrue(refused.fields().isEmpty());
		assertFalse(labels(mainShell()).contains("Paul Practitioner"), "not even whom it is about");
		window().getContext().get(EPartService.class).hidePart(partOf(refused), true);
		navigatorShowsNothingUnder("LL100777");
		assertFalse(new Observations(store, Clock.systemDefaultZone()).visibleTo(other).stream().anyMatch(o -> o.getId() == done.getId()),
				"nor listed for them");
	}

	/**
	 * The Observations view as a manager over two localities: the locality, team and observer filters each change the
	 * rows to those that match, and (all) brings them all back.
	 */
	@Test
	void theViewsFiltersChangeTheRows() throws Exception {
		new Observations(store, onToday()).plan(hill, TODAY.plusDays(7), new Actor("lee.observation"));
		signInAs(manager);
		ObservationsPart view = showView();
		Keys.waitFor(() -> rowOf(view, "Hana Hill") >= 0 && rowOf(view, "Paul Practitioner") >= 0 && rowOf(view, "Cara Keys") >= 0,
				"the manager sees both localities' practitioners: " + names(view));
		List<String> all = names(view);
		assertFalse(all.contains("Owen Other"), "not outside their line");

		choose(view.localityFilter(), "Hill Vale (observation test)");
		assertEquals(List.of("Hana Hill"), names(view), "by locality");
		choose(view.localityFilter(), "(all)");
		assertEquals(all, names(view));

		choose(view.teamFilter(), "Vale team (observation test)");
		assertFalse(names(view).contains("Hana Hill"), "by team: " + names(view));
		assertTrue(names(view).containsAll(List.of("Paul Practitioner", "Cara Keys")), "by team: " + names(view));
		choose(view.teamFilter(), "(all)");

		choose(view.observerFilter(), "Lee Hill");
		assertEquals(List.of("Hana Hill"), names(view), "by the observer of the observation in progress");
		assertTrue(view.summary().startsWith("Practitioners: 1;"), view.summary());
		choose(view.observerFilter(), "(all)");
		assertEquals(all, names(view));

		// The row chosen stays chosen when the list is read again (as after Enter planned an observation).
		int last = view.rows().size() - 1;
		String chosen = view.rows().get(last).practitioner();
		view.table().setSelection(last);
		java.util.concurrent.CompletableFuture<Void> read = view.refresh();
		Keys.waitFor(read::isDone, "the list is read again");
		assertReadInTheBackground(view);
		assertEquals(chosen, view.rows().get(view.table().getSelectionIndex()).practitioner(), "the same practitioner stays chosen");
	}

	/** How the editor asks, answered as a user would: reasons in turn, a file to save to; refusals kept. */
	private static final class Answers implements Prompts {
		final List<String> reasons = new ArrayList<>();
		final List<String> refusals = new ArrayList<>();
		final List<String> asked = new ArrayList<>();
		/** What is stored, as the test reads it, each time a reason is refused. */
		final List<String> storedWhenRefused = new ArrayList<>();
		java.util.function.Supplier<String> whenAsked = () -> "";
		Path saveAs;

		@Override
		public boolean fill(FormDialog form) {
			form.create();
			asked.add(form.getShell().getText());
			while (!reasons.isEmpty()) {
				form.set("reason", reasons.remove(0));
				if (form.accept()) {
					return true;
				}
				refusals.add(form.getErrorMessage());
				storedWhenRefused.add(whenAsked.get());
			}
			form.close();
			return false;
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
			asked.add(title);
			return saveAs;
		}
	}

	/** The view's store calls ran off the UI thread (a read moved back onto it would freeze the workbench). */
	private static void assertReadInTheBackground(ObservationsPart view) {
		assertTrue(view.readOn() != null && view.readOn() != Display.getCurrent().getThread(), "the due list is read in the background: " + view.readOn());
	}

	private static void choose(Combo filter, String choice) {
		int index = filter.indexOf(choice);
		assertTrue(index >= 0, choice + " is offered in " + Arrays.toString(filter.getItems()));
		filter.select(index);
		filter.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
	}

	private static List<String> names(ObservationsPart view) {
		return view.rows().stream().map(ObservationsPart.Row::practitioner).toList();
	}

	/** The navigator, read again, lists the case with nothing under it: an observation is never shown under a case. */
	private static void navigatorShowsNothingUnder(String caseNumber) {
		MWindow window = window();
		MPart part = (MPart) window.getContext().get(EModelService.class).find("org.qaworkbench.ui.part.navigator", window.getContext().get(MApplication.class));
		NavigatorPart navigator = (NavigatorPart) part.getObject();
		java.util.concurrent.CompletableFuture<Void> read = navigator.refresh();
		Keys.waitFor(read::isDone, "the navigator is read");
		org.eclipse.swt.widgets.TreeItem locality = Arrays.stream(navigator.tree().getTree().getItems())
				.filter(item -> item.getText().startsWith(vale.getName())).findFirst().orElseThrow(() -> new AssertionError("the locality is listed"));
		navigator.tree().expandToLevel(locality.getData(), 1);
		Keys.waitFor(() -> Arrays.stream(locality.getItems()).anyMatch(item -> item.getText().contains(caseNumber)), "the case is listed");
		org.eclipse.swt.widgets.TreeItem visited = Arrays.stream(locality.getItems()).filter(item -> item.getText().contains(caseNumber)).findFirst().orElseThrow();
		assertEquals(0, visited.getItemCount(), "nothing under the case: " + Arrays.toString(visited.getItems()));
		String everything = allLabels(navigator.tree().getTree().getItems());
		assertFalse(everything.toLowerCase(java.util.Locale.ROOT).contains("observation of"), everything);
	}

	private static String allLabels(org.eclipse.swt.widgets.TreeItem[] items) {
		StringBuilder text = new StringBuilder();
		for (org.eclipse.swt.widgets.TreeItem item : items) {
			text.append(item.getText()).append('\n').append(allLabels(item.getItems()));
		}
		return text.toString();
	}

	/** Runs the command a key sequence of the observation fragment is bound to, as the workbench does for the keys. */
	private static void bound(String keySequence) {
		MWindow window = window();
		MApplication application = window.getContext().get(MApplication.class);
		org.eclipse.e4.ui.model.application.commands.MKeyBinding binding = application.getBindingTables().stream().flatMap(table -> table.getBindings().stream())
				.filter(b -> b.getKeySequence().equals(keySequence) && b.getCommand().getElementId().equals("org.qaworkbench.ui.command.exportpdf")).findFirst()
				.orElseThrow(() -> new AssertionError(keySequence + " is bound"));
		ECommandService commands = window.getContext().get(ECommandService.class);
		EHandlerService handlers = window.getContext().get(EHandlerService.class);
		org.eclipse.core.commands.ParameterizedCommand command = commands.createCommand(binding.getCommand().getElementId(), null);
		assertTrue(handlers.canExecute(command), "a handler for " + keySequence);
		handlers.executeHandler(command);
	}

	/** The README's Keys rows for the observation editor: letter to the name of what it presses. */
	private static Map<Character, String> readmeAltKeys() throws java.io.IOException {
		java.nio.file.Path folder = java.nio.file.Path.of("").toAbsolutePath();
		while (folder != null && !java.nio.file.Files.exists(folder.resolve("README.md"))) {
			folder = folder.getParent();
		}
		assertTrue(folder != null, "README.md above the test's folder");
		Map<Character, String> keys = new java.util.TreeMap<>();
		java.util.regex.Matcher row = java.util.regex.Pattern.compile("(?m)^\\| Alt\\+([A-Z]) \\| ([^|]+?) \\| ([^|]+?) \\|")
				.matcher(java.nio.file.Files.readString(folder.resolve("README.md")));
		while (row.find()) {
			if (row.group(3).contains("observation editor")) {
				String what = row.group(2);
				keys.put(Character.toLowerCase(row.group(1).charAt(0)), what.contains(" (") ? what.substring(0, what.indexOf(" (")) : what);
			}
		}
		return keys;
	}

	/** The editor's Alt keys: the letter after each button's &amp;, to its label. */
	private static Map<Character, String> buttonKeys(ObservationEditorPart editor) {
		Map<Character, String> keys = new java.util.TreeMap<>();
		for (Step step : Step.values()) {
			if (step == Step.REFLECT) {
				continue; // taken with the practitioner's sign-off: no button of its own
			}
			String text = editor.buttons().button(step).getText();
			int at = text.indexOf('&');
			assertTrue(at >= 0, text + " has an Alt key");
			assertTrue(keys.put(Character.toLowerCase(text.charAt(at + 1)), text.replace("&", "")) == null, "two buttons share Alt+" + text.charAt(at + 1));
		}
		String export = editor.exportButton().getText();
		assertTrue(keys.put(Character.toLowerCase(export.charAt(export.indexOf('&') + 1)), export.replace("&", "")) == null, "Export PDF has a key of its own");
		return keys;
	}

	private static Text field(ObservationEditorPart editor, int index) {
		return (Text) editor.fields().get(index);
	}

	/** The practitioner's reflection: the first field of their part (after the narratives, before the grade). */
	private static Text reply(ObservationEditorPart editor) {
		List<Control> fields = editor.fields();
		return (Text) fields.get(fields.indexOf(editor.gradeChoice()) - 1 - (hasSummaryAfterReflection(editor) ? 1 : 0));
	}

	/** The comments close the form: the practitioner's (2 from the end), the family's (1 from the end). */
	private static Text comment(ObservationEditorPart editor, int fromEnd) {
		return (Text) editor.fields().get(editor.fields().size() - fromEnd);
	}

	/** The form puts "Any other comments and overall summary" after the reflection. */
	private static boolean hasSummaryAfterReflection(ObservationEditorPart editor) {
		List<String> prompts = List.copyOf(editor.narratives().keySet());
		return prompts.get(prompts.size() - 1).startsWith("summary");
	}

	private static int rowOf(ObservationsPart view, String practitioner) {
		for (int i = 0; i < view.rows().size(); i++) {
			if (view.rows().get(i).practitioner().equals(practitioner)) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * Window > Observations, as the model fragment contributes it: the menu item, the key binding and the command,
	 * whose handler then runs as the workbench runs it for either.
	 */
	private static ObservationsPart showView() {
		MWindow window = window();
		MApplication application = window.getContext().get(MApplication.class);
		String command = "org.qaworkbench.observation.ui.command.showobservations";
		assertTrue(application.getCommands().stream().anyMatch(c -> c.getElementId().equals(command)), "the fragment's command is in the model");
		assertTrue(application.getBindingTables().stream().flatMap(table -> table.getBindings().stream())
				.anyMatch(binding -> binding.getKeySequence().equals("M1+M2+O") && binding.getCommand().getElementId().equals(command)), "Ctrl+Shift+O");
		org.eclipse.e4.ui.model.application.ui.menu.MMenu windowMenu = (org.eclipse.e4.ui.model.application.ui.menu.MMenu) window.getMainMenu().getChildren()
				.stream().filter(menu -> "org.qaworkbench.ui.menu.window".equals(menu.getElementId())).findFirst().orElseThrow();
		assertTrue(windowMenu.getChildren().stream().anyMatch(item -> item instanceof org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem handled
				&& handled.getCommand().getElementId().equals(command) && handled.getLabel().equals("&Observations")), "Window > Observations");
		ECommandService commands = window.getContext().get(ECommandService.class);
		EHandlerService handlers = window.getContext().get(EHandlerService.class);
		org.eclipse.core.commands.ParameterizedCommand show = commands.createCommand(command, null);
		assertTrue(handlers.canExecute(show), "a handler for it");
		handlers.executeHandler(show);
		Keys.waitFor(() -> view() != null, "Window > Observations shows the view");
		return view();
	}

	private static ObservationsPart view() {
		MPart part = window().getContext().get(EPartService.class).findPart(ObservationsPart.ID);
		return part != null && part.getObject() instanceof ObservationsPart view ? view : null;
	}

	private static ObservationEditorPart editor() {
		MPart active = window().getContext().get(EPartService.class).getActivePart();
		return active != null && active.getObject() instanceof ObservationEditorPart editor ? editor : null;
	}

	private static MPart partOf(ObservationEditorPart editor) {
		return window().getContext().get(EPartService.class).getParts().stream().filter(part -> part.getObject() == editor).findFirst().orElseThrow();
	}

	private static DirectObservation stored(DirectObservation observation) {
		return store.records().find(DirectObservation.class, observation.getId()).orElseThrow();
	}

	private static String labels(org.eclipse.swt.widgets.Composite composite) {
		StringBuilder text = new StringBuilder();
		for (Control child : composite.getChildren()) {
			if (child.isVisible() && child instanceof org.eclipse.swt.widgets.Label label) {
				text.append(label.getText()).append('\n');
			} else if (child.isVisible() && child instanceof org.eclipse.swt.widgets.Composite inner) {
				text.append(labels(inner));
			}
		}
		return text.toString();
	}

	private static Shell mainShell() {
		return Arrays.stream(Display.getCurrent().getShells()).filter(shell -> shell.getData("modelElement") instanceof MWindow).findFirst().orElseThrow();
	}

	private static MWindow window() {
		return (MWindow) mainShell().getData("modelElement");
	}

	private static SignedIn signedIn() {
		return window().getContext().get(SignedIn.class);
	}

	/** Signs in as them for real, with their password (an account is made for them the first time). */
	private static void signInAs(StaffMember staff) {
		org.qaworkbench.testing.StaffAccounts.signIn(staff.getUserId(), signedIn()::signIn);
	}

	private static Clock onToday() {
		return Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
	}

	private static void setClock(LocalDate on) {
		window().getContext().get(MApplication.class).getContext().set(Clock.class, Clock.fixed(on.atTime(10, 0).atZone(ZONE).toInstant(), ZONE));
	}

	private static <T extends org.qaworkbench.model.Identified> T named(T record, String name) {
		((Locality) record).setName(name);
		return record;
	}

	private static StaffMember staff(String name, String userId, Role role, StaffMember lineManager, Locality locality, Team team) {
		StaffMember staff = QA.createStaffMember();
		staff.setName(name);
		staff.setUserId(userId);
		staff.getRoles().add(role);
		staff.setLineManager(lineManager);
		staff.setLocality(locality);
		staff.setTeam(team);
		staff.setStartDate(LocalDate.of(2019, 4, 1));
		return staff;
	}
}
