package org.qaworkbench.store.derby.internal;

import java.nio.file.Path;

import org.qaworkbench.core.store.Records.BulkInsert;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.model.Assessment;

/**
 * Runs in a child JVM: autosaves a draft as an editor would, then bulk-saves audits until it is killed, printing
 * a line after each commit.
 */
public final class BulkSaveDriver {

	public static void main(String[] arguments) throws Exception {
		Store store = new DerbyStoreProvider().open(Path.of(arguments[0]));
		String hash = store.definitions().store(Samples.auditDefinition(3), StoreFixture.ALEX);
		Assessment typing = Samples.audit(hash, 3, "LL-draft");
		typing.setComments("typed just before the crash");
		store.drafts().save(0, "Audit of LL-draft", typing, StoreFixture.ALEX);
		System.out.println("draft saved");
		try (BulkInsert bulk = store.records().bulkInsert(StoreFixture.ALEX)) {
			for (long i = 1; i < Long.MAX_VALUE; i++) {
				bulk.add(Samples.audit(hash, 3, "LL" + i));
				if (i % DerbyBulkInsert.RECORDS_PER_COMMIT == 0) {
					System.out.println("committed " + i);
				}
			}
		}
	}
}
