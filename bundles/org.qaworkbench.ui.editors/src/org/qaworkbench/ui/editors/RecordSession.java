package org.qaworkbench.ui.editors;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.ui.model.application.ui.MDirtyable;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.qaworkbench.core.Formats;
import org.qaworkbench.core.domain.ConfidentialAccess;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Drafts;
import org.qaworkbench.core.store.InvalidRecordException;
import org.qaworkbench.core.store.LocalDrafts;
import org.qaworkbench.core.store.SaveRefusedException;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.store.StoreFailureException;
import org.qaworkbench.model.Identified;
import org.qaworkbench.ui.editors.internal.Messages;

/**
 * One record being edited, whatever its type: the copy on screen, whether it has unsaved work (the part's dirty
 * flag), that work kept as a draft every {@value #AUTOSAVE_MILLIS} ms as the work of whoever began it (so that a
 * crash loses at most that much typing, and the draft is offered back to them alone), a kept draft carried on from
 * when the editor opens, saving with every refusal said, and a record begun in memory stored by its first change.
 *
 * @param <T> the record's type
 */
public final class RecordSession<T extends Identified> {

	/** Writes the record as it should be stored and returns the stored copy. */
	public interface Saver<T> {
		T save(T record) throws SaveRefusedException;
	}

	public static final int AUTOSAVE_MILLIS = 20_000;

	/** Any draft of the record is carried on from. */
	public static <T> BiPredicate<T, T> anyDraft() {
		return (stored, typed) -> true;
	}

	private final Store store;
	private final MDirtyable dirty;
	private final Supplier<Actor> actor;
	private T record;
	/** A record begun in memory as it was started, until it is stored; null once it is. */
	private T started;
	private long draftId;
	private Instant restoredAt;
	private boolean draftFailing;
	/** True while the last autosave went to this computer because the database server could not be reached. */
	private boolean keptLocally;
	/** Whose the unsaved work is: who was signed in when it began. */
	private Actor draftOwner;
	private Saver<T> saver;
	private Supplier<String> title;
	private Consumer<String> messages = message -> {
	};
	private Consumer<InvalidRecordException> invalid;
	private Supplier<Shell> shell = () -> null;
	private boolean autosaving;
	private final List<Consumer<T>> storedListeners = new ArrayList<>();

	/**
	 * Opens {@code stored} (id 0: begun in memory, not stored yet). The newest draft the person signed in kept of it
	 * replaces it when {@code takesDraft} accepts it (stored copy, draft). Every editor opens its record here, so this
	 * is where opening a confidential record is written to the access log.
	 */
	public RecordSession(Store store, MDirtyable dirty, Supplier<Actor> actor, T stored, BiPredicate<T, T> takesDraft) {
		ConfidentialAccess.opened(store, actor.get(), stored);
		this.store = store;
		this.dirty = dirty;
		this.actor = actor;
		this.record = stored;
		this.started = stored.getId() == 0 ? EcoreUtil.copy(stored) : null;
		this.saver = toSave -> store.records().save(toSave, actor.get());
		this.title = () -> stored.eClass().getName() + " " + record.getId(); //$NON-NLS-1$
		this.invalid = refusal -> say(String.join("\n", refusal.problems().stream().map(InvalidRecordException.Problem::message).toList())); //$NON-NLS-1$
		carryOnFromDraft(takesDraft);
	}

	@SuppressWarnings("unchecked")
	private void carryOnFromDraft(BiPredicate<T, T> takesDraft) {
		if (record.getId() == 0) {
			return;
		}
		for (Drafts.Draft draft : store.drafts().of(actor.get())) {
			// The newest draft first: work typed before a crash or an unsaved close.
			if (draft.content() instanceof Identified typed && typed.eClass() == record.eClass() && typed.getId() == record.getId()
					&& takesDraft.test(record, (T) typed)) {
				record = (T) typed;
				draftId = draft.id();
				restoredAt = draft.savedAt();
				draftOwner = actor.get();
				dirty.setDirty(true);
				return;
			}
		}
	}

