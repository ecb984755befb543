package org.qaworkbench.store.derby.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.qaworkbench.core.store.Records.BulkInsert;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.Locality;
import org.qaworkbench.model.RemedialAction;

/**
 * Runs in a child JVM: autosaves a draft as an editor would, then bulk-saves audits, each with one remedial action,
 * until it is killed, printing how many records it has added every {@value #REPORT_EVERY} audits. One locality
 * goes first, so that audits fall on the even record counts: a commit after every 500 records would always fall
 * between an audit and its action.
 */
public final class BulkSaveDriver {

	static final int REPORT_EVERY = 250;

	public static void main(String[] arguments) throws Exception {
		Store store = new DerbyStoreProvider().open(Path.of(arguments[0]));
		String hash = store.definitions().store(Samples.auditDefinition(3), StoreFixture.ALEX);
		Assessment typing = Samples.audit(hash, 3, "LL-draft");
		typing.setComments("typed just before the crash");
		store.drafts().save(0, "Audit of LL-draft", typing, StoreFixture.ALEX);
		System.out.println("draft saved");
		try (BulkInsert bulk = store.records().bulkInsert(StoreFixture.ALEX)) {
			Locality locality = Samples.QA.createLocality();
			locality.setName("Hadley Castle");
			bulk.add(locality);
			for (long i = 1; i < Long.MAX_VALUE; i++) {
				Assessment audit = Samples.audit(hash, 3, "LL" + i);
				bulk.add(audit, List.of(action(audit)));
				if (i % REPORT_EVERY == 0) {
					System.out.println("added " + (1 + 2 * i));
				}
			}
		}
	}

	private static RemedialAction action(Assessment audit) {
		RemedialAction action = Samples.QA.createRemedialAction();
		action.setAssessment(audit);
		action.setAction("Update the chronology");
		action.setDueOn(LocalDate.of(2026, 4, 6));
		return action;
	}
}
