package org.qaworkbench.store.postgresql.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.core.domain.DomainStore;
import org.qaworkbench.core.identity.Account;
import org.qaworkbench.core.identity.Credentials;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Records;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.store.StoreException;
import org.qaworkbench.core.store.StoreLocation;
import org.qaworkbench.core.store.Stores;
import org.qaworkbench.model.DirectObservation;
import org.qaworkbench.model.Narrative;
import org.qaworkbench.model.ObservationState;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.Role;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.model.SupervisionRecord;
import org.qaworkbench.testing.TestPostgres;

/**
 * Row-level security on a team database, as a person reaches it without the product: psql (the real binary) and a
 * raw JDBC connection, each logged in as one person's own login role. Pat's direct observation (observed by Sue) is
 * seen by Pat, Sue, Pat's line manager Lee and Lee's manager Dee, and by nobody else: Kim, another practitioner of
 * Lee's, reads zero rows of it and of its narrative, and an UPDATE of it changes nothing. Pat's supervision record
 * (Sue supervising) the same.
 */
class RowLevelSecurityPTest {

	private static final QaFactory QA = QaFactory.eINSTANCE;
	private static final Actor ADMIN = new Actor("admin");
	private static final String PASSWORD = "correct horse battery staple";

	@TempDir
	static Path temp;

	private static final TestPostgres server = TestPostgres.server();
	private static String database;
	private static String pat;
	private static String kim;
	private static String lee;
	private static String sue;
	private static String dee;
	private static String ada;
	private static long observation;
	private static long supervision;

	@BeforeAll
	static void aTeamWithItsPeopleAndTheirLogins() throws Exception {
		database = server.newDatabase();
		pat = "pat." + database;
		kim = "kim." + database;
		lee = "lee." + database;
		sue = "sue." + database;
		dee = "dee." + database;
		ada = "ada." + database;
		String url = "postgresql://" + server.adminUser() + ":" + server.adminPassword() + "@" + server.host() + ":" + server.port() + "/" + database;
		try (Store store = Stores.open(StoreLocation.server(temp.resolve("admin"), url))) {
			// the records as they are, straight to the engine: this test is about who reads them, not their rules
			Records records = DomainStore.engineOf(store).records();
			StaffMember deeMember = records.save(staff(dee, Role.SERVICE_DELIVERY_MANAGER, null), ADMIN);
			StaffMember leeMember = records.save(staff(lee, Role.TEAM_LEADER, deeMember), ADMIN);
			StaffMember sueMember = records.save(staff(sue, Role.SENIOR_PRACTITIONER, leeMember), ADMIN);
			StaffMember patMember = records.save(staff(pat, Role.PRACTITIONER, leeMember), ADMIN);
			StaffMember kimMember = records.save(staff(kim, Role.PRACTITIONER, leeMember), ADMIN);
			records.save(staff(ada, Role.ADMINISTRATOR, null), ADMIN);
			observation = records.save(observation(patMember, sueMember), ADMIN).getId();
			records.save(observation(kimMember, sueMember), ADMIN);
			SupervisionRecord record = QA.createSupervisionRecord();
			record.setSupervisor(sueMember);
			record.setSupervisee(patMember);
			record.setHeldOn(LocalDate.of(2026, 5, 1));
			supervision = records.save(record, ADMIN).getId();
		}
		LoginRoles logins = LoginRoles.of(database);
		try (Connection admin = server.connectAsAdmin(database); Statement statement = admin.createStatement()) {
			// the group role's privileges as qa server init grants them (TeamRoles), without the history's refinements
			statement.execute("CREATE ROLE " + LoginRoles.quote(logins.group()) + " NOLOGIN");
			statement.execute("GRANT CONNECT ON DATABASE " + database + " TO " + LoginRoles.quote(logins.group()));
			statement.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO " + LoginRoles.quote(logins.group()));
			statement.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO " + LoginRoles.quote(logins.group()));
			for (String person : List.of(pat, kim, lee, sue, dee)) {
				logins.add(admin, person, PASSWORD.toCharArray(), false);
			}
			logins.add(admin, ada, PASSWORD.toCharArray(), true);
		}
	}

