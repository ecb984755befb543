package org.qaworkbench.audits.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.core.cli.QaCommand;
import org.qaworkbench.core.observations.ObservationForm;
import org.qaworkbench.core.observations.ObservationWorkflow;
import org.qaworkbench.core.observations.ObservationWorkflow.Step;
import org.qaworkbench.core.observations.Observations;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.model.Consent;
import org.qaworkbench.model.DirectObservation;
import org.qaworkbench.model.Item;
import org.qaworkbench.model.Level;
import org.qaworkbench.model.Locality;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.Role;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.testing.CommandRun;
import org.qaworkbench.testing.TestAccounts;

/**
 * {@code qa observations due|list|export} on a small service: a signed-off observation, one planned, and a
 * practitioner of another team who sees none of it. The PDF's text holds every prompt and every answer.
 */
class ObservationsCommandPTest {

	private static final ZoneId ZONE = ZoneId.systemDefault();
	private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

	@TempDir
	static Path temp;
	private static CommandsSignedIn signIn;
	private static Clock clockBefore;
	private static long signedOff;
	private static long planned;
	private static ObservationForm form;

	@BeforeAll
	static void data() throws Exception {
		Path data = temp.resolve("data");
		Clock clock = Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
		try (Store store = TestAccounts.open(data)) {
			Actor admin = new Actor("admin");
			Locality hadley = locality(store, "Hadley Castle");
			Locality wrekin = locality(store, "The Wrekin");
			StaffMember leader = store.records().save(member("Ann Leader", Role.TEAM_LEADER, null, hadley), admin);
			StaffMember senior = store.records().save(member("Sue Senior", Role.SENIOR_PRACTITIONER, leader, hadley), admin);
			StaffMember worker = store.records().save(member("Pat Worker", Role.PRACTITIONER, senior, hadley), admin);
			StaffMember second = store.records().save(member("Kim Second", Role.PRACTITIONER, senior, hadley), admin);
			StaffMember otherLeader = store.records().save(member("Bob Leader", Role.TEAM_LEADER, null, wrekin), admin);
			store.records().save(member("Pip Other", Role.PRACTITIONER, otherLeader, wrekin), admin);
			Actor sue = new Actor("sue.senior");
			Actor pat = new Actor("pat.worker");
			Observations observations = new Observations(store, clock);
			DirectObservation observation = observations.plan(worker, TODAY.minusDays(1), sue);
			observation.setCaseNumber("LL100042");
			observation.setSetting("Home visit");
			observation.setAgreedObjectives("Objectives agreed together");
			observation.setLearningFocus("Learning focus: endings");
			observation.setObserverRole("Introduced as a colleague");
			observation.setFeedbackPlan("Feedback within a week in supervision");
			Consent consent = QaFactory.eINSTANCE.createConsent();
			consent.setGivenBy("Mother");
			consent.setGivenTo("Pat Worker");
			consent.setGivenOn(TODAY.minusDays(8));
			observation.setConsent(consent);
			form = observations.formOf(observation).orElseThrow();
			for (Item prompt : form.prompts()) {
				ObservationWorkflow.setNarrative(observation, prompt.getItemId(), "Answer to " + prompt.getItemId());
			}
			observation.setGrade(2);
			observation.setRecommendations("Plan the ending of each visit.");
			observation.setActionsDueOn(TODAY.plusMonths(3));
			observation = observations.take(Step.SHARE, observations.take(Step.RECORD, observation, sue), sue);
			observation.setPractitionerReflection("My reflection on the visit");
			observation.setPractitionerComment("My comment on the report");
			observation.setServiceUserComment("The family's comment");
			observation = observations.take(Step.REFLECT, observation, pat);
			observation = observations.take(Step.SIGN_OFF, observations.take(Step.SIGN_OFF, observation, pat), sue);
			signedOff = observation.getId();
			planned = observations.plan(second, TODAY.plusDays(5), sue).getId();
		}
		signIn = CommandsSignedIn.on(data, temp);
		clockBefore = ObservationsCommand.clock;
		ObservationsCommand.clock = clock;
	}

	@AfterAll
	static void restore() throws Exception {
		signIn.close();
		ObservationsCommand.clock = clockBefore;
	}

	@Test
	void listPrintsOneObservationPerLineItsIdFirstAndOnlyToThoseWhoMaySeeIt() throws Exception {
		CommandRun list = run("list", "--as", "ann.leader");
		assertEquals(0, list.exitCode(), list.err());
		assertEquals(2, list.lines().size(), list.out());
		assertTrue(list.lines().get(0).startsWith(signedOff + " "), list.out());
		assertTrue(list.lines().get(0).contains("Signed off") && list.lines().get(0).contains("Pat Worker") && list.lines().get(0).endsWith("Good"), list.out());
		assertTrue(list.lines().get(1).startsWith(planned + " ") && list.lines().get(1).contains("Planned"), list.out());
		assertEquals(List.of(signedOff), ids(run("list", "--as", "ann.leader", "--state", "signed off")));
		assertEquals(List.of(planned), ids(run("list", "--as", "sue.senior", "--state", "PLANNED")));
		assertEquals(List.of(signedOff), ids(run("list", "--as", "pat.worker")), "the practitioner sees their own only");
		assertEquals(List.of("No observations you may see."), run("list", "--as", "pip.other").lines());
		assertEquals(List.of("No observations you may see."), run("list", "--as", "ann.leader", "--locality", "The Wrekin").lines());
	}

