package org.qaworkbench.store.derby.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.core.store.Records.BulkInsert;
import org.qaworkbench.core.store.StoreException;
import org.qaworkbench.core.store.StoreException.Reason;
import org.qaworkbench.model.Case;
import org.qaworkbench.model.StaffMember;

class BackupRestorePTest {

	@TempDir
	Path temp;

	private final DerbyStoreProvider provider = new DerbyStoreProvider();

	@Test
	void anOnlineBackupRestoresTheDatabaseAsItWas() throws Exception {
		Path data = temp.resolve("data");
		Path backups = temp.resolve("backup");
		long kept;
		try (StoreFixture fixture = new StoreFixture(data)) {
			kept = fixture.store.records().save(Samples.aCase("LL1", fixture.staff("Jo")), StoreFixture.ALEX).getId();
			Path backup = fixture.store.backup(backups);
			assertTrue(Files.isRegularFile(backup.resolve("service.properties")), "a database Derby's tools can open");
			fixture.store.records().save(Samples.aCase("LL2", fixture.staff("Sam")), StoreFixture.ALEX);
		}

		provider.restore(data, backups);

		try (StoreFixture restored = new StoreFixture(data)) {
			assertEquals(1, restored.store.records().count(Case.class));
			assertEquals("LL1", restored.store.records().find(Case.class, kept).orElseThrow().getCaseNumber());
		}
		try (var folders = Files.list(data)) {
			assertTrue(folders.anyMatch(folder -> folder.getFileName().toString().startsWith("db.before-restore-")), "the replaced database is kept aside");
		}
	}

	@Test
	void aCopyLeftByAnInterruptedRestoreDoesNotStandInTheWay() throws Exception {
		Path data = temp.resolve("data");
		Path backups = temp.resolve("backup");
		try (StoreFixture fixture = new StoreFixture(data)) {
			fixture.store.records().save(Samples.aCase("LL1", fixture.staff("Jo")), StoreFixture.ALEX);
			fixture.store.backup(backups);
		}
		Files.writeString(Files.createDirectories(data.resolve("db.restoring/seg0")).resolve("c10.dat"), "half copied");

		provider.restore(data, backups);

		try (StoreFixture restored = new StoreFixture(data)) {
			assertEquals(1, restored.store.records().count(Case.class));
		}
		assertFalse(Files.exists(data.resolve("db.restoring")));
	}

	@Test
	void aFolderThatIsNotABackupChangesNothing() throws Exception {
		Path data = temp.resolve("data");
		try (StoreFixture fixture = new StoreFixture(data)) {
			fixture.store.records().save(Samples.aCase("LL1", fixture.staff("Jo")), StoreFixture.ALEX);
		}
		Path notABackup = Files.createDirectories(temp.resolve("holiday-photos"));

		StoreException refused = assertThrows(StoreException.class, () -> provider.restore(data, notABackup));

		assertTrue(refused.getMessage().contains("is not a QA Workbench backup"), refused.getMessage());
		try (StoreFixture unchanged = new StoreFixture(data)) {
			assertEquals(1, unchanged.store.records().count(Case.class));
		}
	}

	@Test
	void aDamagedDatabaseIsRefusedByTheCheckAndNotBackedUp() throws Exception {
		Path data = temp.resolve("data");
		Path backups = temp.resolve("backup");
		DiskDamage.TableFile cases;
		try (StoreFixture fixture = new StoreFixture(data)) {
			manyCases(fixture, 600);
			fixture.store.check(); // a sound database passes
			cases = DiskDamage.of(fixture, "CASES");
		}
		DiskDamage.overwrite(data.resolve("db"), cases);

		try (StoreFixture damaged = new StoreFixture(data)) {
			StoreException backedUp = assertThrows(StoreException.class, () -> damaged.store.backup(backups));
			assertEquals(Reason.DAMAGED, backedUp.reason());
			assertTrue(backedUp.getMessage().startsWith("The database in " + data + " is damaged, so it was not backed up: the table CASES failed"),
					backedUp.getMessage());
			assertFalse(backedUp.getMessage().contains("Hex dump"), "the page dump stays in derby.log: " + backedUp.getMessage());
		}
		assertFalse(Files.exists(backups.resolve("db")), "nothing was copied");
		try (StoreFixture damaged = new StoreFixture(data)) {
			StoreException checked = assertThrows(StoreException.class, damaged.store::check);
			assertEquals(Reason.DAMAGED, checked.reason());
			assertTrue(checked.getMessage().contains("the table CASES failed the consistency check (Invalid checksum on Page"), checked.getMessage());
		}
	}

	@Test
	void aDamagedBackupIsOpenedAndCheckedAndReplacesNothing() throws Exception {
		Path data = temp.resolve("data");
		Path backups = temp.resolve("backup");
		try (StoreFixture fixture = new StoreFixture(data)) {
			manyCases(fixture, 600);
			fixture.store.backup(backups);
			DiskDamage.overwrite(backups.resolve("db"), DiskDamage.of(fixture, "CASES"));
			fixture.store.records().save(Samples.aCase("LL-after", fixture.staff("Sam")), StoreFixture.ALEX);
		}

		StoreException refused = assertThrows(StoreException.class, () -> provider.restore(data, backups));

		assertEquals(Reason.DAMAGED, refused.reason());
		assertTrue(refused.getMessage().startsWith("The backup in " + backups + " is damaged: the table CASES failed the consistency check ("), refused.getMessage());
		assertTrue(refused.getMessage().endsWith("Nothing was restored; the database in " + data + " is as it was."), refused.getMessage());
		try (var folders = Files.list(data)) {
			assertEquals(List.of(), folders.map(folder -> folder.getFileName().toString()).filter(name -> name.startsWith("db.")).toList(),
					"neither a half-restored copy nor a replaced database is left");
		}
		try (StoreFixture unchanged = new StoreFixture(data)) {
			assertEquals(601, unchanged.store.records().count(Case.class), "the database is as it was, with the case saved after the backup");
			unchanged.store.check();
		}
	}

	/** Enough cases to fill several pages of their table. */
	private static void manyCases(StoreFixture fixture, int count) throws Exception {
		StaffMember worker = fixture.staff("Jo");
		try (BulkInsert bulk = fixture.store.records().bulkInsert(StoreFixture.ALEX)) {
			for (int i = 0; i < count; i++) {
				bulk.add(Samples.aCase(String.format("LL%05d", i), worker));
			}
		}
	}

	@Test
	void aDatabaseInUseIsNotRestored() throws Exception {
		Path data = temp.resolve("data");
		Path backups = temp.resolve("backup");
		try (StoreFixture fixture = new StoreFixture(data)) {
			fixture.store.backup(backups);
		}
		try (OtherDerbyProcess other = OtherDerbyProcess.holding(data.resolve("db"), temp)) {
			StoreException refused = assertThrows(StoreException.class, () -> provider.restore(data, backups));
			assertEquals(Reason.IN_USE, refused.reason());
		}
	}
}