	public Store store() {
		return store;
	}

	public T record() {
		return record;
	}

	public Actor actor() {
		return actor.get();
	}

	/** True when the editor carries on from a kept draft rather than the stored record. */
	public boolean restoredDraft() {
		return draftId != 0;
	}

	/** What to tell the user when carrying on from a draft. */
	public String restoredMessage() {
		return restoredAt == null ? "" : NLS.bind(Messages.Session_draftRestored, Formats.dateTime(restoredAt)); //$NON-NLS-1$
	}

	/** Where the session says what the user must know (refusals, drafts that could not be kept). */
	public void onMessage(Consumer<String> messages) {
		this.messages = messages;
	}

	/** How values the rules refuse are shown (at their fields); by default their reasons are said. */
	public void onInvalid(Consumer<InvalidRecordException> invalid) {
		this.invalid = invalid;
	}

	/** The window refusals are shown over. */
	public void setShell(Supplier<Shell> shell) {
		this.shell = shell;
	}

	/** The draft's title in the list offered back after a crash. */
	public void setTitle(Supplier<String> title) {
		this.title = title;
	}

	/** How Ctrl+S stores the record (an amendment, for a signed-off audit); by default it is saved as it is. */
	public void setSaver(Saver<T> saver) {
		this.saver = saver;
	}

	private void say(String message) {
		messages.accept(message);
	}

	/** True while the record is only on screen: begun in memory and nothing typed into it yet. */
	public boolean isNew() {
		return record.getId() == 0;
	}

	/** Something in the record changed: unsaved work, whose owner is whoever is signed in now. Returns why a new record could not be stored yet, or null. */
	public String changed() {
		String notStored = storeIfNew();
		if (draftOwner == null) {
			draftOwner = actor.get();
		}
		dirty.setDirty(true);
		if (notStored != null && started != null) {
			// Not in the database yet (its server gone, say): keep what was typed as a draft now, not at the next tick.
			autosave();
		}
		return notStored;
	}

	/**
	 * Values filled in from elsewhere, not typed: a record not yet stored takes them as part of how it started (so one
	 * closed untouched still leaves nothing behind) and true is returned; a stored one has changed.
	 */
	public boolean restart() {
		if (started == null) {
			return false;
		}
		started = EcoreUtil.copy(record);
		return true;
	}

	/**
	 * A record begun in memory is stored as it was started by the first change (records are never deleted: one
	 * closed untouched must leave nothing). What was typed stays unsaved work. Returns why it could not be stored
	 * yet, or null; the next change or Ctrl+S tries again.
	 */
	private String storeIfNew() {
		if (started == null) {
			return null;
		}
		try {
			T created = store.records().save(started, actor.get());
			record.setId(created.getId());
			record.setRowVersion(created.getRowVersion());
			record.setModifiedBy(created.getModifiedBy());
			record.setModifiedAt(created.getModifiedAt());
			started = null;
			return null;
		} catch (SaveRefusedException e) {
			return NLS.bind(Messages.Session_notStarted, e.getMessage());
		} catch (StoreFailureException e) {
			// The server gone (or the disk full): the record stays new, what was typed is kept as a draft (on this
			// computer while the server is away), and the next change or Ctrl+S stores it as new once it answers.
			ILog.of(getClass()).warn("Starting " + title.get() + " failed", e); //$NON-NLS-1$ //$NON-NLS-2$
			return NLS.bind(Messages.Session_notStarted, e.getMessage());
		}
	}

	/** Stores a new record before something of its own refers to it; says why not and returns false when it cannot. */
	public boolean ensureStored() {
		String notStored = storeIfNew();
		if (notStored != null) {
			say(notStored);
		}
		return notStored == null;
	}

