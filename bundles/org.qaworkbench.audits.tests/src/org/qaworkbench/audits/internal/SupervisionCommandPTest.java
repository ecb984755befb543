package org.qaworkbench.audits.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
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
import org.qaworkbench.audits.ComplianceCsv;
import org.qaworkbench.core.cli.QaCommand;
import org.qaworkbench.core.export.SpreadsheetCells;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.supervision.Supervision;
import org.qaworkbench.core.supervision.SupervisionForm;
import org.qaworkbench.core.supervision.SupervisionForms;
import org.qaworkbench.model.Allocation;
import org.qaworkbench.model.Case;
import org.qaworkbench.model.CaseStatus;
import org.qaworkbench.model.CaseworkSupervision;
import org.qaworkbench.model.Child;
import org.qaworkbench.model.Item;
import org.qaworkbench.model.Locality;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.Role;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.model.SupervisionContract;
import org.qaworkbench.model.SupervisionRecord;
import org.qaworkbench.model.Team;
import org.qaworkbench.testing.CommandRun;
import org.qaworkbench.testing.TestAccounts;

/**
 * {@code qa supervision due|list|export|compliance} on a small service: a signed contract, a signed record with its
 * sessions log line and a missed session, casework supervision of one case and none of another, and a practitioner of
 * another locality (whose name a spreadsheet would run as a formula) who sees none of the first's.
 */
class SupervisionCommandPTest {

	private static final ZoneId ZONE = ZoneId.systemDefault();
	private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

	@TempDir
	static Path temp;
	private static CommandsSignedIn signIn;
	private static Clock clockBefore;
	private static long contract;
	private static long record;
	private static long casework;

	@BeforeAll
	static void data() throws Exception {
		Path data = temp.resolve("data");
		Clock clock = Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
		try (Store store = TestAccounts.open(data)) {
			Actor admin = new Actor("admin");
			Locality hadley = save(store, locality("Hadley Castle"));
			Locality wrekin = save(store, locality("The Wrekin"));
			Team hadleyTeam = team("Hadley SF", hadley);
			hadleyTeam = save(store, hadleyTeam);
			StaffMember leader = store.records().save(member("Ann Leader", Role.TEAM_LEADER, null, hadley, null), admin);
			StaffMember senior = store.records().save(member("Sue Senior", Role.SENIOR_PRACTITIONER, leader, hadley, hadleyTeam), admin);
			StaffMember worker = store.records().save(member("Pat Worker", Role.PRACTITIONER, senior, hadley, hadleyTeam), admin);
			StaffMember otherLeader = store.records().save(member("Bob Leader", Role.TEAM_LEADER, null, wrekin, null), admin);
			StaffMember other = member("=HYPERLINK(\"http://x\") Pip", Role.PRACTITIONER, otherLeader, wrekin, null);
			other.setUserId("pip.other");
			store.records().save(other, admin);
			Actor sue = new Actor("sue.senior");
			Actor pat = new Actor("pat.worker");
			Supervision supervision = new Supervision(store, clock);

			SupervisionContract signed = supervision.startContract(worker, sue);
			signed.setStorage("Team drive, supervision folder");
			signed = supervision.sign(supervision.sign(supervision.save(signed, sue), pat), sue);
			contract = signed.getId();

			SupervisionRecord session = supervision.startRecord(worker, TODAY.minusWeeks(5), sue);
			session.getAgendaItems().get(1).setDiscussion("Discussed the DA course");
			session.getAgendaItems().get(1).setActions("Book the DA course");
			session.getAgendaItems().get(1).setByWhom("PW");
			session.getAgendaItems().get(1).setTimescale("End of March");
			session.setNextOn(TODAY.plusDays(2));
			session.setNextTime("14:30");
			record = supervision.sign(supervision.sign(session, sue), pat).getId();
			supervision.recordMissed(worker, TODAY.minusWeeks(2), "Supervisee on annual leave", TODAY.plusDays(2), sue);

			Case supervised = store.records().save(aCase("LL100042", "Jamie Example", CaseStatus.CHILD_PROTECTION, hadley, senior, worker), admin);
			store.records().save(aCase("LL100043", "Sam Example", CaseStatus.EARLY_HELP, hadley, senior, worker), admin);
			CaseworkSupervision written = supervision.startCasework(supervised, TODAY.minusDays(3), sue);
			written.setWhatHasHappened("Core group held; school attendance better");
			written.setRiskAnalysis("Risk reduced but still present");
			var action = QaFactory.eINSTANCE.createAgreedAction();
			action.setAction("Visit the school");
			action.setByWhom("Pat Worker");
			action.setDueOn(TODAY.plusWeeks(2));
			written.getActions().add(action);
			casework = supervision.sign(written, sue).getId();
		}
		signIn = CommandsSignedIn.on(data, temp);
		clockBefore = SupervisionCommand.clock;
		SupervisionCommand.clock = clock;
	}

