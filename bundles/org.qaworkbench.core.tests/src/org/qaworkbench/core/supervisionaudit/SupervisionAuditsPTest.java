package org.qaworkbench.core.supervisionaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.core.audits.AuditWorkflow;
import org.qaworkbench.core.checklists.scoring.Scoring;
import org.qaworkbench.core.checklists.scoring.ScoreCard;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.InvalidRecordException;
import org.qaworkbench.core.store.NotPermittedException;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.testing.TestAccounts;
import org.qaworkbench.model.Answer;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.AssessmentState;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.Item;
import org.qaworkbench.model.ItemKind;
import org.qaworkbench.model.Locality;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.Role;
import org.qaworkbench.model.SampleDraw;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.model.SupervisionContract;
import org.qaworkbench.model.SupervisionState;
import org.qaworkbench.model.Team;

/** The supervision audit in a real store: who may start it, the sample drawn and kept, redraws, evidence, completion. */
class SupervisionAuditsPTest {

	private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
	private static final Actor ADMIN = new Actor("admin");
	private static final Actor SDM = new Actor("sam.manager");
	private static final Actor LEADER = new Actor("ann.leader");

	@TempDir
	Path temp;

	@Test
	void theSampleIsDrawnWithItsSeedAndListRecordedAndTheSameSeedDrawsTheSameFiles() throws Exception {
		try (Store store = TestAccounts.open(temp.resolve("data"))) {
			Team team = team(store, 7);
			SupervisionAudits audits = audits(store);

			Assessment audit = audits.start(team, 5, 8675309L, SDM);

			Assessment stored = store.records().find(Assessment.class, audit.getId()).orElseThrow();
			assertEquals(1, stored.getSampleDraws().size());
			SampleDraw draw = stored.getSampleDraws().get(0);
			assertEquals(8675309L, draw.getSeed());
			assertEquals(team.getId(), draw.getTeam().getId());
			List<Long> drawnFrom = SampleDraws.decode(draw.getDrawnFrom());
			assertEquals(audits.supervisees(team, who(store, "sam.manager")).stream().map(StaffMember::getId).toList(), drawnFrom,
					"drawn from the team's supervisees, in id order");
			assertEquals(7, drawnFrom.size());
			assertEquals(SampleDraws.draw(8675309L, drawnFrom, 5), SampleDraws.decode(draw.getFiles()), "the same seed and list give the same files");
			assertEquals("sam.manager", draw.getBy());
			assertEquals(NOW, draw.getAt());
			assertNull(draw.getReason());
			assertEquals(AssessmentState.DRAFT, stored.getState());
			assertEquals(team.getName(), stored.getSubjectKey());

			SupervisionAuditSample sample = audits.sample(stored).orElseThrow();
			assertEquals(5, sample.files().size());
			assertEquals(8675309L, sample.seed());
			assertEquals(SampleDraws.decode(draw.getFiles()), sample.files().stream().map(StaffMember::getId).toList(), "shown in the order drawn");
		}
	}

	@Test
	void startingAgainWithTheSameSeedOnTheSameListDrawsTheSameFiles() throws Exception {
		try (Store one = TestAccounts.open(temp.resolve("one")); Store two = TestAccounts.open(temp.resolve("two"))) {
			Assessment first = audits(one).start(team(one, 8), 6, 31337L, SDM);
			Assessment second = audits(two).start(team(two, 8), 6, 31337L, SDM);
			assertEquals(names(audits(one).sample(first).orElseThrow()), names(audits(two).sample(second).orElseThrow()));
			Assessment third = audits(two).start(other(two), 6, 31338L, new Actor("bob.leader"));
			assertNotEquals(first.getSampleDraws().get(0).getSeed(), third.getSampleDraws().get(0).getSeed());
		}
	}

	@Test
	void aRedrawKeepsTheEarlierDrawWithWhoWhenAndWhyAndClearsTheTicks() throws Exception {
		try (Store store = TestAccounts.open(temp.resolve("data"))) {
			SupervisionAudits audits = audits(store);
			Assessment audit = audits.start(team(store, 8), 4, 11L, SDM);
			Assessment ticked = EcoreUtil.copy(audit);
			tick(ticked, "question-1", 1, "Y");
			ticked = store.records().save(ticked, SDM);
			final Assessment toRedraw = ticked;

			InvalidRecordException noReason = assertThrows(InvalidRecordException.class, () -> audits.redraw(toRedraw, "  ", 12L, SDM));
			assertEquals("Say why the sample is drawn again: the reason is kept with the audit", noReason.problems().get(0).message());
			assertThrows(NotPermittedException.class, () -> audits.redraw(toRedraw, "Pat is on leave", 12L, LEADER), "only the auditor redraws");
			assertEquals(1, store.records().find(Assessment.class, audit.getId()).orElseThrow().getSampleDraws().size(), "a refused redraw changes nothing");

			Assessment redrawn = audits.redraw(toRedraw, "Pat Worker 2 has been on leave for the whole period", 12L, SDM);

			Assessment stored = store.records().find(Assessment.class, audit.getId()).orElseThrow();
			assertEquals(2, stored.getSampleDraws().size());
			assertEquals(11L, stored.getSampleDraws().get(0).getSeed(), "the first draw stays on record");
			SampleDraw again = stored.getSampleDraws().get(1);
			assertEquals(List.of(12L, "sam.manager", NOW, "Pat Worker 2 has been on leave for the whole period"),
					List.of(again.getSeed(), again.getBy(), again.getAt(), again.getReason()));
			assertEquals(SampleDraws.draw(12L, SampleDraws.decode(again.getDrawnFrom()), 4), SampleDraws.decode(again.getFiles()));
			assertEquals(12L, audits.sample(redrawn).orElseThrow().seed(), "the last draw is the sample");
			assertTrue(stored.getAnswers().stream().noneMatch(a -> a.getFileIndex() > 0 && !"NA".equals(a.getValue())), "the ticks of the old files are cleared");
		}
	}