	@Test
	void dueListsEachFrontlinePractitionerTheManagerLineSeesWithOverdueMarked() throws Exception {
		CommandRun due = run("due", "--as", "ann.leader");
		assertEquals(0, due.exitCode(), due.err());
		assertEquals(2, due.lines().size(), due.out());
		String kim = due.lines().get(0);
		assertTrue(kim.startsWith("Kim Second") && kim.contains("never") && kim.contains("#" + planned + " Planned") && kim.endsWith("OVERDUE"), kim);
		String pat = due.lines().get(1);
		assertTrue(pat.startsWith("Pat Worker") && pat.contains("10/03/2026  10/03/2027") && !pat.contains("OVERDUE"), pat);
		assertEquals(List.of("No practitioners you may see."), run("due", "--as", "pip.other", "--locality", "Hadley Castle").lines());
		assertEquals(1, run("due", "--as", "pip.other").lines().size(), "themself only");
	}

	@Test
	void thePdfHoldsEveryPromptAndAnswer() throws Exception {
		Path pdf = temp.resolve("observation.pdf");
		CommandRun export = run("export", "--as", "pat.worker", "--id", Long.toString(signedOff), "--format", "pdf", "--out", pdf.toString());
		assertEquals(0, export.exitCode(), export.err());
		String text;
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
		for (Item prompt : form.prompts()) {
			assertTrue(text.contains(prompt.getText().replaceAll("\\s+", " ")), prompt.getText());
			assertTrue(text.contains("Answer to " + prompt.getItemId()), prompt.getItemId());
		}
		for (String expected : List.of("Date of Observation", "09/03/2026", "Name of Practitioner", "Pat Worker", "Name of Observing Manager", "Sue Senior",
				"Child ID", "LL100042", "Setting where observation took place", "Home visit", "Mother", "Objectives agreed together",
				"Learning focus: endings", "Introduced as a colleague", "Feedback within a week in supervision",
				"Reflection of intervention from Practitioner following the visit", "My reflection on the visit", "My comment on the report",
				"The family's comment", "Plan the ending of each visit.", "Signed off by the practitioner", "Signed off by the observer")) {
			assertTrue(text.contains(expected), expected + " in:\n" + text);
		}
		for (Level level : form.grades()) {
			assertTrue(text.contains(level.getLabel()) && text.contains(level.getDescriptor().substring(0, 30)), level.getLabel());
		}
		assertTrue(text.contains("[X] Good"), "the grade is marked");
	}

	@Test
	void anotherTeamsPractitionerCannotExportItAndBadInputIsRefused() throws Exception {
		Path pdf = temp.resolve("not-theirs.pdf");
		CommandRun refused = run("export", "--as", "pip.other", "--id", Long.toString(signedOff), "--format", "pdf", "--out", pdf.toString());
		assertEquals(QaCommand.FAILED, refused.exitCode());
		assertEquals("qa: there is no observation with id " + signedOff + " that you may see.\n", refused.err());
		assertFalse(Files.exists(pdf));
		assertEquals(QaCommand.FAILED, run("list", "--as", "nobody").exitCode());
		assertEquals(QaCommand.USAGE, run("list", "--as", "ann.leader", "--state", "finished").exitCode());
		assertEquals(QaCommand.USAGE, run("export", "--as", "ann.leader", "--id", "1", "--format", "csv", "--out", "x").exitCode());
		assertEquals(QaCommand.USAGE, run("what").exitCode());
	}

	private static List<Long> ids(CommandRun run) {
		return run.lines().stream().map(line -> Long.parseLong(line.substring(0, line.indexOf(' ')))).toList();
	}

	private static Locality locality(Store store, String name) throws Exception {
		Locality locality = QaFactory.eINSTANCE.createLocality();
		locality.setName(name);
		return store.records().save(locality, new Actor("admin"));
	}

	private static StaffMember member(String name, Role role, StaffMember lineManager, Locality locality) {
		StaffMember staff = QaFactory.eINSTANCE.createStaffMember();
		staff.setName(name);
		staff.setUserId(name.toLowerCase().replace(' ', '.'));
		staff.getRoles().add(role);
		staff.setLineManager(lineManager);
		staff.setLocality(locality);
		staff.setStartDate(LocalDate.of(2020, 1, 6));
		return staff;
	}

	private static CommandRun run(String... arguments) throws Exception {
		return CommandRun.of(new ObservationsCommand(), arguments);
	}

}
