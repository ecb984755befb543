package org.qaworkbench.audits.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.core.audits.AuditWorkflow;
import org.qaworkbench.core.cli.QaCommand;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.model.Answer;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.Locality;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.Role;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.model.SupervisionContract;
import org.qaworkbench.model.SupervisionState;
import org.qaworkbench.model.Team;
import org.qaworkbench.testing.CommandRun;
import org.qaworkbench.testing.TestAccounts;

/**
 * {@code qa supervision-audit}: started for a team with a seed (the same seed, the same files), drawn again with a
 * reason, shown with its evidence, and printed like the form once ticked and completed.
 */
class SupervisionAuditCommandPTest {

	private static final ZoneId ZONE = ZoneId.of("Europe/London");
	private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
	private static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);

	@TempDir
	static Path temp;
	private static CommandsSignedIn signIn;
	private static Clock clockBefore;

	@BeforeAll
	static void data() throws Exception {
		Path data = temp.resolve("data");
		try (Store store = TestAccounts.open(data)) {
			Actor admin = new Actor("admin");
			Locality locality = QaFactory.eINSTANCE.createLocality();
			locality.setName("Hadley Castle");
			locality = store.records().save(locality, admin);
			Team team = QaFactory.eINSTANCE.createTeam();
			team.setName("Hadley SF");
			team.setLocality(locality);
			team = store.records().save(team, admin);
			StaffMember sdm = store.records().save(member("Dana Manager", Role.SERVICE_DELIVERY_MANAGER, null, locality, null), admin);
			StaffMember leader = store.records().save(member("Ann Leader", Role.TEAM_LEADER, sdm, locality, team), admin);
			for (String name : List.of("Ash Worker", "Bo Worker", "Cy Worker", "Di Worker", "Ed Worker")) {
				StaffMember worker = store.records().save(member(name, Role.PRACTITIONER, leader, locality, team), admin);
				SupervisionContract contract = QaFactory.eINSTANCE.createSupervisionContract();
				contract.setSupervisor(leader);
				contract.setSupervisee(worker);
				contract.setFrequencyPeriod("P1M");
				contract.setState(SupervisionState.SIGNED);
				contract.setReviewOn(LocalDate.of(2027, 2, 3));
				contract.setSignedBySuperviseeOn(LocalDate.of(2026, 2, 3));
				contract.setSignedBySupervisorOn(LocalDate.of(2026, 2, 3));
				store.records().save(contract, admin);
			}
		}
		signIn = CommandsSignedIn.on(data, temp);
		clockBefore = SupervisionAuditCommand.clock;
		SupervisionAuditCommand.clock = CLOCK;
	}

	@AfterAll
	static void restore() throws Exception {
		signIn.close();
		SupervisionAuditCommand.clock = clockBefore;
	}

	@Test
	void startRedrawShowAndExportAPdfLikeTheForm() throws Exception {
		CommandRun refused = run("start", "--team", "Hadley SF", "--as", "ash.worker");
		assertEquals(QaCommand.FAILED, refused.exitCode());
		assertTrue(refused.err().contains("You may not start a supervision audit (only: team leader, service delivery manager). You are signed in as Ash Worker (practitioner)."),
				refused.err());
		assertEquals(QaCommand.USAGE, run("start", "--team", "Hadley SF", "--files", "9", "--as", "dana.manager").exitCode());
		assertEquals(QaCommand.USAGE, run("start", "--team", "Hadley SF", "--seed", "x", "--as", "dana.manager").exitCode());

		CommandRun start = run("start", "--team", "hadley sf", "--files", "4", "--seed", "1234", "--as", "dana.manager");
		assertEquals(0, start.exitCode(), start.err());
		List<String> lines = start.out().lines().toList();
		assertTrue(lines.get(0).startsWith("started supervision audit "), start.out());
		long id = Long.parseLong(lines.get(0).replaceAll("\\D+(\\d+).*", "$1"));
		assertEquals("team Hadley SF, seed 1234, drawn from 5: Ash Worker, Bo Worker, Cy Worker, Di Worker, Ed Worker", lines.get(1));
		List<String> files = lines.subList(2, 6);

		CommandRun again = run("start", "--team", "Hadley SF", "--as", "dana.manager");
		assertTrue(again.out().startsWith("carrying on with supervision audit " + id), again.out());
		assertEquals(files, again.out().lines().toList().subList(2, 6), "the draft's sample, as drawn");

		assertEquals(QaCommand.USAGE, run("redraw", "--id", String.valueOf(id), "--as", "dana.manager").exitCode(), "a redraw needs its reason");
		CommandRun redraw = run("redraw", "--id", String.valueOf(id), "--reason", "Bo has left the team", "--seed", "1234", "--as", "dana.manager");
		assertEquals(0, redraw.exitCode(), redraw.err());
		assertEquals(files, redraw.out().lines().toList().subList(2, 6), "the same seed on the same list draws the same files");

		CommandRun notTheirs = run("show", "--id", String.valueOf(id), "--as", "ash.worker");
		assertEquals(QaCommand.FAILED, notTheirs.exitCode());
		assertEquals("qa: You may not see supervision audit " + id + ": it is about people, and goes only to those who wrote it and their management line.\n",
				notTheirs.err());
		assertEquals("", notTheirs.out(), "nothing of the sample or the evidence");
		CommandRun show = run("show", "--id", String.valueOf(id), "--as", "dana.manager");
		assertEquals(0, show.exitCode(), show.err());
		assertTrue(show.out().contains("  1. contract signed 03/02/2026, review due 03/02/2027 [Y]"), show.out());
		assertTrue(show.out().contains("  12. no open child protection case: not applicable [NA]"), show.out());

		String firstFile = files.get(0).substring(files.get(0).indexOf(": ") + 2);
		completeWithTicks(id);
		Path pdf = temp.resolve("supervision-audit.pdf");
		CommandRun export = run("export", "--id", String.valueOf(id), "--format", "pdf", "--out", pdf.toString(), "--as", "dana.manager");
		assertEquals(0, export.exitCode(), export.err());
		String text;
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
		for (String expected : List.of("Supervision audit tool", "Random seed 1234", "Bo has left the team", "1. " + firstFile, "Is there a supervision agreement?",
				"Total per file 12 11 11 11 45", "Is there a supervision agreement? Y Y Y Y 4", "Y N/A N/A N/A 1",
				"Any comments Contracts in place.", "Name of supervisor Ann Leader", "Date of audit 30/11/2026", "Auditor Dana Manager",
				"contract signed 03/02/2026, review due 03/02/2027 (suggests Y)", "Completion")) {
			assertTrue(text.contains(expected), "'" + expected + "' in: " + text);
		}
	}

	/** Ticks every file of every question (Q12 applies to the first file only), then completes as the SDM. */
	private static void completeWithTicks(long id) throws Exception {
		try (Store store = TestAccounts.open(temp.resolve("data"))) {
			Assessment audit = EcoreUtil.copy(store.records().find(Assessment.class, id).orElseThrow());
			for (int question = 1; question <= 12; question++) {
				for (int file = 1; file <= 4; file++) {
					answer(audit, "question-" + question, file, question == 12 && file > 1 ? "NA" : "Y");
				}
			}
			answer(audit, "audit-date", 0, "2026-11-30");
			answer(audit, "audit-comments", 0, "Contracts in place.");
			Actor sdm = new Actor("dana.manager");
			new AuditWorkflow(store, CLOCK).complete(store.records().save(audit, sdm), sdm);
		}
	}

	private static void answer(Assessment audit, String itemId, int file, String value) {
		audit.getAnswers().removeIf(a -> itemId.equals(a.getItemId()) && a.getFileIndex() == file);
		Answer answer = QaFactory.eINSTANCE.createAnswer();
		answer.setItemId(itemId);
		answer.setFileIndex(file);
		answer.setValue(value);
		audit.getAnswers().add(answer);
	}

	private static StaffMember member(String name, Role role, StaffMember lineManager, Locality locality, Team team) {
		StaffMember staff = QaFactory.eINSTANCE.createStaffMember();
		staff.setName(name);
		staff.setUserId(name.toLowerCase().replace(' ', '.'));
		staff.getRoles().add(role);
		staff.setLineManager(lineManager);
		staff.setLocality(locality);
		staff.setTeam(team);
		staff.setStartDate(LocalDate.of(2020, 1, 6));
		return staff;
	}

	private static CommandRun run(String... arguments) throws Exception {
		return CommandRun.of(new SupervisionAuditCommand(), arguments);
	}
}
