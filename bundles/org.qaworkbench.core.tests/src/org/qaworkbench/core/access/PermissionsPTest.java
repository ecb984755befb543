package org.qaworkbench.core.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.qaworkbench.core.audits.AuditThemes;
import org.qaworkbench.core.audits.AuditWorkflow;
import org.qaworkbench.core.checklists.registry.PluginFolder;
import org.qaworkbench.core.checklists.registry.TestPlugins;
import org.qaworkbench.core.observations.Observations;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.NotPermittedException;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.store.Stores;
import org.qaworkbench.core.supervision.Supervision;
import org.qaworkbench.core.supervision.SupervisionCompliance;
import org.qaworkbench.core.supervisionaudit.SupervisionAudits;
import org.qaworkbench.model.Allocation;
import org.qaworkbench.model.Answer;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.AssessmentState;
import org.qaworkbench.model.AuditTheme;
import org.qaworkbench.model.Case;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.Child;
import org.qaworkbench.model.DirectObservation;
import org.qaworkbench.model.Item;
import org.qaworkbench.model.ItemKind;
import org.qaworkbench.model.Level;
import org.qaworkbench.model.Locality;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.Role;
import org.qaworkbench.model.Scale;
import org.qaworkbench.model.Section;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.model.SubjectKind;
import org.qaworkbench.model.SupervisionContract;
import org.qaworkbench.model.Team;

/**
 * The permission matrix enforced by the real services, a cell at a time: for every role, someone holding only that
 * role is put where the relationship rules let them act (the audit's auditor, the case's line manager, the
 * practitioner's manager...), so that the role alone decides. A role the matrix allows succeeds; any other is refused
 * with "You may not ..." and nothing is stored.
 */
class PermissionsPTest {

	private static final QaFactory QA = QaFactory.eINSTANCE;
	private static final Actor ADMIN = new Actor("setup");
	private static final AtomicInteger PEOPLE = new AtomicInteger();
	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-01T10:00:00Z"), ZoneId.of("Europe/London"));

	@TempDir
	static Path temp;

	// One store for the class (opening one takes seconds): each test acts as a new person in a new team of its own.
	private static Store store;
	private static Locality hadley;
	private static StaffMember manager;
	private static StaffMember leader;
	private static StaffMember senior;
	private static StaffMember worker;
	private static String hash;

	/** The person acting in this test, holding the role under test. */
	private Actor x;
	private Team team;

	@BeforeAll
	static void open() throws Exception {
		store = Stores.open(temp.resolve("data"));
		Locality locality = QA.createLocality();
		locality.setName("Hadley");
		hadley = store.records().save(locality, ADMIN);
		manager = staff("Dana Manager", "dana", Role.SERVICE_DELIVERY_MANAGER, null, null);
		leader = staff("Terry Leader", "terry", Role.TEAM_LEADER, manager, null);
		senior = staff("Sam Senior", "sam", Role.SENIOR_PRACTITIONER, leader, null);
		worker = staff("Pat Worker", "pat", Role.PRACTITIONER, senior, null);
		hash = store.definitions().store(caseAudit(), ADMIN);
	}

	@AfterAll
	static void close() {
		store.close();
	}

