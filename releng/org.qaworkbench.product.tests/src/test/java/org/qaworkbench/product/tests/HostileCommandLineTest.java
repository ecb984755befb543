package org.qaworkbench.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.product.tests.Launcher.Result;

/**
 * What a hostile tester does to the installed qa: kills it in the middle of its work, damages a copy of a database
 * file, gives numbers that do not fit. Each time nothing is lost silently and the user is told what to do.
 */
class HostileCommandLineTest {

	/** Actions per audit, by the case audited (a case has at most one audit in the demo data). */
	private static final String ACTIONS_PER_AUDIT = "SELECT A.SUBJECT_KEY, COUNT(R.ID) FROM ASSESSMENTS A"
			+ " LEFT JOIN REMEDIAL_ACTIONS R ON R.ASSESSMENT_ID = A.ID GROUP BY A.SUBJECT_KEY";

	@TempDir
	Path temp;

	@Test
	void anInterruptedDemoDataRunKeepsAuditsWithTheirActionsAndIsReplacedAfterABackup() throws Exception {
		Path data = temp.resolve("data");
		Process demo = Launcher.startQa(data, temp.resolve("demo.out"), temp.resolve("demo.err"), "demo-data", "--seed", "9");
		// Half-way: the whole run writes some 16 MB, each batch of records well under one.
		awaitSize(data.resolve("db"), 8 << 20, demo);
		assertTrue(demo.isAlive(), "killed before it finished: " + Files.readString(temp.resolve("demo.err")));
		demo.destroyForcibly(); // SIGKILL: the launcher execs java, so this is the JVM itself
		assertTrue(demo.waitFor(30, TimeUnit.SECONDS));

		Result again = Launcher.qa(data, "demo-data", "--seed", "9");
		assertEquals(1, again.exitCode(), again.err());
		assertEquals(1, again.errLines().size(), again.err());
		assertTrue(again.err().contains("already holds records") && again.err().contains("qa demo-data --replace"), again.err());

		Result replaced = Launcher.qa(data, "demo-data", "--seed", "9", "--replace");
		assertEquals(0, replaced.exitCode(), replaced.err());
		Path backup = backupNamedIn(replaced.out());
		assertTrue(replaced.out().contains("Demo data for 3 localities, "), replaced.out());

		Map<String, Long> interrupted = Databases.tally(backup.resolve("db"), ACTIONS_PER_AUDIT);
		Map<String, Long> whole = Databases.tally(data.resolve("db"), ACTIONS_PER_AUDIT);
		assertFalse(interrupted.isEmpty(), "the interrupted run had committed audits");
		assertTrue(interrupted.size() < whole.size(), "the interrupted run was stopped part-way: " + interrupted.size() + " of " + whole.size());
		interrupted.forEach((caseNumber, actions) -> assertEquals(whole.get(caseNumber), actions,
				"the audit of " + caseNumber + " kept every action the same run makes for it"));
	}

	@Test
	void aDamagedDatabaseIsNotBackedUpAndADamagedBackupIsNotRestored() throws Exception {
		Path data = temp.resolve("data");
		Path good = temp.resolve("good-backup");
		Launcher.demoData(data);
		Result backedUp = Launcher.qa(data, "backup", good.toString());
		assertEquals(0, backedUp.exitCode(), backedUp.err());
		Result sound = Launcher.qa(data, "info", "--check");
		assertEquals(0, sound.exitCode(), sound.err());
		assertTrue(sound.out().contains("\nCheck:             every table and index passed the consistency check\n"), sound.out());

		Path damaged = temp.resolve("damaged");
		copy(data, damaged);
		Databases.damage(damaged.resolve("db"), "CASES");
		Result checked = Launcher.qa(damaged, "info", "--check");
		assertEquals(1, checked.exitCode(), checked.out());
		assertEquals(1, checked.errLines().size(), checked.err());
		assertTrue(checked.err().startsWith("qa: The database in " + damaged + " is damaged: the table CASES failed the consistency check"), checked.err());
		Result refused = Launcher.qa(damaged, "backup", temp.resolve("from-damaged").toString());
		assertEquals(1, refused.exitCode(), refused.out());
		assertEquals(1, refused.errLines().size(), refused.err());
		assertTrue(refused.err().startsWith("qa: The database in " + damaged + " is damaged, so it was not backed up: the table CASES failed"), refused.err());
		assertFalse(Files.exists(temp.resolve("from-damaged/db")), "nothing was copied");

		Path badBackup = temp.resolve("bad-backup");
		copy(good, badBackup);
		Databases.damage(badBackup.resolve("db"), "CASES");
		Result notRestored = Launcher.qa(data, "restore", badBackup.toString());
		assertEquals(1, notRestored.exitCode(), notRestored.out());
		assertEquals(1, notRestored.errLines().size(), notRestored.err());
		assertTrue(notRestored.err().startsWith("qa: The backup in " + badBackup + " is damaged: the table CASES failed the consistency check"), notRestored.err());
		assertTrue(notRestored.err().strip().endsWith("Nothing was restored; the database in " + data + " is as it was."), notRestored.err());
		try (Stream<Path> folders = Files.list(data)) {
			assertEquals(List.of(), folders.map(folder -> folder.getFileName().toString()).filter(name -> name.startsWith("db.")).toList());
		}
		assertEquals(0, Launcher.qa(data, "info", "--check").exitCode(), "the healthy database is untouched");
	}

	@Test
	void numbersOutOfRangeAreRefusedBeforeAnythingIsTouched() throws Exception {
		Path data = temp.resolve("data");
		for (String scale : List.of("99999999999", "4294967297", "0", "1001", "two")) {
			Result refused = Launcher.qa(data, "demo-data", "--scale", scale);
			assertEquals(2, refused.exitCode(), scale + ": " + refused.out() + refused.err());
			assertEquals(List.of("qa: --scale needs a whole number from 1 to 1000, not '" + scale + "'."), refused.errLines());
		}
		assertFalse(Files.exists(data.resolve("db")), "no database was created");
	}

	@Test
	void helpTellsWhatABackupNeeds() throws Exception {
		Result help = Launcher.qa(temp, "--help");
		assertFalse(help.out().contains("while it is in use"), help.out());
		assertTrue(help.out().contains("close QA Workbench first"), help.out());
	}

	/** The folder the replacing run named as its backup, which qa restore takes. */
	private static Path backupNamedIn(String out) {
		String prefix = "Backed up the records the database held to ";
		String line = out.lines().filter(each -> each.startsWith(prefix)).findFirst().orElseThrow(() -> new AssertionError(out));
		Path backup = Path.of(line.substring(prefix.length(), line.indexOf(" (")));
		assertTrue(line.endsWith("('qa restore " + backup + "' brings them back)"), line);
		return backup;
	}

	/** Waits (at most two minutes) until the folder holds {@code bytes}, or the process has ended. */
	private static void awaitSize(Path folder, long bytes, Process process) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
		while (process.isAlive() && size(folder) < bytes && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
	}

	private static long size(Path folder) {
		if (!Files.isDirectory(folder)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
		} catch (IOException | UncheckedIOException e) {
			return 0; // Derby removed a log file while we counted: count again
		}
	}

	private static void copy(Path from, Path to) throws IOException {
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path path : paths.sorted(Comparator.naturalOrder()).toList()) {
				Files.copy(path, to.resolve(from.relativize(path).toString()));
			}
		}
	}
}
