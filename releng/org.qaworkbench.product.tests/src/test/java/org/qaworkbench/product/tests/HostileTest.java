package org.qaworkbench.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.product.tests.Launcher.Result;
import org.qaworkbench.testing.SmallDisk;

/**
 * What a hostile user does to the installed product: kill it while it makes its database, run two at once, fill the
 * disk, damage the class-data-sharing cache. Each must end in a clear message or in work done, never in a data
 * folder that needs repair by hand or a command failed by the JVM. The full disk is a small tmpfs (the test run is
 * root, on CI too).
 */
class HostileTest {

	private static final String IN_USE = "is already open in another QA Workbench";

	@TempDir
	Path temp;

	@Test
	void aFirstStartKilledWhileItMakesTheDatabaseLeavesAFolderTheNextStartUses() throws Exception {
		for (int delayMillis : new int[] { 0, 500 }) {
			Path data = temp.resolve("killed-" + delayMillis);
			Process first = Launcher.startQa(data, temp.resolve("first.out"), temp.resolve("first.err"), "info");
			awaitDatabaseFolder(data, first);
			Thread.sleep(delayMillis); // a few moments into making it: where the kill lands is what varies
			first.destroyForcibly(); // SIGKILL to the JVM (the launcher script execs it)
			assertTrue(first.waitFor(30, TimeUnit.SECONDS));

			Result next = Launcher.qa(data, "info");
			assertEquals(0, next.exitCode(), "killed " + delayMillis + " ms after the database folder appeared: " + next.err());
			assertTrue(next.out().matches("(?s).*\nSchema version:    [1-9][0-9]*\n.*"), next.out());
		}
	}

	@Test
	void twoDemoDataAtOnceOnAnEmptyFolderFillItOnceAndTellTheOtherItIsInUse() throws Exception {
		Path data = temp.resolve("data");
		Process one = Launcher.startQa(data, temp.resolve("one.out"), temp.resolve("one.err"), "demo-data", "--seed", "3");
		Process other = Launcher.startQa(data, temp.resolve("other.out"), temp.resolve("other.err"), "demo-data", "--seed", "3");
		assertTrue(one.waitFor(240, TimeUnit.SECONDS) && other.waitFor(240, TimeUnit.SECONDS), "both finish");

		List<Integer> codes = List.of(one.exitValue(), other.exitValue());
		assertTrue(codes.contains(0) && codes.contains(1), "one fills the folder, the other is refused: " + codes);
		String loser = Files.readString(temp.resolve(one.exitValue() == 1 ? "one.err" : "other.err"));
		assertEquals(1, loser.lines().count(), loser);
		assertTrue(loser.contains("The database in " + data + " " + IN_USE), loser);
	}

	@Test
	void theCacheNeverFailsACommandMissingDamagedUnwritableOrOnAFullDisk() throws Exception {
		Path unwritable = temp.resolve("unwritable");
		Files.createDirectories(unwritable);
		Files.writeString(unwritable.resolve("cache"), "a file where the cache folder should be");
		assertHelps(Launcher.qa(unwritable, "--help"), "cache not a folder");

		Path damaged = temp.resolve("damaged");
		assertHelps(Launcher.qa(damaged, "--help"), "first use, making the archive");
		Path archive;
		try (Stream<Path> archives = Files.list(damaged.resolve("cache"))) {
			archive = archives.filter(path -> path.toString().endsWith(".jsa")).findFirst().orElseThrow(() -> new AssertionError("no archive was made"));
		}
		try (FileChannel channel = FileChannel.open(archive, StandardOpenOption.WRITE)) {
			channel.write(java.nio.ByteBuffer.wrap(new byte[4096]), 10_000); // zeros over what the JVM maps
		}
		assertHelps(Launcher.qa(damaged, "--help"), "damaged archive");

		Path full = temp.resolve("full");
		try (SmallDisk disk = SmallDisk.mount(full, 16)) {
			disk.fill();
			assertHelps(Launcher.qa(full, "--help"), "full disk, no archive yet");
			assertFalse(Files.exists(full.resolve("cache").resolve(archive.getFileName())), "no archive was begun on the full disk");
		}
	}

	@Test
	void theApplicationStartedOnAFullDiskSaysSoInsteadOfOpening() throws Exception {
		Path data = temp.resolve("data");
		try (SmallDisk disk = SmallDisk.mount(data, 16)) {
			assertEquals(0, Launcher.qa(data, "info").exitCode());
			disk.fill();
			Path err = temp.resolve("workbench.err");
			Process workbench = Launcher.workbench(data, temp.resolve("workbench.out"), err);
			try {
				X11Windows.awaitViewable(X11Windows.CANNOT_START_DIALOG, workbench);
				assertTrue(Files.readString(err).contains("The disk that holds " + data + " is full"), Files.readString(err));
			} finally {
				workbench.destroy();
				workbench.waitFor(30, TimeUnit.SECONDS);
			}
		}
	}

	private static void assertHelps(Result help, String situation) {
		assertEquals(0, help.exitCode(), situation + ": " + help.err());
		assertTrue(help.out().startsWith("Usage: qa [--data DIR] COMMAND [ARGUMENTS]"), situation + ": " + help.out());
		assertEquals("", help.err(), situation);
	}

	/** Waits until the first start has begun to make its database (in place, or beside it to move it there). */
	private static void awaitDatabaseFolder(Path data, Process owner) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (!Files.isDirectory(data.resolve("db")) && !Files.isDirectory(data.resolve("db.creating"))) {
			if (!owner.isAlive() || System.nanoTime() > deadline) {
				throw new AssertionError("qa info never began to make its database");
			}
			Thread.sleep(5);
		}
	}
}
