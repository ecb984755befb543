package org.qaworkbench.store.jdbc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.qaworkbench.core.store.AccessLog.Access;
import org.qaworkbench.core.store.AccessLog.Event;

abstract class AccessLogContract extends StoreTestCase {

	private static final Instant MORNING = Instant.parse("2026-11-30T09:00:00Z");

	@Test
	void eventsOfARecordComeBackNewestFirstWithWhoWhenWhereAndWhat() {
		Event opened = new Event("alex", MORNING, "pc-17", Access.OPENED, "DirectObservation", 41, null);
		Event other = new Event("sam", MORNING.plus(1, ChronoUnit.MINUTES), "pc-2", Access.OPENED, "SupervisionRecord", 42, null);
		Event exported = new Event("alex", MORNING.plus(2, ChronoUnit.MINUTES), "pc-17", Access.EXPORTED, "DirectObservation", 41, "pdf");
		fixture.store.accessLog().record(opened);
		fixture.store.accessLog().record(other);
		fixture.store.accessLog().record(exported);

		assertEquals(List.of(exported, opened), fixture.store.accessLog().of(41, 10));
		assertEquals(List.of(exported), fixture.store.accessLog().of(41, 1));
		assertEquals(List.of(exported, other), fixture.store.accessLog().newest(2));
		assertEquals(List.of(), fixture.store.accessLog().of(43, 10));
	}

	@Test
	void accessLogRowsCanBeNeitherChangedNorDeleted() throws Exception {
		fixture.store.accessLog().record(new Event("alex", MORNING, "pc-17", Access.OPENED, "DirectObservation", 41, null));

		SQLException update = assertThrows(SQLException.class, () -> fixture.update("UPDATE ACCESS_LOG SET USER_ID = 'mallory'"));
		SQLException delete = assertThrows(SQLException.class, () -> fixture.update("DELETE FROM ACCESS_LOG"));

		assertTrue(update.getMessage().contains("ACCESS_LOG_IS_APPEND_ONLY"), update.getMessage());
		assertTrue(delete.getMessage().contains("ACCESS_LOG_IS_APPEND_ONLY"), delete.getMessage());
		assertEquals(1, fixture.countRows("ACCESS_LOG"));
		assertEquals("alex", fixture.query("SELECT USER_ID FROM ACCESS_LOG"));
	}
}
