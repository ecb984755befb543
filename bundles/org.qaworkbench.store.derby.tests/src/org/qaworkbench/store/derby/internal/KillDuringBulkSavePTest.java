package org.qaworkbench.store.derby.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.core.store.Drafts.Draft;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.RemedialAction;

/**
 * kill -9 in the middle of a bulk save of audits with their actions: the database reopens consistent, every
 * audit that survived has its action, and the draft is offered back.
 */
class KillDuringBulkSavePTest {

	@TempDir
	Path temp;

	@Test
	void committedAuditsAreWholeWithTheirActionsAndTheDraftComesBack() throws Exception {
		Process saver = ChildJvm.start(BulkSaveDriver.class, temp.toString());
		List<String> output = new ArrayList<>();
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(saver.getInputStream()))) {
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				output.add(line);
				if (line.startsWith("added ") && Long.parseLong(line.substring(6)) > 2 * org.qaworkbench.store.jdbc.internal.JdbcBulkInsert.RECORDS_PER_COMMIT) {
					Thread.sleep(150); // most likely inside the next batch by now
					saver.destroyForcibly(); // SIGKILL: no shutdown hooks, no clean close
					break;
				}
			}
		}
		assertTrue(saver.waitFor(30, TimeUnit.SECONDS));
		assertTrue(output.contains("draft saved"), String.join("\n", output));

		try (StoreFixture reopened = new StoreFixture(temp)) {
			long audits = reopened.store.records().count(Assessment.class);
			assertTrue(audits >= org.qaworkbench.store.jdbc.internal.JdbcBulkInsert.RECORDS_PER_COMMIT / 2, "every committed batch survives: " + audits);
			assertEquals("0", reopened.query("SELECT CAST(COUNT(*) AS CHAR(12)) FROM ASSESSMENTS A"
					+ " WHERE NOT EXISTS (SELECT 1 FROM REMEDIAL_ACTIONS R WHERE R.ASSESSMENT_ID = A.ID)").strip(), "no audit without its action");
			assertEquals(audits, reopened.store.records().count(RemedialAction.class), "no action without its audit");
			assertEquals(4 * audits, reopened.countRows("ASSESSMENT_ANSWERS"), "no audit lost part of its answers");
			assertEquals(1 + 2 * audits, reopened.countRows("HISTORY"), "every visible record has its history");
			long[] whole = { 0 };
			reopened.store.records().forEach(Assessment.class, audit -> whole[0] += audit.getAnswers().size() == 4 ? 1 : 0);
			assertEquals(audits, whole[0]);

			List<Draft> drafts = reopened.store.drafts().of(StoreFixture.ALEX);
			assertEquals(1, drafts.size());
			assertEquals("typed just before the crash", ((Assessment) drafts.get(0).content()).getComments());
		}
	}
}
