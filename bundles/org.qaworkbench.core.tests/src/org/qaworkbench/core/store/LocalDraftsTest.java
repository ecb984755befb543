package org.qaworkbench.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.QaFactory;

/**
 * Drafts while the database server is away: kept in the data folder, one whole file per record, handed to the
 * database once it answers and then deleted; other failures stay the database's to report.
 */
class LocalDraftsTest {

	private static final Actor ALEX = new Actor("alex");
	private static final Actor SAM = new Actor("sam");

	@TempDir
	Path data;

	private final ServerDrafts server = new ServerDrafts();

	@Test
	void whatTheServerCannotKeepIsKeptOnThisComputerAndHandedToItOnceItIsBack() throws Exception {
		Drafts drafts = LocalDrafts.over(server, data);
		long onServer = drafts.save(0, "Audit of LL1", audit(7, "first"), ALEX);
		assertFalse(LocalDrafts.isLocal(onServer));

		server.down = true;
		long local = drafts.save(onServer, "Audit of LL1", audit(7, "typed while the server was away"), ALEX);
		assertTrue(LocalDrafts.isLocal(local));
		assertEquals(local, drafts.save(local, "Audit of LL1", audit(7, "and more"), ALEX), "the same file again");
		assertEquals(List.of("1.draft"), files(), "one whole file for the record, nothing half-written beside it");
		assertEquals(List.of("and more"), comments(drafts.of(ALEX)), "offered back while the server is away");
		assertEquals(List.of(), drafts.of(SAM), "to the person who typed it alone");

		server.down = false;
		long back = drafts.save(local, "Audit of LL1", audit(7, "and more, server back"), ALEX);
		assertEquals(onServer, back, "it replaces the draft the server had");
		assertEquals(List.of(), files(), "the file goes once the server holds the draft");
		assertEquals(List.of("and more, server back"), comments(server.of(ALEX)));
	}

	@Test
	void draftsLeftOnThisComputerGoToTheServerWhenDraftsAreNextRead() throws Exception {
		server.down = true;
		long local = LocalDrafts.over(server, data).save(0, "Audit of LL2", audit(8, "typed, then QA Workbench closed"), ALEX);
		server.down = false;

		Drafts afterRestart = LocalDrafts.over(server, data);
		List<Drafts.Draft> offered = afterRestart.of(ALEX);

		assertEquals(List.of("typed, then QA Workbench closed"), comments(offered));
		assertFalse(LocalDrafts.isLocal(offered.get(0).id()), "the server holds it now");
		assertEquals(List.of(), files());
		afterRestart.discard(local);
		assertEquals(List.of(), server.of(ALEX), "the session's local id still reaches the draft it became");
	}

	@Test
	void otherFailuresAreTheDatabasesToReport() {
		server.failure = new StoreFailureException("The disk is full", null);
		Drafts drafts = LocalDrafts.over(server, data);

		assertThrows(StoreFailureException.class, () -> drafts.save(0, "Audit of LL3", audit(9, "typed"), ALEX));
		assertFalse(Files.exists(LocalDrafts.folder(data)), "nothing kept here for a failure the server did not cause");
	}

	private List<String> files() throws IOException {
		if (!Files.isDirectory(LocalDrafts.folder(data))) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(LocalDrafts.folder(data))) {
			return files.map(path -> path.getFileName().toString()).sorted().toList();
		}
	}

	private static List<String> comments(List<Drafts.Draft> drafts) {
		return drafts.stream().map(draft -> ((Assessment) draft.content()).getComments()).toList();
	}

	private static Assessment audit(long id, String comments) {
		Assessment audit = QaFactory.eINSTANCE.createAssessment();
		audit.setId(id);
		audit.setSubjectKey("LL" + id);
		audit.setComments(comments);
		return audit;
	}

	/** The database's drafts, in memory; {@code down} cuts the connection, as a stopped server does. */
	private static final class ServerDrafts implements Drafts {
		boolean down;
		StoreFailureException failure;
		private final List<Draft> drafts = new ArrayList<>();
		private long nextId = 100;

		private void reach() {
			if (down) {
				throw StoreFailureException.connectionLost("postgresql://db.example.org:5432/qa", null);
			}
			if (failure != null) {
				throw failure;
			}
		}

		@Override
		public long save(long id, String title, EObject content, Actor owner) {
			reach();
			long saved = id != 0 && drafts.removeIf(draft -> draft.id() == id) ? id : nextId++;
			drafts.add(0, new Draft(saved, owner.userId() + ":" + title, Instant.now(), content));
			return saved;
		}

		@Override
		public List<Draft> of(Actor owner) {
			reach();
			return drafts.stream().filter(draft -> draft.title().startsWith(owner.userId() + ":")).toList();
		}

		@Override
		public void discard(long id) {
			reach();
			drafts.removeIf(draft -> draft.id() == id);
		}
	}
}
