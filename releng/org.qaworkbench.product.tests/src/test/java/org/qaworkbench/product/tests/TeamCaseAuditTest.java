package org.qaworkbench.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.product.tests.Launcher.Result;
import org.qaworkbench.testing.TestPostgres;

/**
 * The case audit flow as a team works it: two QA Workbench processes on one team database (a throwaway PostgreSQL,
 * {@code --server}), each signed in as a different person. The auditor starts a case audit, answers it from the
 * keyboard and completes it; the service delivery manager, whose workbench was open all along, refreshes the
 * navigator, opens it and moderates it. The database then holds both steps, each under the person who took it.
 * Needs a display.
 */
class TeamCaseAuditTest {

	private static final String CASE = "LL424242";
	private static final String AUDITOR = "terry.leader";
	private static final String MANAGER = "dana.manager";
	/** Their password: each has their own PostgreSQL login role, which checks it (SCRAM). */
	private static final String PASSWORD = "team-password-2026";
	private static final String NEW_CHECKLIST_DIALOG = "^New checklist for the selected case ?$";
	private static final String MODERATE_DIALOG = "^Moderate the audit ?$";
	private static final long WAIT_SECONDS = 60;

	@TempDir
	Path temp;

	private final List<Process> desks = new ArrayList<>();

	@AfterEach
	void stop() throws InterruptedException {
		for (Process desk : desks) {
			if (desk.isAlive()) {
				desk.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
			}
		}
	}

	@Test
	void anAuditorCompletesAndTheManagerModeratesOnAnotherWorkbench() throws Exception {
		TestPostgres server = TestPostgres.server();
		String database = server.newDatabase();
		String address = server.url(database); // the address alone: each person signs in with their own login
		Map<String, String> login = Map.of("PGPASSWORD", server.adminPassword());
		// As the README says: the team database with its first administrator, the staff list, then a login role for each.
		Path setup = temp.resolve("setup");
		Result made = Launcher.qa(login, setup, "server", "init", "--url", address, "--admin-user",
				server.adminUser(), "--first-admin", Launcher.DEMO_USER);
		assertEquals(0, made.exitCode(), made.err());
		try (Connection connection = server.connectAsAdmin(database)) {
			aCaseInALocalityWithItsPeople(connection);
		}
		for (String user : List.of(AUDITOR, MANAGER)) {
			Result added = Launcher.qa(Map.of("QA_NEW_PASSWORD", PASSWORD), setup, "--server", address, "users", "add", user);
			assertEquals(0, added.exitCode(), added.err());
		}

		Process manager = desk(address, MANAGER);
		Process auditor = desk(address, AUDITOR);
		// The manager looks at the case first: it has no audit yet, and the navigator shows it so until F5.
		X11Windows.typeTo(manager, "Right", "Down", "Right");

		// The auditor: the only locality is selected; its case, a new checklist (the case audit comes first).
		X11Windows.typeUntilViewable(NEW_CHECKLIST_DIALOG, auditor, "Right", "Down", "ctrl+n");
		X11Windows.typeUntilGone(NEW_CHECKLIST_DIALOG, auditor, "Return");
		try (Connection connection = server.connectAsAdmin(database)) {
			answerEveryQuestion(auditor, connection);
			X11Windows.typeHere("ctrl+s"); // stored as answered: should completing be refused, the failure shows what is missing
			X11Windows.typeHere("alt+c");
			awaitState(connection, "COMPLETED");

			// The manager's workbench was open all along: F5 reads the navigator again, and there is the audit under the
			// case (Home, Right, Down, Right: to it whether or not the refresh kept the tree open).
			X11Windows.typeTo(manager, "F5", "Home", "Right", "Down", "Right", "Down", "Return");
			moderateAgreeing(manager);
			awaitState(connection, "MODERATED");

			assertEquals(List.of("COMPLETION " + AUDITOR, "MODERATION " + MANAGER), signOffs(connection));
			List<String> history = whoChangedTheAudit(connection);
			assertTrue(history.stream().allMatch(List.of(AUDITOR, MANAGER)::contains), "only the two of them changed it: " + history);
			assertEquals(List.of(AUDITOR, MANAGER), history.subList(history.size() - 2, history.size()), "each step is in the history under the person who took it");
		}
	}