	@Test
	void throughPsqlAnotherPractitionerReadsNoneOfTheObservationAndAnUpdateChangesNothing() throws Exception {
		String others = "SELECT COUNT(*) FROM \"DIRECT_OBSERVATIONS\" WHERE \"ID\" = " + observation;
		assertEquals("0", psql(kim, others), "Kim reads none of Pat's observation");
		assertEquals("0", psql(kim, "SELECT COUNT(*) FROM \"DIRECT_OBSERVATION_NARRATIVES\" WHERE \"PARENT_ID\" = " + observation), "nor its narrative");
		assertEquals("1", psql(kim, "SELECT COUNT(*) FROM \"DIRECT_OBSERVATIONS\""), "only Kim's own");
		assertEquals("UPDATE 0", psql(kim, "UPDATE \"DIRECT_OBSERVATIONS\" SET \"GRADE\" = 4 WHERE \"ID\" = " + observation));
		assertEquals("DELETE 0", psql(kim, "DELETE FROM \"DIRECT_OBSERVATION_NARRATIVES\" WHERE \"PARENT_ID\" = " + observation));

		assertEquals("1", psql(pat, others), "the practitioner observed");
		assertEquals("1", psql(sue, others), "the observer");
		assertEquals("1", psql(lee, others), "the line manager");
		assertEquals("1", psql(dee, others), "the line manager's manager");
		assertEquals("1", psql(pat, "SELECT COUNT(*) FROM \"DIRECT_OBSERVATION_NARRATIVES\" WHERE \"PARENT_ID\" = " + observation));
		assertEquals("2", psql(lee, "SELECT COUNT(*) FROM \"DIRECT_OBSERVATIONS\""), "Lee manages both practitioners");
		try (Connection admin = server.connectAsAdmin(database); Statement statement = admin.createStatement();
				ResultSet grade = statement.executeQuery("SELECT \"GRADE\" FROM \"DIRECT_OBSERVATIONS\" WHERE \"ID\" = " + observation)) {
			assertTrue(grade.next());
			assertEquals(2, grade.getInt(1), "Kim's UPDATE changed nothing");
		}
		assertEquals("UPDATE 1", psql(lee, "UPDATE \"DIRECT_OBSERVATIONS\" SET \"SETTING\" = 'Home visit' WHERE \"ID\" = " + observation),
				"someone who may see it may change it");
	}

	@Test
	void throughJdbcASecondPersonReadsNoneOfAnothersSupervisionRecord() throws Exception {
		String count = "SELECT COUNT(*) FROM \"SUPERVISION_RECORDS\" WHERE \"ID\" = " + supervision;
		try (Connection kims = server.connect(database, kim, PASSWORD); Statement statement = kims.createStatement()) {
			assertEquals(0, single(statement, count));
			assertEquals(0, statement.executeUpdate("UPDATE \"SUPERVISION_RECORDS\" SET \"HELD_ON\" = DATE '2020-01-01' WHERE \"ID\" = " + supervision));
			SQLException refused = assertThrows(SQLException.class, () -> statement.executeUpdate("INSERT INTO \"SUPERVISION_RECORDS\" (\"ID\", \"SUPERVISOR_ID\","
					+ " \"SUPERVISEE_ID\") SELECT nextval('record_ids'), \"SUPERVISOR_ID\", \"SUPERVISEE_ID\" FROM \"SUPERVISION_RECORDS\" UNION ALL"
					+ " SELECT nextval('record_ids'), 1, 2"), "a record about others cannot be made either");
			assertTrue(refused.getMessage().contains("row-level security"), refused.getMessage());
		}
		for (String person : List.of(pat, sue, lee, dee)) {
			try (Connection connection = server.connect(database, person, PASSWORD); Statement statement = connection.createStatement()) {
				assertEquals(1, single(statement, count), person);
			}
		}
		try (Connection admin = server.connectAsAdmin(database); Statement statement = admin.createStatement();
				ResultSet held = statement.executeQuery("SELECT \"HELD_ON\" FROM \"SUPERVISION_RECORDS\" WHERE \"ID\" = " + supervision)) {
			assertTrue(held.next());
			assertEquals(LocalDate.of(2026, 5, 1), held.getDate(1).toLocalDate());
		}
	}