	/** Keeps the unsaved work as a draft every {@value #AUTOSAVE_MILLIS} ms while {@code owner} is shown. */
	public void autosaveEvery(Control owner) {
		if (autosaving) {
			return;
		}
		autosaving = true;
		owner.getDisplay().timerExec(AUTOSAVE_MILLIS, new Runnable() {
			@Override
			public void run() {
				if (owner.isDisposed()) {
					return;
				}
				// Next tick first: whatever this one meets, autosave goes on.
				owner.getDisplay().timerExec(AUTOSAVE_MILLIS, this);
				autosave();
			}
		});
	}

	/**
	 * Keeps unsaved work as a draft, apart from the record, as the work of whoever began it. While the database server
	 * cannot be reached the store keeps it on this computer ({@link LocalDrafts}), and the user is told so once. When
	 * the store cannot write at all (a full disk) the work stays on screen, the user is told, and the next tick tries
	 * again.
	 */
	public void autosave() {
		if (!dirty.isDirty()) {
			return;
		}
		try {
			draftId = store.drafts().save(draftId, title.get(), record, draftOwner != null ? draftOwner : actor.get());
			boolean local = LocalDrafts.isLocal(draftId);
			if (draftFailing || local != keptLocally) {
				say(local ? NLS.bind(Messages.Session_draftKeptLocally, localFolder()) : Messages.Session_draftKeptAgain);
			}
			draftFailing = false;
			keptLocally = local;
		} catch (StoreFailureException e) {
			draftFailing = true;
			say(NLS.bind(Messages.Session_draftNotKept, e.getMessage()));
		}
	}

	private Path localFolder() {
		return LocalDrafts.folder(store.info().dataFolder());
	}

	/** True while the last autosave could not be written. */
	public boolean draftFailing() {
		return draftFailing;
	}

	/** Drops what was typed since the last save, and its draft: nothing of it is kept. */
	public void discardUnsaved() {
		if (draftId != 0) {
			store.drafts().discard(draftId);
			draftId = 0;
		}
		keptLocally = false;
		draftOwner = null;
		dirty.setDirty(false);
	}

	/**
	 * Ctrl+S: stores the record, or shows why not with everything typed kept: values the rules refuse at their fields,
	 * a refusal (someone else saved it meanwhile: who and when; it is locked) and a failing database in a dialog.
	 */
	public boolean save() {
		try {
			store(record);
			return true;
		} catch (InvalidRecordException e) {
			invalid.accept(e);
			return false;
		} catch (SaveRefusedException e) {
			MessageDialog.openError(shell.get(), Messages.Session_saveRefused, e.getMessage());
			return false;
		} catch (StoreFailureException e) {
			ILog.of(getClass()).error("Saving " + title.get() + " failed", e); //$NON-NLS-1$ //$NON-NLS-2$
			MessageDialog.openError(shell.get(), Messages.Session_saveRefused, sayNotSaved(e));
			return false;
		}
	}

	/** Stores through the saver. */
	public void store(T toSave) throws SaveRefusedException {
		stored(saver.save(toSave));
	}

	/** Takes the record as the store now has it, after a save or a workflow step: nothing left unsaved. */
	public void stored(T saved) {
		record = saved;
		started = null;
		draftOwner = null;
		if (draftId != 0) {
			store.drafts().discard(draftId);
			draftId = 0;
		}
		keptLocally = false;
		dirty.setDirty(false);
		storedListeners.forEach(listener -> listener.accept(saved));
	}

	/** Told of the record as stored after each save or step, to show it. */
	public void onStored(Consumer<T> listener) {
		storedListeners.add(listener);
	}

	/**
	 * Says that the store could not write, and that everything typed is kept on screen; with the server gone, the
	 * unsaved work is kept as a draft on this computer first, so closing loses none of it. Returns what it said.
	 */
	public String sayNotSaved(StoreFailureException e) {
		if (e.isConnectionLost()) {
			autosave();
		}
		String message = keptLocally ? NLS.bind(Messages.Session_notSavedKeptLocally, e.getMessage(), localFolder())
				: NLS.bind(Messages.Session_notSavedKept, e.getMessage());
		say(message);
		return message;
	}
}
