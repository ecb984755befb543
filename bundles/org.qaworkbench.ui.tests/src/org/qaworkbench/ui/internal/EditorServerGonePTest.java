package org.qaworkbench.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.store.StoreLocation;
import org.qaworkbench.core.store.Stores;
import org.qaworkbench.model.Answer;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.Item;
import org.qaworkbench.testing.TestPostgres;
import org.qaworkbench.ui.internal.editor.ChecklistEditor;

/**
 * The team database's server stops in the middle of a save (TestPostgres stopped while the save waits inside its
 * transaction): the editor says the server was lost and keeps everything typed, dirty; nothing of the save is in the
 * database; the autosave keeps the work as a draft once the server is back, and Ctrl+S then saves it.
 */
class EditorServerGonePTest {

	private static final long WAIT_SECONDS = 60;

	@TempDir
	Path temp;

	private final TestPostgres server = TestPostgres.server();

	@AfterEach
	void serverBack() {
		server.start();
	}

	@Test
	void typedWorkStaysInTheEditorWhenTheServerGoesMidSaveAndIsSavedOnceItIsBack() throws Exception {
		String database = server.newDatabase();
		StoreLocation location = StoreLocation.server(temp.resolve("data"),
				"postgresql://" + server.adminUser() + ":" + server.adminPassword() + "@" + server.host() + ":" + server.port() + "/" + database);
		Shell shell = new Shell(Display.getCurrent());
		try (Store store = Stores.open(location)) {
			Assessment stored = store.records().save(ChecklistEditorPTest.draft(store), Actor.localUser());
			MPart part = MBasicFactory.INSTANCE.createPart();
			ChecklistEditor editor = new ChecklistEditor(shell, store, stored, part, Actor::localUser);
			assertTrue(editor.typed(item(editor, "q1"), "2"));
			assertTrue(editor.typed(item(editor, "q2"), "3"));

			// Another session holds HISTORY, the last table a save writes: the save waits there, its rows written,
			// until the server stops under it.
			Connection blocker = server.connectAsAdmin(database);
			blocker.setAutoCommit(false);
			try (Statement lock = blocker.createStatement()) {
				lock.execute("LOCK TABLE HISTORY IN ACCESS EXCLUSIVE MODE");
			}
			CompletableFuture<Void> stopped = CompletableFuture.runAsync(() -> {
				awaitSaveWaitingForLock(blocker);
				server.stop();
			});
			String said = notSavedDialogSaidDuring(() -> assertFalse(editor.save()));
			stopped.get(WAIT_SECONDS, TimeUnit.SECONDS);
			blocker.close();

			assertTrue(said.startsWith("Not saved. The connection to the database server " + location.describe() + " was lost, so nothing was saved."), said);
			assertTrue(said.endsWith("Everything you typed stays in this window while QA Workbench stays open; then save again with Ctrl+S."), said);
			assertTrue(part.isDirty());
			assertEquals(List.of("q1=2", "q2=3"), answers(editor.assessment()));
			editor.autosave();
			assertTrue(editor.draftFailing(), "no draft can be kept while the server is away");
			assertTrue(editor.progressText().contains(location.describe()), editor.progressText());
			assertTrue(editor.typed(item(editor, "q3"), "1"), "typing goes on while the server is away");

			server.start();
			try (Connection check = server.connectAsAdmin(database)) {
				assertEquals(0, count(check, "SELECT COUNT(*) FROM \"ASSESSMENT_ANSWERS\""), "nothing of the cut-off save was stored");
				assertEquals(1, count(check, "SELECT \"ROW_VERSION\" FROM \"ASSESSMENTS\""));
			}
			editor.autosave(); // the next tick of the autosave timer
			assertFalse(editor.draftFailing());
			Assessment drafted = (Assessment) store.drafts().of(Actor.localUser()).get(0).content();
			assertEquals(List.of("q1=2", "q2=3", "q3=1"), answers(drafted), "the draft holds everything typed");

			assertTrue(editor.save());
			assertFalse(part.isDirty());
			assertEquals(List.of("q1=2", "q2=3", "q3=1"), answers(store.records().find(Assessment.class, stored.getId()).orElseThrow()));
			assertTrue(store.drafts().of(Actor.localUser()).isEmpty());
		} finally {
			shell.dispose();
		}
	}

	/** Until a session waits in pg_locks for a lock it was not granted: the save, stopped at HISTORY. */
	private static void awaitSaveWaitingForLock(Connection blocker) {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
		try (PreparedStatement waiting = blocker.prepareStatement("SELECT COUNT(*) FROM pg_locks WHERE NOT granted")) {
			while (true) {
				try (ResultSet result = waiting.executeQuery()) {
					result.next();
					if (result.getLong(1) > 0) {
						return;
					}
				}
				if (System.nanoTime() > deadline) {
					throw new AssertionError("the save never reached the locked table");
				}
				Thread.onSpinWait();
			}
		} catch (java.sql.SQLException e) {
			throw new AssertionError(e);
		}
	}

	private static long count(Connection connection, String sql) throws java.sql.SQLException {
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		}
	}

	/** Runs {@code action}, which opens a "Not saved" dialog; reads the dialog's message and closes it. */
	private static String notSavedDialogSaidDuring(Runnable action) {
		Display display = Display.getCurrent();
		String[] said = { null };
		boolean[] done = { false };
		display.timerExec(50, new Runnable() {
			@Override
			public void run() {
				for (Shell open : display.getShells()) {
					if (open.isVisible() && "Not saved".equals(open.getText())) {
						said[0] = longestLabel(open);
						open.close();
						return;
					}
				}
				if (!done[0]) {
					display.timerExec(50, this);
				}
			}
		});
		action.run();
		done[0] = true;
		assertTrue(said[0] != null, "a Not saved dialog was shown");
		return said[0];
	}

	private static String longestLabel(Control control) {
		String longest = control instanceof Label label ? label.getText() : "";
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				String text = longestLabel(child);
				longest = text.length() > longest.length() ? text : longest;
			}
		}
		return longest;
	}

	private static Item item(ChecklistEditor editor, String itemId) {
		return editor.definition().getSections().stream().flatMap(section -> section.getItems().stream()).filter(item -> item.getItemId().equals(itemId))
				.findFirst().orElseThrow();
	}

	private static List<String> answers(Assessment assessment) {
		return assessment.getAnswers().stream().map((Answer answer) -> answer.getItemId() + "=" + answer.getValue()).sorted().toList();
	}
}