	@BeforeEach
	void newPersonAndTeam() throws Exception {
		int n = PEOPLE.incrementAndGet();
		x = new Actor("x" + n);
		Team newTeam = QA.createTeam();
		newTeam.setName("Hadley " + n);
		newTeam.setLocality(hadley);
		team = store.records().save(newTeam, ADMIN);
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void completingACaseAuditAsItsAuditor(Role role) throws Exception {
		StaffMember person = person(role, leader);
		Assessment draft = store.records().save(draft(aCase(senior, worker), person), x);
		check(role, Permission.COMPLETE_CASE_AUDIT, () -> workflow().complete(draft, x), draft);
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void startingACaseAudit(Role role) throws Exception {
		StaffMember person = person(role, leader);
		check(role, Permission.START_CASE_AUDIT, () -> AuditWorkflow.mayStart(AuditWorkflow.CASE_AUDIT, person), null);
		AuditWorkflow.mayStart("org.qaworkbench.checklists.familyfeedback", person);
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void moderatingACaseAudit(Role role) throws Exception {
		person(role, leader);
		Assessment completed = completed(aCase(senior, worker));
		check(role, Permission.MODERATE_CASE_AUDIT, () -> workflow().moderate(completed, null, null, x), completed);
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void recordingTheSharingAsTheCasesLineManager(Role role) throws Exception {
		StaffMember person = person(role, leader);
		Assessment moderated = moderated(completed(aCase(person, worker)));
		check(role, Permission.SHARE_CASE_AUDIT, () -> workflow().share(moderated, LocalDate.of(2026, 4, 1), x), moderated);
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void respondingToAnAuditOfTheirOwnCase(Role role) throws Exception {
		StaffMember person = person(role, senior);
		Assessment shared = workflow().share(moderated(completed(aCase(senior, person))), LocalDate.of(2026, 4, 1), new Actor("sam"));
		check(role, Permission.RESPOND_TO_CASE_AUDIT, () -> workflow().respond(shared, "Thank you", x), shared);
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void planningAnObservation(Role role) throws Exception {
		person(role, leader);
		Observations observations = new Observations(store, CLOCK);
		long before = store.records().count(DirectObservation.class);
		check(role, Permission.PLAN_OBSERVATION, () -> observations.plan(worker, LocalDate.of(2026, 4, 8), x), null);
		assertEquals(before + (Permissions.allows(who(), Permission.PLAN_OBSERVATION) ? 1 : 0), store.records().count(DirectObservation.class));
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void seeingAnObservationOfSomeoneTheyManage(Role role) throws Exception {
		StaffMember person = person(role, leader);
		StaffMember managed = staff("Alex Managed", x.userId() + ".managed", Role.PRACTITIONER, person, team);
		DirectObservation planned = new Observations(store, CLOCK).plan(managed, LocalDate.of(2026, 4, 8), new Actor("terry"));
		Observations observations = new Observations(store, CLOCK);
		assertEquals(Permissions.rolesFor(Permission.SEE_OBSERVATION).contains(role), observations.find(planned.getId(), who()).isPresent());
		assertEquals(Permissions.rolesFor(Permission.SEE_OBSERVATION).contains(role), !observations.visibleTo(who()).isEmpty());
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void seeingTheirOwnSupervisionContract(Role role) throws Exception {
		person(role, leader);
		Supervision supervision = new Supervision(store, CLOCK);
		SupervisionContract contract = supervision.startContract(who(), new Actor("terry"));
		assertEquals(Permissions.rolesFor(Permission.SEE_SUPERVISION).contains(role),
				supervision.find(SupervisionContract.class, contract.getId(), who()).isPresent());
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void writingTheSupervisionOfSomeoneTheyManage(Role role) throws Exception {
		StaffMember person = person(role, leader);
		StaffMember managed = staff("Alex Managed", x.userId() + ".managed", Role.PRACTITIONER, person, team);
		Supervision supervision = new Supervision(store, CLOCK);
		long before = store.records().count(SupervisionContract.class);
		check(role, Permission.WRITE_SUPERVISION, () -> supervision.startContract(managed, x), null);
		assertEquals(before + (Permissions.allows(who(), Permission.WRITE_SUPERVISION) ? 1 : 0), store.records().count(SupervisionContract.class));
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void seeingTheFiguresPerTeamAndLocality(Role role) throws Exception {
		person(role, leader);
		SupervisionCompliance.Report report = new Supervision(store, CLOCK).compliance(who(), SupervisionCompliance.Filter.ALL);
		boolean figures = Permissions.rolesFor(Permission.SEE_DASHBOARDS).contains(role);
		// Everyone is supervised (all staff), so everyone sees at least their own row; only some see the figures.
		assertTrue(!report.supervisees().isEmpty());
		assertEquals(figures, !report.teams().isEmpty());
		assertEquals(figures, !report.localities().isEmpty());
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void startingTheSupervisionAuditOfTheirOwnTeam(Role role) throws Exception {
		person(role, manager);
		for (int i = 1; i <= 4; i++) {
			staff("Worker " + i, x.userId() + ".worker" + i, Role.PRACTITIONER, leader, team);
		}
		SupervisionAudits audits = new SupervisionAudits(store, CLOCK);
		long before = store.records().count(Assessment.class);
		check(role, Permission.START_SUPERVISION_AUDIT, () -> audits.start(team, 4, 7L, x), null);
		assertEquals(before + (Permissions.allows(who(), Permission.START_SUPERVISION_AUDIT) ? 1 : 0), store.records().count(Assessment.class));
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void editingTheThemes(Role role) throws Exception {
		person(role, manager);
		AuditThemes themes = new AuditThemes(store.records());
		List<AuditTheme> before = themes.all();
		AuditTheme active = themes.active().get(0);
		check(role, Permission.EDIT_THEMES, () -> themes.add("Theme of " + x.userId(), x), null);
		check(role, Permission.EDIT_THEMES, () -> themes.retire(active, x), null);
		boolean allowed = Permissions.rolesFor(Permission.EDIT_THEMES).contains(role);
		assertEquals(before.size() + (allowed ? 1 : 0), themes.all().size());
		assertEquals(allowed, themes.all().stream().anyMatch(theme -> theme.getId() == active.getId() && theme.isRetired()));
		assertEquals(allowed, themes.active().stream().anyMatch(theme -> theme.getName().equals("Theme of " + x.userId())));
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void installingAChecklistPlugin(Role role) throws Exception {
		StaffMember person = person(role, manager);
		PluginFolder plugins = new PluginFolder(temp.resolve("plugins-" + x.userId()), TestPlugins.context());
		String name = "test.permitted." + x.userId();
		Path jar = TestPlugins.plugin(temp.resolve("jars"), name, "1.0.0", "<checklist file=\"checklists/test.xmi\"/>",
				java.util.Map.of("checklists/test.xmi", TestPlugins.definition(name, "1.0.0")));
		check(role, Permission.INSTALL_CHECKLISTS, () -> plugins.install(jar, person), null);
		boolean allowed = Permissions.rolesFor(Permission.INSTALL_CHECKLISTS).contains(role);
		assertEquals(allowed, plugins.installed().stream().anyMatch(bundle -> name.equals(bundle.getSymbolicName())));
		if (allowed) {
			plugins.uninstall(name, person);
		}
	}

	/** Someone holding only {@code role}, signing in as {@link #X}, managed by {@code lineManager}, in the team. */
	private StaffMember person(Role role, StaffMember lineManager) throws Exception {
		return staff("Xan Person", x.userId(), role, lineManager, team);
	}

	private StaffMember who() {
		return store.records().where(StaffMember.class, org.qaworkbench.model.QaPackage.Literals.STAFF_MEMBER__USER_ID, x.userId()).get(0);
	}

	private static StaffMember staff(String name, String userId, Role role, StaffMember lineManager, Team team) throws Exception {
		StaffMember staff = QA.createStaffMember();
		staff.setName(name);
		staff.setInitials(name.replaceAll("[^A-Z]", ""));
		staff.setUserId(userId);
		staff.getRoles().add(role);
		staff.setLineManager(lineManager);
		staff.setLocality(hadley);
		staff.setTeam(team);
		staff.setStartDate(LocalDate.of(2020, 1, 6));
		return store.records().save(staff, ADMIN);
	}

	@FunctionalInterface
	private interface Attempt {
		void run() throws Exception;
	}

	/**
	 * Runs the attempt as {@link #X}: allowed by the matrix, it succeeds; refused, it throws "You may not ..." naming
	 * the permission, and {@code record} (when given) is stored as it was.
	 */
	private void check(Role role, Permission permission, Attempt attempt, Assessment record) throws Exception {
		boolean allowed = Permissions.rolesFor(permission).contains(role);
		assertEquals(allowed, Permissions.allows(who(), permission));
		if (allowed) {
			attempt.run();
			if (record != null) {
				assertTrue(store.records().resolve(record).orElseThrow().getRowVersion() > record.getRowVersion(), "the step was stored");
			}
			return;
		}
		NotPermittedException refused = assertThrows(NotPermittedException.class, attempt::run);
		assertEquals(Permissions.whyNot(who(), permission), refused.getMessage());
		assertTrue(refused.getMessage().startsWith("You may not "), refused.getMessage());
		if (record != null) {
			Assessment stored = store.records().resolve(record).orElseThrow();
			assertEquals(record.getRowVersion(), stored.getRowVersion(), "nothing was stored");
			assertEquals(record.getState(), stored.getState());
		}
	}

	private AuditWorkflow workflow() {
		return new AuditWorkflow(store, CLOCK);
	}

	private Assessment completed(Case aCase) throws Exception {
		return workflow().complete(store.records().save(draft(aCase, leader), ADMIN), new Actor("terry"));
	}

	private Assessment moderated(Assessment completed) throws Exception {
		return workflow().moderate(completed, null, null, new Actor("dana"));
	}

	private Case aCase(StaffMember lineManager, StaffMember allocatedTo) throws Exception {
		Case newCase = QA.createCase();
		newCase.setCaseNumber("LL" + (100000 + store.records().count(Case.class)));
		Child child = QA.createChild();
		child.setName("Child");
		child.setDateOfBirth(LocalDate.of(2015, 6, 1));
		newCase.setChild(child);
		newCase.setLocality(hadley);
		newCase.setLineManager(lineManager);
		Allocation allocation = QA.createAllocation();
		allocation.setWorker(allocatedTo);
		allocation.setAllocatedOn(LocalDate.of(2026, 1, 12));
		newCase.getAllocations().add(allocation);
		return store.records().save(newCase, ADMIN);
	}

	private Assessment draft(Case aCase, StaffMember auditor) {
		Assessment draft = QA.createAssessment();
		draft.setDefinitionId(AuditWorkflow.CASE_AUDIT);
		draft.setDefinitionVersion("1.0.0");
		draft.setDefinitionHash(hash);
		draft.setSubjectKind(SubjectKind.CASE);
		draft.setSubjectKey(aCase.getCaseNumber());
		draft.setLocality(hadley);
		draft.setStartedOn(LocalDate.of(2026, 3, 2));
		draft.setState(AssessmentState.DRAFT);
		draft.getAssessors().add(auditor);
		Answer answer = QA.createAnswer();
		answer.setItemId("q1");
		answer.setValue("2");
		draft.getAnswers().add(answer);
		return draft;
	}

	/** A one-question stand-in for the case audit's checklist: the workflow's case audit rows go by its id. */
	private static ChecklistDefinition caseAudit() {
		ChecklistDefinition definition = QA.createChecklistDefinition();
		definition.setDefinitionId(AuditWorkflow.CASE_AUDIT);
		definition.setVersion("1.0.0");
		definition.setTitle("Case audit (test)");
		definition.setSubjectKind(SubjectKind.CASE);
		Scale scale = QA.createScale();
		scale.setScaleId("grades");
		scale.setName("Grades");
		for (int i = 1; i <= 4; i++) {
			Level level = QA.createLevel();
			level.setValue(i);
			level.setLabel("Level " + i);
			scale.getLevels().add(level);
		}
		definition.getScales().add(scale);
		Section section = QA.createSection();
		section.setSectionId("basic");
		section.setTitle("Basic");
		Item item = QA.createItem();
		item.setItemId("q1");
		item.setText("Question 1");
		item.setKind(ItemKind.GRADED);
		item.setScale(scale);
		section.getItems().add(item);
		definition.getSections().add(section);
		return definition;
	}
}