	@Test
	void nobodyBypassesTheRulesAndTheAccessLogIsAnAdministratorsAndEachPersonsOwn() throws Exception {
		try (Connection admin = server.connectAsAdmin(database); Statement statement = admin.createStatement();
				ResultSet roles = statement.executeQuery("SELECT COUNT(*) FROM pg_roles WHERE rolbypassrls AND rolname IN ('" + LoginRoles.of(database).group()
						+ "', '" + pat + "', '" + kim + "', '" + lee + "')")) {
			roles.next();
			assertEquals(0, roles.getInt(1), "no BYPASSRLS");
		}
		try (Connection kims = server.connect(database, kim, PASSWORD); Statement statement = kims.createStatement()) {
			statement.executeUpdate("INSERT INTO ACCESS_LOG (USER_ID, \"AT\", WORKSTATION, \"ACCESS\", RECORD_KIND, RECORD_ID) VALUES ('" + kim
					+ "', CURRENT_TIMESTAMP, 'pc', 'OPENED', 'DirectObservation', 1)");
			assertThrows(SQLException.class, () -> statement.executeUpdate("INSERT INTO ACCESS_LOG (USER_ID, \"AT\", WORKSTATION, \"ACCESS\", RECORD_KIND,"
					+ " RECORD_ID) VALUES ('" + pat + "', CURRENT_TIMESTAMP, 'pc', 'OPENED', 'DirectObservation', 1)"), "not in someone else's name");
			assertEquals(0, single(statement, "SELECT COUNT(*) FROM ACCESS_LOG"), "only an administrator reads the log");
		}
	}

	@Test
	void theProductSignedInAsAPersonShowsOnlyWhatTheyMaySee() throws Exception {
		try (Store kims = Stores.open(StoreLocation.server(temp.resolve("kim"), server.url(database)), signIn(kim))) {
			assertEquals(1, kims.records().list(DirectObservation.class).size(), "Kim's own");
			assertTrue(kims.records().find(DirectObservation.class, observation).isEmpty(), "not Pat's");
			assertTrue(kims.records().find(SupervisionRecord.class, supervision).isEmpty());
		}
		try (Store lees = Stores.open(StoreLocation.server(temp.resolve("lee"), server.url(database)), signIn(lee))) {
			assertEquals(2, lees.records().list(DirectObservation.class).size(), "both of Lee's practitioners'");
			assertTrue(lees.records().find(SupervisionRecord.class, supervision).isPresent());
		}
	}

	@Test
	void aWrongPasswordAndAnUnknownUserAreRefusedAlikeAndADisabledLoginAsDisabled() throws Exception {
		StoreLocation location = StoreLocation.server(temp.resolve("refused"), server.url(database));
		StoreException wrong = assertThrows(StoreException.class, () -> Stores.open(location, new Credentials(kim, "not it".toCharArray())));
		StoreException unknown = assertThrows(StoreException.class, () -> Stores.open(location, new Credentials("nobody." + database, PASSWORD.toCharArray())));
		assertEquals(StoreException.Reason.SIGN_IN_REFUSED, wrong.reason());
		assertEquals(StoreException.Reason.SIGN_IN_REFUSED, unknown.reason());
		assertEquals(wrong.getMessage(), unknown.getMessage(), "one message: nobody learns which user names exist");

		try (Store adas = Stores.open(StoreLocation.server(temp.resolve("ada"), server.url(database)), signIn(ada))) {
			adas.accounts().disable(new Actor(ada), dee);
			StoreException disabled = assertThrows(StoreException.class, () -> Stores.open(location, signIn(dee)).close());
			assertEquals(StoreException.Reason.ACCOUNT_DISABLED, disabled.reason());
			assertEquals(StoreException.Reason.SIGN_IN_REFUSED,
					assertThrows(StoreException.class, () -> Stores.open(location, new Credentials(dee, "not it".toCharArray()))).reason(),
					"a disabled login is told only to someone who knows its password");
			assertTrue(adas.accounts().list().contains(new Account(dee, true)));
			adas.accounts().enable(new Actor(ada), dee);
		}
		Stores.open(location, signIn(dee)).close();
	}

