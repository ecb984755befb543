package org.qaworkbench.store.jdbc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.qaworkbench.core.store.History.Change;
import org.qaworkbench.core.store.History.Entry;
import org.qaworkbench.model.Assessment;

abstract class HistoryContract extends StoreTestCase {

	@Test
	void everySaveIsRecordedWithWhoWhenAndWhatChanged() throws Exception {
		Assessment created = fixture.store.records().save(Samples.draftAudit(definitionHash, 3, "LL1"), StoreFixture.ALEX);
		created.getAnswers().get(0).setValue("4");
		created.setComments("Recording needs attention.");
		Assessment changed = fixture.store.records().save(created, StoreFixture.SAM);

		List<Entry> history = fixture.store.history().of(changed);

		assertEquals(2, history.size());
		assertEquals(new Entry(1, "alex", created.getModifiedAt(), "created", List.of()), history.get(0));
		Entry second = history.get(1);
		assertEquals(2, second.rowVersion());
		assertEquals("sam", second.actor());
		assertEquals(changed.getModifiedAt(), second.at());
		assertEquals(List.of(new Change("answers[0].value", "2", "4"), new Change("comments", "Plan is clear; recording is up to date.", "Recording needs attention.")),
				second.changes());
	}

	@Test
	void historyRowsCanBeNeitherChangedNorDeleted() throws Exception {
		fixture.store.records().save(Samples.audit(definitionHash, 3, "LL2"), StoreFixture.ALEX);
		long rows = fixture.countRows("HISTORY");

		SQLException update = assertThrows(SQLException.class, () -> fixture.update("UPDATE HISTORY SET ACTOR = 'mallory'"));
		SQLException delete = assertThrows(SQLException.class, () -> fixture.update("DELETE FROM HISTORY"));

		assertTrue(update.getMessage().contains("HISTORY_IS_APPEND_ONLY"), update.getMessage());
		assertTrue(delete.getMessage().contains("HISTORY_IS_APPEND_ONLY"), delete.getMessage());
		assertEquals(rows, fixture.countRows("HISTORY"));
		assertEquals("alex", fixture.query("SELECT ACTOR FROM HISTORY"));
	}

	@Test
	void valuesWithTabsAndNewlinesSurviveTheHistory() {
		List<Change> changes = List.of(new Change("comments", "line one\nline\ttwo \\ end", ""));
		assertEquals(changes, HistoryLog.decode(HistoryLog.encode(changes)));
	}
}
