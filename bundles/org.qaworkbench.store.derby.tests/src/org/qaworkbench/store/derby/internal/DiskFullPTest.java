package org.qaworkbench.store.derby.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.store.StoreException;
import org.qaworkbench.core.store.StoreException.Reason;
import org.qaworkbench.core.store.StoreFailureException;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.testing.SmallDisk;

/**
 * A disk that fills while the database is open, on a real (small) disk: a write that cannot be made fails saying
 * the disk is full, nothing half-written ever shows, and the same work succeeds once there is room again. Derby
 * shuts the database down on such a failure, and boots it again read-only, without recovery, while the disk stays
 * full: that state must never be read or written.
 */
class DiskFullPTest {

	private static final String FULL = "is full, so nothing could be written to the database";
	private static final String LONG_COMMENT = "A comment long enough to need new pages. ".repeat(100);

	@TempDir
	Path temp;

	@Test
	void aWriteOnAFullDiskFailsAsDiskFullNothingHalfMadeIsReadAndTheSameWorkSucceedsWithRoomAgain() throws Exception {
		Path data = temp.resolve("data");
		try (SmallDisk disk = SmallDisk.mount(data, 24); Store store = new DerbyStoreProvider().open(data)) {
			String hash = store.definitions().store(Samples.auditDefinition(3), StoreFixture.ALEX);
			Assessment kept = store.records().save(Samples.draftAudit(hash, 3, "LL1"), StoreFixture.ALEX);
			disk.fill();

			StoreFailureException full = saveUntilRefused(store, hash);
			assertTrue(full.isDiskFull(), full::toString);
			assertTrue(full.getMessage().contains("The disk that holds " + data + " " + FULL), full.getMessage());
			// Derby shut the database down; what that released is taken too, so the next boot can only be read-only.
			disk.fill();
			StoreFailureException read = assertThrows(StoreFailureException.class, () -> store.records().count(Assessment.class),
					"a database booted read-only has not rolled the failed save back: it is not read");
			assertTrue(read.isDiskFull(), read::toString);
			Assessment typed = EcoreUtil.copy(kept);
			typed.setComments("typed after the disk filled");
			StoreFailureException draft = assertThrows(StoreFailureException.class, () -> store.drafts().save(0, "Audit of LL1", typed, StoreFixture.ALEX));
			assertTrue(draft.isDiskFull(), draft::toString);
			StoreFailureException again = assertThrows(StoreFailureException.class, () -> store.records().save(typed, StoreFixture.ALEX));
			assertTrue(again.isDiskFull(), again::toString);

			disk.free();
			long draftId = store.drafts().save(0, "Audit of LL1", typed, StoreFixture.ALEX);
			assertEquals("typed after the disk filled", ((Assessment) store.drafts().of(StoreFixture.ALEX).get(0).content()).getComments());
			Assessment saved = store.records().save(typed, StoreFixture.ALEX);
			assertEquals(kept.getRowVersion() + 1, saved.getRowVersion(), "the record is as it was committed: no half-made change shows");
			assertEquals("typed after the disk filled", store.records().find(Assessment.class, kept.getId()).orElseThrow().getComments());
			store.drafts().discard(draftId);
		}
	}

	@Test
	void aDatabaseOnAFullDiskIsRefusedAtOpenSayingTheDiskIsFull() throws Exception {
		Path data = temp.resolve("data");
		try (SmallDisk disk = SmallDisk.mount(data, 24)) {
			new DerbyStoreProvider().open(data).close();
			disk.fill();
			StoreException refused = assertThrows(StoreException.class, () -> new DerbyStoreProvider().open(data));
			assertEquals(Reason.DISK_FULL, refused.reason(), refused::toString);
			assertTrue(refused.getMessage().startsWith("The disk that holds " + data + " is full"), refused.getMessage());
			disk.free();
			new DerbyStoreProvider().open(data).close();
		}
	}

	/** New audits with long comments need new pages, which a full disk cannot give (a small save may fit the log). */
	private static StoreFailureException saveUntilRefused(Store store, String hash) throws Exception {
		for (int i = 0; i < 10_000; i++) {
			Assessment audit = Samples.draftAudit(hash, 3, "LL-full-" + i);
			audit.setComments(LONG_COMMENT);
			try {
				store.records().save(audit, StoreFixture.ALEX);
			} catch (StoreFailureException e) {
				return e;
			}
		}
		throw new AssertionError("10,000 audits saved on a full disk");
	}
}
