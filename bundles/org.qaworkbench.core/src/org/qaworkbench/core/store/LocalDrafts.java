package org.qaworkbench.core.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

/**
 * The one rule for drafts when the database server is away: what the database cannot keep because its connection is
 * lost is kept on this computer instead, in the data folder (see {@link DraftFiles}), and goes to the database as
 * soon as it answers again (the next draft written, or the next time the drafts are read, as at start or when a
 * record is opened), after which the file is deleted. Nothing typed is lost while the server is down, even when
 * QA Workbench is then closed or killed. Drafts kept here have negative ids ({@link #isLocal}). Any other failure
 * (a full disk, say) is the database's to report, as before.
 */
public final class LocalDrafts implements Drafts {

	private final Drafts database;
	private final DraftFiles files;
	/** Local ids whose files went to the database meanwhile (read back at a start, say), to the id they got there. */
	private final Map<Long, Long> moved = new HashMap<>();

	private LocalDrafts(Drafts database, Path dataFolder) {
		this.database = database;
		this.files = new DraftFiles(dataFolder);
	}

	/** The database's drafts, kept in {@code dataFolder} while the database cannot be reached. */
	public static Drafts over(Drafts database, Path dataFolder) {
		return database instanceof LocalDrafts ? database : new LocalDrafts(database, dataFolder);
	}

	/** True for a draft kept on this computer because the database could not be reached. */
	public static boolean isLocal(long draftId) {
		return draftId < 0;
	}

	/** Where drafts are kept on this computer meanwhile. */
	public static Path folder(Path dataFolder) {
		return new DraftFiles(dataFolder).folder();
	}

	@Override
	public synchronized long save(long id, String title, EObject content, Actor owner) {
		long inDatabase = databaseId(id);
		try {
			long saved = database.save(inDatabase, title, content, owner);
			if (isLocal(id)) {
				files.delete(-id);
				moved.put(id, saved);
			}
			return saved;
		} catch (StoreFailureException e) {
			if (!e.isConnectionLost()) {
				throw e;
			}
			try {
				return -files.keep(isLocal(id) ? -id : 0, inDatabase, title, content, owner);
			} catch (IOException | RuntimeException notKept) {
				e.addSuppressed(notKept);
				throw e;
			}
		}
	}

	/**
	 * The database's drafts, after handing it those kept here; while it cannot be reached, those kept here (the
	 * database's own are offered again once it is back).
	 */
	@Override
	public synchronized List<Draft> of(Actor owner) {
		try {
			for (DraftFiles.Kept kept : files.of(owner)) {
				long saved = database.save(kept.serverId(), kept.title(), kept.content(), owner);
				files.delete(kept.number());
				moved.put(-kept.number(), saved);
			}
			return database.of(owner);
		} catch (StoreFailureException e) {
			if (!e.isConnectionLost()) {
				throw e;
			}
			return files.of(owner).stream().map(kept -> new Draft(-kept.number(), kept.title(), kept.savedAt(), kept.content())).toList();
		}
	}

	@Override
	public synchronized void discard(long id) {
		long inDatabase = databaseId(id);
		if (isLocal(id)) {
			files.delete(-id);
			moved.remove(id);
		}
		if (inDatabase == 0) {
			return;
		}
		try {
			database.discard(inDatabase);
		} catch (StoreFailureException e) {
			if (!isLocal(id) || !e.isConnectionLost()) {
				throw e;
			}
			// Work thrown away while the server is down: its older copy there is offered again later, which loses nothing.
		}
	}

	/** The id in the database a draft has or stands for (0: none there yet). */
	private long databaseId(long id) {
		if (!isLocal(id)) {
			return id;
		}
		Long movedTo = moved.get(id);
		return movedTo != null ? movedTo : files.serverId(-id);
	}
}
