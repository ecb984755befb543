package org.qaworkbench.audits.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.core.cli.QaCommand;
import org.qaworkbench.core.domain.ConfidentialAccess;
import org.qaworkbench.core.observations.Observations;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.store.Stores;
import org.qaworkbench.model.Locality;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.Role;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.testing.CommandRun;

/**
 * {@code qa access-log}: an observation exported by the practitioner through {@code qa observations export} and
 * opened by their manager shows in the log, newest first, to an administrator and to nobody else.
 */
class AccessLogCommandPTest {

	private static final ZoneId ZONE = ZoneId.systemDefault();
	private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

	@TempDir
	static Path temp;
	private static long observation;
	private static long other;
	private static CommandsSignedIn signIn;

	@BeforeAll
	static void data() throws Exception {
		Path data = temp.resolve("data");
		Clock clock = Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
		try (Store store = Stores.open(data)) {
			Actor admin = new Actor("admin");
			Locality hadley = QaFactory.eINSTANCE.createLocality();
			hadley.setName("Hadley Castle");
			hadley = store.records().save(hadley, admin);
			StaffMember leader = store.records().save(member("Ann Leader", Role.TEAM_LEADER, null, hadley), admin);
			StaffMember worker = store.records().save(member("Pat Worker", Role.PRACTITIONER, leader, hadley), admin);
			StaffMember second = store.records().save(member("Kim Second", Role.PRACTITIONER, leader, hadley), admin);
			store.records().save(member("Ada Admin", Role.ADMINISTRATOR, null, hadley), admin);
			Observations observations = new Observations(store, clock);
			observation = observations.plan(worker, TODAY.minusDays(1), new Actor("ann.leader")).getId();
			other = observations.plan(second, TODAY.minusDays(1), new Actor("ann.leader")).getId();
			ConfidentialAccess.opened(store, new Actor("ann.leader"), store.records().find(org.qaworkbench.model.DirectObservation.class, observation).orElseThrow());
		}
		signIn = CommandsSignedIn.on(data, temp);
	}

	@AfterAll
	static void restore() throws Exception {
		signIn.close();
	}

	@Test
	void anExportAndAnOpeningShowNewestFirstToAnAdministrator() throws Exception {
		Path pdf = temp.resolve("observation.pdf");
		CommandRun export = run(new ObservationsCommand(), "export", "--as", "pat.worker", "--id", Long.toString(observation), "--format", "pdf", "--out", pdf.toString());
		assertEquals(0, export.exitCode(), export.err());

		CommandRun log = run(new AccessLogCommand(), "--record", Long.toString(observation), "--as", "ada.admin");

		assertEquals(0, log.exitCode(), log.err());
		assertEquals(2, log.lines().size(), log.out());
		String host = ConfidentialAccess.workstation();
		assertTrue(log.lines().get(0).endsWith("\tpat.worker\t" + host + "\texported (pdf)\tDirectObservation\t" + observation), log.out());
		assertTrue(log.lines().get(1).endsWith("\tann.leader\t" + host + "\topened\tDirectObservation\t" + observation), log.out());
		assertTrue(log.lines().get(0).matches("\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d.*"), log.out());
		assertEquals(List.of(log.lines().get(0)), run(new AccessLogCommand(), "--record", Long.toString(observation), "--limit", "1", "--as", "ada.admin").lines());
		assertEquals(List.of("Nobody has opened or exported record " + other + "."), run(new AccessLogCommand(), "--record", Long.toString(other), "--as", "ada.admin").lines());
	}

	@Test
	void onlyAnAdministratorMaySeeTheLog() throws Exception {
		CommandRun refused = run(new AccessLogCommand(), "--as", "ann.leader");

		assertEquals(QaCommand.FAILED, refused.exitCode());
		assertEquals("qa: You may not read the access log (only: administrator). You are signed in as Ann Leader (team leader).\n", refused.err());
		assertEquals("", refused.out());
		assertEquals(QaCommand.FAILED, run(new AccessLogCommand(), "--as", "nobody").exitCode());
		assertEquals(QaCommand.USAGE, run(new AccessLogCommand(), "--record", "x", "--as", "ada.admin").exitCode());
		assertEquals(QaCommand.USAGE, run(new AccessLogCommand(), "stray", "--as", "ada.admin").exitCode());
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

	private static CommandRun run(QaCommand command, String... arguments) throws Exception {
		return CommandRun.of(command, arguments);
	}
}