	@Test
	void anAdministratorAddsAPersonsLoginFromTheirWorkstationAndNobodyElseMay() throws Exception {
		String newcomer = "new." + database;
		StoreLocation location = StoreLocation.server(temp.resolve("new"), server.url(database));
		try (Store adas = Stores.open(StoreLocation.server(temp.resolve("ada"), server.url(database)), signIn(ada));
				Store kims = Stores.open(StoreLocation.server(temp.resolve("kim"), server.url(database)), signIn(kim))) {
			DomainStore.engineOf(adas).records().save(staff(newcomer, Role.PRACTITIONER, null), new Actor(ada));
			assertThrows(StoreException.class, () -> kims.accounts().add(new Actor(kim), newcomer, PASSWORD.toCharArray()), "Kim is no administrator");
			assertFalse(adas.accounts().list().stream().anyMatch(account -> account.userName().equals(newcomer)), "nothing was made");

			adas.accounts().add(new Actor(ada), newcomer, PASSWORD.toCharArray());
			assertTrue(adas.accounts().list().contains(new Account(newcomer, false)));
			Stores.open(location, signIn(newcomer)).close();
			adas.accounts().verify(signIn(newcomer));

			adas.accounts().resetPassword(new Actor(ada), newcomer, "a new long password".toCharArray());
			assertEquals(StoreException.Reason.SIGN_IN_REFUSED, assertThrows(StoreException.class, () -> Stores.open(location, signIn(newcomer))).reason());
			Stores.open(location, new Credentials(newcomer, "a new long password".toCharArray())).close();
		}
		try (Connection admin = server.connectAsAdmin(database); Statement statement = admin.createStatement();
				ResultSet role = statement.executeQuery("SELECT rolcanlogin, rolbypassrls, rolcreaterole FROM pg_roles WHERE rolname = '" + newcomer + "'")) {
			assertTrue(role.next());
			assertEquals(List.of(true, false, false), List.of(role.getBoolean(1), role.getBoolean(2), role.getBoolean(3)));
		}
	}

	private static Credentials signIn(String user) {
		return new Credentials(user, PASSWORD.toCharArray());
	}

	/** Runs one statement through psql as {@code user}, as a person with their own login would, and returns its output. */
	private static String psql(String user, String sql) throws Exception {
		Path psql = server.binaries().resolve("psql");
		assertTrue(Files.isExecutable(psql), psql + " is installed with the server");
		ProcessBuilder builder = new ProcessBuilder(psql.toString(), "-X", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", server.host(), "-p",
				Integer.toString(server.port()), "-U", user, "-d", database, "-c", sql).redirectErrorStream(true);
		builder.environment().put("PGPASSWORD", PASSWORD);
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		assertTrue(process.waitFor(60, TimeUnit.SECONDS), "psql finished");
		assertEquals(0, process.exitValue(), output);
		return output;
	}

	private static long single(Statement statement, String sql) throws SQLException {
		try (ResultSet row = statement.executeQuery(sql)) {
			assertTrue(row.next());
			long value = row.getLong(1);
			assertFalse(row.next());
			return value;
		}
	}

	private static StaffMember staff(String userId, Role role, StaffMember lineManager) {
		StaffMember staff = QA.createStaffMember();
		staff.setName(userId);
		staff.setUserId(userId);
		staff.getRoles().add(role);
		staff.setLineManager(lineManager);
		return staff;
	}

	private static DirectObservation observation(StaffMember practitioner, StaffMember observer) {
		DirectObservation observation = QA.createDirectObservation();
		observation.setPractitioner(practitioner);
		observation.setObserver(observer);
		observation.setObservedOn(LocalDate.of(2026, 4, 20));
		observation.setState(ObservationState.OBSERVED);
		observation.setGrade(2);
		Narrative narrative = QA.createNarrative();
		narrative.setTopic("voice");
		narrative.setText("What the observer saw");
		observation.getNarratives().add(narrative);
		return observation;
	}
}