	@Test
	void onlyAServiceDeliveryManagerOfItsLocalityOrItsTeamLeaderStartsOneAndOnlyWithFourToEightFiles() throws Exception {
		try (Store store = TestAccounts.open(temp.resolve("data"))) {
			Team team = team(store, 6);
			SupervisionAudits audits = audits(store);
			NotPermittedException practitioner = assertThrows(NotPermittedException.class, () -> audits.start(team, 4, 1L, new Actor("pat.worker.1")));
			assertTrue(practitioner.getMessage().startsWith("You may not start a supervision audit"), practitioner.getMessage());
			NotPermittedException otherTeam = assertThrows(NotPermittedException.class, () -> audits.start(other(store), 4, 1L, LEADER), "a team leader audits their own team");
			assertTrue(otherTeam.getMessage().contains("may not audit the supervision of Telford South"), otherTeam.getMessage());
			InvalidRecordException nine = assertThrows(InvalidRecordException.class, () -> audits.start(team, 9, 1L, SDM));
			assertEquals("A supervision audit looks at 4 to 8 supervision files, not 9", nine.problems().get(0).message());
			assertEquals(0, store.records().count(Assessment.class), "nothing stored when refused");
			assertEquals(4, audits.sample(audits.start(team, 4, 1L, LEADER)).orElseThrow().files().size());
			assertTrue(audits.draftFor(team).isPresent(), "the draft is found again for its team");
		}
	}

	@Test
	void evidenceIsComputedForEachFileAndNeverTicksAnything() throws Exception {
		try (Store store = TestAccounts.open(temp.resolve("data"))) {
			Team team = team(store, 4);
			for (StaffMember worker : store.records().where(StaffMember.class, org.qaworkbench.model.QaPackage.Literals.STAFF_MEMBER__TEAM, team)) {
				if (worker.getRoles().contains(Role.PRACTITIONER)) {
					SupervisionContract contract = QaFactory.eINSTANCE.createSupervisionContract();
					contract.setSupervisee(worker);
					contract.setSupervisor(who(store, "ann.leader"));
					contract.setFrequencyPeriod("P6W");
					contract.setState(SupervisionState.SIGNED);
					contract.setReviewOn(LocalDate.of(2027, 2, 3));
					contract.setSignedBySuperviseeOn(LocalDate.of(2026, 2, 3));
					contract.setSignedBySupervisorOn(LocalDate.of(2026, 2, 3));
					store.records().save(contract, ADMIN);
				}
			}
			SupervisionAudits audits = audits(store);
			Assessment audit = audits.start(team, 4, 5L, SDM);
			SupervisionAuditSample sample = audits.sample(audit).orElseThrow();

			Map<Long, Map<String, FileEvidence>> evidence = audits.evidence(audit);

			assertEquals(4, evidence.size());
			FileEvidence agreement = evidence.get(sample.file(1).getId()).get(SupervisionAuditQuestions.AGREEMENT);
			assertEquals(new FileEvidence("contract signed 03/02/2026, review due 03/02/2027", "Y"), agreement);
			Assessment after = store.records().find(Assessment.class, audit.getId()).orElseThrow();
			assertTrue(after.getAnswers().stream().filter(a -> a.getFileIndex() > 0).allMatch(a -> "NA".equals(a.getValue())),
					"evidence suggests; no file is ticked or crossed by it");
			assertTrue(after.getAnswers().stream().noneMatch(a -> a.getFileIndex() >= 1 && a.getFileIndex() <= 4), "the four sampled files are all unanswered");
			assertEquals(audit.getRowVersion(), after.getRowVersion(), "nothing saved by reading evidence");
		}
	}