	/** A workbench on the team database, where {@code user} signs in at the dialog by typing, as people do. */
	private Process desk(String address, String user) throws Exception {
		Process desk = Launcher.workbenchToSignIn(Map.of(), temp.resolve(user), temp.resolve(user + ".out"), temp.resolve(user + ".err"), "--server", address);
		desks.add(desk);
		X11Windows.signIn(desk, user, PASSWORD);
		return desk;
	}

	/**
	 * The header is filled from the case; the questions below it are graded (2) or Yes/No (Y), and each answer moves
	 * to the next row. A Yes/No row refuses the 2 and a graded row the Y, so "2 Y" over and over answers a run of
	 * either; a free-text row (the optional reasons after "improved") stops it, and Down steps over it.
	 */
	private static void answerEveryQuestion(Process auditor, Connection connection) throws Exception {
		// Ctrl+Home: the top row wherever the table is scrolled, so that typing this again lands on the same question.
		List<String> toTheFirstQuestion = new ArrayList<>(List.of("ctrl+Home"));
		toTheFirstQuestion.addAll(Collections.nCopies(21, "Down")); // over the header and the headings before and after it
		toTheFirstQuestion.add("2");
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
		// The editor takes a moment to open: until the audit is stored (its first answer stores it, the answer itself
		// stays in the editor until saved), click where its table will be (which gives the table the keyboard) and
		// answer the first question. Keys are taken after the workbench is done with earlier ones, so each attempt
		// waits for the store before typing again.
		for (long wait = 0; !stored(connection, wait); wait = TimeUnit.SECONDS.toNanos(10)) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("the new case audit was never stored with its first answer");
			}
			X11Windows.clickIn(auditor, 585, 120);
			X11Windows.typeHere(toTheFirstQuestion.toArray(String[]::new));
		}
		List<String> answers = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			answers.addAll(List.of("2", "y"));
		}
		answers.addAll(List.of("Down", "y")); // over the optional reasons, to "Has a Direct Observation been undertaken?"
		X11Windows.typeHere(answers.toArray(String[]::new));
	}

	/** Whether the audit is stored, waiting up to {@code nanos} for it. */
	private static boolean stored(Connection connection, long nanos) throws Exception {
		long until = System.nanoTime() + nanos;
		while (count(connection, "SELECT COUNT(*) FROM \"ASSESSMENTS\"") == 0) {
			if (System.nanoTime() > until) {
				return false;
			}
			Thread.sleep(200);
		}
		return true;
	}

	private static List<String> answered(Connection connection) throws SQLException {
		List<String> items = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT \"ITEM_ID\" FROM \"ASSESSMENT_ANSWERS\" ORDER BY \"SEQ\"")) {
			while (rows.next()) {
				items.add(rows.getString(1));
			}
		}
		return items;
	}

	private static void moderateAgreeing(Process manager) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
		while (true) { // the editor may still be opening: Alt+M again until the form is there
			X11Windows.typeHere("alt+m");
			try {
				X11Windows.awaitViewable(MODERATE_DIALOG, manager);
				break;
			} catch (AssertionError notYet) {
				if (System.nanoTime() > deadline) {
					throw notYet;
				}
			}
		}
		X11Windows.typeUntilGone(MODERATE_DIALOG, manager, "Return"); // keeps the auditor's grade: agreed
	}

	private static void awaitState(Connection connection, String state) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
		while (!state.equals(stateOfTheAudit(connection))) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("the audit is " + stateOfTheAudit(connection) + ", not " + state + "; answered: " + answered(connection));
			}
			Thread.sleep(200);
		}
	}

	private static String stateOfTheAudit(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery("SELECT \"STATE\" FROM \"ASSESSMENTS\"")) {
			return row.next() ? row.getString(1) : null;
		}
	}

	private static List<String> signOffs(Connection connection) throws SQLException {
		List<String> steps = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT \"STEP\", \"BY\" FROM \"ASSESSMENT_SIGN_OFFS\" ORDER BY \"SEQ\"")) {
			while (rows.next()) {
				steps.add(rows.getString(1) + " " + rows.getString(2));
			}
		}
		return steps;
	}

	private static List<String> whoChangedTheAudit(Connection connection) throws SQLException {
		List<String> actors = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT ACTOR FROM HISTORY WHERE RECORD_TYPE = 'Assessment' ORDER BY ID")) {
			while (rows.next()) {
				actors.add(rows.getString(1));
			}
		}
		return actors;
	}

	private static long count(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		}
	}

	/**
	 * The records a case audit needs, written as the store writes them (the qa commands have no way to add one case):
	 * a locality, its team leader (the auditor), a service delivery manager, the case's line manager and worker,
	 * and a child-in-need case allocated to the worker, which fills the audit's header.
	 */
	private static void aCaseInALocalityWithItsPeople(Connection connection) throws SQLException {
		long locality = insert(connection, "LOCALITIES", "\"NAME\"", "Hadley");
		long lineManager = staff(connection, "Sam Senior", "sam.senior", "SENIOR_PRACTITIONER", locality);
		long worker = staff(connection, "Pat Worker", "pat.worker", "PRACTITIONER", locality);
		staff(connection, "Terry Leader", AUDITOR, "TEAM_LEADER", locality);
		staff(connection, "Dana Manager", MANAGER, "SERVICE_DELIVERY_MANAGER", locality);
		long aCase = insert(connection, "CASES", "\"CASE_NUMBER\", \"CHILD_NAME\", \"CHILD_DATE_OF_BIRTH\", \"FAMILY_NAMES\", \"LOCALITY_ID\", \"STATUS\", \"LINE_MANAGER_ID\"",
				CASE, "Robin Example", Date.valueOf(LocalDate.of(2016, 5, 4)), "Example", locality, "CHILD_IN_NEED", lineManager);
		try (PreparedStatement allocation = connection.prepareStatement(
				"INSERT INTO \"CASE_ALLOCATIONS\" (\"PARENT_ID\", \"SEQ\", \"WORKER_ID\", \"ALLOCATED_ON\") VALUES (?, 0, ?, ?)")) {
			allocation.setLong(1, aCase);
			allocation.setLong(2, worker);
			allocation.setDate(3, Date.valueOf(LocalDate.now().minusMonths(5)));
			allocation.executeUpdate();
		}
	}

	private static long staff(Connection connection, String name, String userId, String role, long locality) throws SQLException {
		long id = insert(connection, "STAFF_MEMBERS", "\"NAME\", \"USER_ID\", \"LOCALITY_ID\", \"PART_TIME\"", name, userId, locality, false);
		try (PreparedStatement roles = connection.prepareStatement("INSERT INTO \"STAFF_MEMBER_ROLES\" (\"PARENT_ID\", \"SEQ\", \"VALUE\") VALUES (?, 0, ?)")) {
			roles.setLong(1, id);
			roles.setString(2, role);
			roles.executeUpdate();
		}
		return id;
	}

	/** One record row with a new id and version 1; returns the id. */
	private static long insert(Connection connection, String table, String columns, Object... values) throws SQLException {
		long id;
		try (Statement statement = connection.createStatement(); ResultSet next = statement.executeQuery("SELECT nextval('record_ids')")) {
			next.next();
			id = next.getLong(1);
		}
		String marks = "?, ".repeat(values.length);
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO \"" + table + "\" (\"ID\", \"ROW_VERSION\", \"MODIFIED_BY\", \"MODIFIED_AT\", " + columns
				+ ") VALUES (?, 1, 'setup', CURRENT_TIMESTAMP, " + marks.substring(0, marks.length() - 2) + ")")) {
			insert.setLong(1, id);
			for (int i = 0; i < values.length; i++) {
				insert.setObject(i + 2, values[i]);
			}
			insert.executeUpdate();
		}
		return id;
	}
}
