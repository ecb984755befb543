package org.qaworkbench.store.derby.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.core.store.StoreException;
import org.qaworkbench.core.store.StoreException.Reason;
import org.qaworkbench.model.Case;

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