	@Test
	void ticksAndNotApplicableAddUpPerQuestionAndPerFileAndTheAuditCompletesThroughTheWorkflow() throws Exception {
		try (Store store = TestAccounts.open(temp.resolve("data"))) {
			SupervisionAudits audits = audits(store);
			Assessment audit = EcoreUtil.copy(audits.start(team(store, 6), 4, 99L, SDM));
			ChecklistDefinition definition = store.definitions().find(audit.getDefinitionHash()).orElseThrow();
			assertEquals("1.1.0", definition.getVersion());
			List<Item> questions = new ArrayList<>();
			definition.getSections().forEach(section -> section.getItems().stream().filter(item -> item.getKind() == ItemKind.TICK_MATRIX).forEach(questions::add));
			assertEquals(8, questions.get(0).getMatrixFiles());
			for (Item question : questions) {
				for (int file = 1; file <= 4; file++) {
					// File 1 ticked throughout, file 2 crossed, files 3 and 4 ticked but N/A for Q12.
					String value = file == 2 ? "N" : question.getItemId().equals("question-12") && file > 2 ? "NA" : "Y";
					tick(audit, question.getItemId(), file, value);
				}
			}
			answer(audit, "audit-date", "2026-11-30");
			answer(audit, "audit-comments", "Contracts in place; frequency slipping over the summer.");

			ScoreCard scores = Scoring.score(definition, audit);
			assertEquals(List.of(12, 0, 11, 11, 0, 0, 0, 0), scores.fileTotals("questions"), "ticks per file; no file beyond the sample");
			assertEquals(3, scores.matrixTotals("question-1").orElseThrow().total());
			assertEquals(1, scores.matrixTotals("question-12").orElseThrow().total(), "N/A is neither tick nor cross");

			Assessment completed = new AuditWorkflow(store, clock()).complete(store.records().save(audit, SDM), SDM);

			assertEquals(AssessmentState.COMPLETED, completed.getState());
			assertEquals(LocalDate.of(2026, 11, 30), completed.getCompletedOn());
			assertEquals("sam.manager", completed.getSignOffs().get(0).getBy());
			assertEquals("Sam Manager", completed.getAnswers().stream().filter(a -> "audit-auditor".equals(a.getItemId())).findFirst().map(Answer::getValue).orElseThrow(),
					"the auditor is filled in from who started it");
		}
	}

	private static void tick(Assessment audit, String itemId, int file, String value) {
		audit.getAnswers().removeIf(a -> itemId.equals(a.getItemId()) && a.getFileIndex() == file);
		Answer answer = QaFactory.eINSTANCE.createAnswer();
		answer.setItemId(itemId);
		answer.setFileIndex(file);
		answer.setValue(value);
		audit.getAnswers().add(answer);
	}

	private static void answer(Assessment audit, String itemId, String value) {
		tick(audit, itemId, 0, value);
	}

	private static List<String> names(SupervisionAuditSample sample) {
		return sample.files().stream().map(StaffMember::getName).toList();
	}

	private static Clock clock() {
		return Clock.fixed(NOW, ZoneOffset.UTC);
	}

	private static SupervisionAudits audits(Store store) {
		return new SupervisionAudits(store, clock());
	}

	private static StaffMember who(Store store, String userId) {
		return store.records().where(StaffMember.class, org.qaworkbench.model.QaPackage.Literals.STAFF_MEMBER__USER_ID, userId).get(0);
	}

	/** Wellington North: a team leader and {@code practitioners} practitioners, under Sam Manager (SDM of Wellington). */
	private static Team team(Store store, int practitioners) throws Exception {
		Locality locality = QaFactory.eINSTANCE.createLocality();
		locality.setName("Wellington");
		locality = store.records().save(locality, ADMIN);
		Team team = QaFactory.eINSTANCE.createTeam();
		team.setName("Wellington North");
		team.setLocality(locality);
		team = store.records().save(team, ADMIN);
		StaffMember sdm = store.records().save(member("Sam Manager", Role.SERVICE_DELIVERY_MANAGER, null, locality, null), ADMIN);
		StaffMember leader = store.records().save(member("Ann Leader", Role.TEAM_LEADER, sdm, locality, team), ADMIN);
		for (int i = 1; i <= practitioners; i++) {
			store.records().save(member("Pat Worker " + i, Role.PRACTITIONER, leader, locality, team), ADMIN);
		}
		return team;
	}

	/** Another locality's team, with its own leader and two practitioners. */
	private static Team other(Store store) throws Exception {
		Locality locality = QaFactory.eINSTANCE.createLocality();
		locality.setName("Telford");
		locality = store.records().save(locality, ADMIN);
		Team team = QaFactory.eINSTANCE.createTeam();
		team.setName("Telford South");
		team.setLocality(locality);
		team = store.records().save(team, ADMIN);
		StaffMember leader = store.records().save(member("Bob Leader", Role.TEAM_LEADER, null, locality, team), ADMIN);
		for (int i = 1; i <= 5; i++) {
			store.records().save(member("Pip Other " + i, Role.PRACTITIONER, leader, locality, team), ADMIN);
		}
		return team;
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
}