	@AfterAll
	static void restore() throws Exception {
		signIn.close();
		SupervisionCommand.clock = clockBefore;
	}

	@Test
	void duePrintsEachSuperviseeEachOpenCaseAndTheRollUpsAsThePersonMaySeeThem() throws Exception {
		CommandRun due = run("due", "--as", "ann.leader");
		assertEquals(0, due.exitCode(), due.err());
		List<String> lines = due.lines();
		String pat = lines.stream().filter(line -> line.startsWith("Pat Worker")).findFirst().orElseThrow(() -> new AssertionError(due.out()));
		assertTrue(pat.contains("Hadley SF") && pat.contains("Sue Senior") && pat.contains("signed, review 10/03/2027") && pat.contains("6-weekly")
				&& pat.contains(TODAY.minusWeeks(5).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))) && pat.contains("1 missed")
				&& !pat.endsWith("OVERDUE"), pat);
		assertFalse(due.out().contains("HYPERLINK"), "another locality's practitioner is not in this line");
		String cp = lines.stream().filter(line -> line.startsWith("LL100042")).findFirst().orElseThrow();
		assertTrue(cp.contains("CP") && cp.contains("07/03/2026") && cp.contains("07/04/2026") && !cp.endsWith("OVERDUE"), cp);
		String never = lines.stream().filter(line -> line.startsWith("LL100043")).findFirst().orElseThrow();
		assertTrue(never.contains("never"), never);
		assertTrue(lines.contains("Teams") && lines.contains("Localities"), due.out());
		assertTrue(lines.stream().anyMatch(line -> line.startsWith("Hadley SF: 2 supervisees")), due.out());

		CommandRun sue = run("due", "--as", "sue.senior", "--supervisor", "Sue Senior");
		assertEquals(List.of("Pat Worker"), sue.lines().stream().filter(line -> line.startsWith("Pat") || line.startsWith("Sue")).map(line -> line.substring(0, 10))
				.toList(), "the filter takes Sue's supervisees only");
		assertEquals(QaCommand.USAGE, run("due", "--as", "ann.leader", "--team", "No Such Team").exitCode());
		assertEquals(QaCommand.USAGE, run("due", "--as", "ann.leader", "--locality", "Atlantis").exitCode());
	}

	@Test
	void listShowsContractsAndRecordsOnlyToThoseWhoMaySeeThemAndCaseworkWithTheCase() throws Exception {
		CommandRun list = run("list", "--as", "pat.worker");
		assertEquals(0, list.exitCode(), list.err());
		assertEquals(2, list.lines().size(), list.out());
		assertTrue(list.lines().get(0).startsWith(contract + " ") && list.lines().get(0).contains("contract") && list.lines().get(0).contains("6-weekly"), list.out());
		assertTrue(list.lines().get(1).startsWith(record + " ") && list.lines().get(1).contains("12/03/2026 14:30"), list.out());
		assertEquals(List.of("No supervision you may see."), run("list", "--as", "pip.other").lines());
		CommandRun cases = run("list", "--as", "pip.other", "--case", "LL100042");
		assertTrue(cases.lines().get(0).startsWith(casework + " ") && cases.lines().get(0).contains("casework"), cases.out());
	}

	@Test
	void theContractPdfHoldsTheWordingVerbatimAndTheRecordAndCaseworkPdfsWhatWasWritten() throws Exception {
		String text = pdf(contract, "pat.worker");
		SupervisionForm form = SupervisionForms.newest(SupervisionForms.CONTRACT).orElseThrow();
		for (String section : List.of(SupervisionForm.EXPECTATIONS, SupervisionForm.PURPOSES, SupervisionForm.ARRANGEMENTS, SupervisionForm.AGREEMENTS)) {
			for (Item item : form.items(section)) {
				assertTrue(text.contains(item.getText()), item.getText() + " in:\n" + text);
			}
		}
		for (String expected : List.of("Between: Supervisor:", "Sue Senior", "And supervisee:", "Pat Worker", "Agreed: 6-weekly", "Team drive, supervision folder",
				"Signed by supervisee:", "Signed by the supervisor", "12 months; review due 10/03/2027")) {
			assertTrue(text.contains(expected), expected + " in:\n" + text);
		}
		String recordText = pdf(record, "ann.leader");
		for (String expected : List.of("Name of Supervisee:", "Date & Time of Next Supervision:", "12/03/2026 14:30", "Items Discussed",
				"Decisions Taken and Action Required", "By Whom and Timescale", "Agenda items", "Holidays, Toil or Flexi",
				"Case load decisions and actions recorded on Protocol", "Discussed the DA course", "Book the DA course", "End of March",
				"Signed by the supervisee")) {
			assertTrue(recordText.contains(expected), expected + " in:\n" + recordText);
		}
		String caseworkText = pdf(casework, "pip.other");
		for (String expected : List.of("Liquid Logic Number", "LL100042", "Jamie Example", "Case Status", "CP", "Analysis of current risk and is this risk being managed",
				"Risk reduced but still present", "Core group held; school attendance better", "Visit the school", "24/03/2026")) {
			assertTrue(caseworkText.contains(expected), expected + " in:\n" + caseworkText);
		}
	}

	@Test
	void theSessionsLogPdfHasALinePerSessionHeldOrMissedAsOnAppendixC() throws Exception {
		Path file = temp.resolve("sessions.pdf");
		CommandRun export = run("export", "--as", "ann.leader", "--sessions-of", "pat.worker", "--format", "pdf", "--out", file.toString());
		assertEquals(0, export.exitCode(), export.err());
		assertEquals("Wrote the supervision sessions of Pat Worker to " + file + "\n", export.out());
		String text;
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
		String held = TODAY.minusWeeks(5).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		String missed = TODAY.minusWeeks(2).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		for (String expected : List.of("RECORD OF SUPERVISION SESSIONS", "Name: Pat Worker", "Date Employment Commenced: 06/01/2020", "Supervisor: Sue Senior",
				"Team drive, supervision folder", "Initials", "Session Missed (Why?)", "Date of Next Session", "Where Records are Kept",
				held + " SS 12/03/2026", missed + " Supervisee on annual leave 12/03/2026")) {
			assertTrue(text.contains(expected), expected + " in:\n" + text);
		}
		assertTrue(text.indexOf(held) < text.indexOf(missed), "in date order: " + text);

		Path theirs = temp.resolve("not-their-sessions.pdf");
		CommandRun refused = run("export", "--as", "pip.other", "--sessions-of", "Pat Worker", "--format", "pdf", "--out", theirs.toString());
		assertEquals(QaCommand.FAILED, refused.exitCode());
		assertTrue(refused.err().contains("confidential"), refused.err());
		assertFalse(Files.exists(theirs));
		assertEquals(QaCommand.USAGE, run("export", "--as", "ann.leader", "--sessions-of", "nobody.here", "--format", "pdf", "--out", "x").exitCode());
		assertEquals(QaCommand.USAGE, run("export", "--as", "ann.leader", "--sessions-of", "pat.worker", "--id", "1", "--format", "pdf", "--out", "x").exitCode());
	}

	@Test
	void theComplianceCsvHasARowPerSuperviseeAndOpenCaseAndNeutralisesFormulae() throws Exception {
		Path csv = temp.resolve("compliance.csv");
		CommandRun export = run("compliance", "--as", "bob.leader", "--format", "csv", "--out", csv.toString());
		assertEquals(0, export.exitCode(), export.err());
		List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
		assertEquals(String.join(",", ComplianceCsv.COLUMNS), lines.get(0));
		assertTrue(lines.stream().anyMatch(line -> line.startsWith("supervisee,") && line.contains(",\"'=HYPERLINK(\"\"http://x\"\") Pip\",")), lines.toString());
		assertTrue(lines.stream().noneMatch(line -> line.startsWith("supervisee,") && line.contains("Pat Worker")), "Bob's line only");
		assertTrue(lines.stream().anyMatch(line -> line.startsWith("case,") && line.contains("LL100042")), "casework goes with the case");
		assertEquals("'+1", SpreadsheetCells.neutralise("+1"));
		assertEquals("'-2", SpreadsheetCells.neutralise("-2"));
		assertEquals("'@SUM(A1)", SpreadsheetCells.neutralise("@SUM(A1)"));
		assertEquals("'\tx", SpreadsheetCells.neutralise("\tx"));
		assertEquals("'\rx", SpreadsheetCells.neutralise("\rx"));
		assertEquals("Pat", SpreadsheetCells.neutralise("Pat"));
	}

	@Test
	void confidentialRecordsAreNotExportedToOthersAndBadInputIsRefused() throws Exception {
		Path pdf = temp.resolve("not-theirs.pdf");
		CommandRun refused = run("export", "--as", "pip.other", "--id", Long.toString(record), "--format", "pdf", "--out", pdf.toString());
		assertEquals(QaCommand.FAILED, refused.exitCode());
		assertEquals("qa: there is no contract, record or casework supervision with id " + record + " that you may see.\n", refused.err());
		assertFalse(Files.exists(pdf));
		assertEquals(QaCommand.FAILED, run("list", "--as", "nobody").exitCode());
		assertEquals(QaCommand.USAGE, run("export", "--as", "ann.leader", "--id", "1", "--format", "csv", "--out", "x").exitCode());
		assertEquals(QaCommand.USAGE, run("compliance", "--as", "ann.leader", "--format", "pdf", "--out", "x").exitCode());
		assertEquals(QaCommand.USAGE, run("what").exitCode());
	}

	private static String pdf(long id, String as) throws Exception {
		Path file = temp.resolve(id + "-" + as + ".pdf");
		CommandRun export = run("export", "--as", as, "--id", Long.toString(id), "--format", "pdf", "--out", file.toString());
		assertEquals(0, export.exitCode(), export.err());
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	private static <T extends org.qaworkbench.model.Identified> T save(Store store, T record) throws Exception {
		return store.records().save(record, new Actor("admin"));
	}

	private static Locality locality(String name) {
		Locality locality = QaFactory.eINSTANCE.createLocality();
		locality.setName(name);
		return locality;
	}

	private static Team team(String name, Locality locality) {
		Team team = QaFactory.eINSTANCE.createTeam();
		team.setName(name);
		team.setLocality(locality);
		return team;
	}

	private static StaffMember member(String name, Role role, StaffMember lineManager, Locality locality, Team team) {
		StaffMember staff = QaFactory.eINSTANCE.createStaffMember();
		staff.setName(name);
		staff.setInitials(name.replaceAll("[^A-Z]", ""));
		staff.setUserId(name.toLowerCase().replace(' ', '.'));
		staff.getRoles().add(role);
		staff.setLineManager(lineManager);
		staff.setLocality(locality);
		staff.setTeam(team);
		staff.setStartDate(LocalDate.of(2020, 1, 6));
		return staff;
	}

	private static Case aCase(String number, String child, CaseStatus status, Locality locality, StaffMember lineManager, StaffMember worker) {
		Case aCase = QaFactory.eINSTANCE.createCase();
		aCase.setCaseNumber(number);
		Child person = QaFactory.eINSTANCE.createChild();
		person.setName(child);
		aCase.setChild(person);
		aCase.setStatus(status);
		aCase.setLocality(locality);
		aCase.setLineManager(lineManager);
		Allocation allocation = QaFactory.eINSTANCE.createAllocation();
		allocation.setWorker(worker);
		allocation.setAllocatedOn(TODAY.minusMonths(6));
		aCase.getAllocations().add(allocation);
		return aCase;
	}

	private static CommandRun run(String... arguments) throws Exception {
		return CommandRun.of(new SupervisionCommand(), arguments);
	}
}
