package org.qaworkbench.audits.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.audits.AnswersCsv;
import org.qaworkbench.audits.AuditFilter;
import org.qaworkbench.core.store.AccessLog.Access;
import org.qaworkbench.core.store.AccessLog.Event;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.model.Assessment;

/**
 * A CSV of answers that holds a confidential checklist (here a supervision audit, which is about staff) puts it in the
 * access log as exported, once the file is written; a case audit in the same file is not logged, and a file that
 * could not be written logs nothing.
 */
class AnswersCsvAccessLogPTest {

	private static final Actor EXPORTER = new Actor("pshah");

	@TempDir
	Path temp;

	private AuditFixture fixture;
	private Assessment supervisionAudit;

	@BeforeEach
	void open() throws Exception {
		fixture = new AuditFixture(temp.resolve("data"));
		supervisionAudit = fixture.supervisionAudit();
	}

	@AfterEach
	void close() {
		fixture.close();
	}

	@Test
	void aConfidentialChecklistInTheFileIsLoggedAsExportedAndACaseAuditIsNot() throws Exception {
		Path file = temp.resolve("answers.csv");

		AnswersCsv.Written written = AnswersCsv.write(fixture.store, AuditFilter.ALL, file, EXPORTER);

		assertEquals(4, written.audits(), "three case audits and the supervision audit");
		List<Event> logged = fixture.store.accessLog().of(supervisionAudit.getId(), 10);
		assertEquals(1, logged.size(), logged.toString());
		assertEquals(EXPORTER.userId(), logged.get(0).userId());
		assertEquals(Access.EXPORTED, logged.get(0).access());
		assertEquals("csv", logged.get(0).format());
		assertTrue(fixture.store.accessLog().of(fixture.audit.getId(), 10).isEmpty(), "a case audit is not confidential");
	}

	@Test
	void aFileThatCannotBeWrittenLogsNothing() {
		Path nowhere = temp.resolve("no-such-folder").resolve("answers.csv");

		org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> AnswersCsv.write(fixture.store, AuditFilter.ALL, nowhere, EXPORTER));

		assertFalse(Files.exists(nowhere));
		assertTrue(fixture.store.accessLog().of(supervisionAudit.getId(), 10).isEmpty(), "nothing left the database");
	}
}
