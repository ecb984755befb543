package org.qaworkbench.ui.editors;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.BiPredicate;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.model.Identified;

/**
 * What every record editor part shares, so that a new editor is one class (this, extended) plus one XML element
 * ({@value EditorRegistry#EXTENSION_POINT}): its record from the part, a {@link RecordSession} for dirty, Ctrl+S,
 * the draft autosaved every 20 seconds as the work of whoever is signed in, a draft carried on from after a crash,
 * Discard when quitting, and the autosave when it closes. The subclass builds its controls in
 * {@link #createContents}, tells the session of each change ({@link RecordSession#changed()}) and puts the keyboard
 * somewhere in {@link #focus()}.
 *
 * @param <T> the type of record edited
 */
public abstract class RecordEditorPart<T extends Identified> implements Discardable {

	@Inject
	private Store store;
	@Inject
	private MPart part;
	@Inject
	private SignedInPerson signedIn;
	@Inject
	@Optional
	private Clock clock;

	private RecordSession<T> session;

	/** The type of record this editor edits. */
	protected abstract Class<T> recordType();

	/** Builds the editor's controls for the session's record (a kept draft, when there is one). */
	protected abstract void createContents(Composite parent, RecordSession<T> session);

	/** Puts the keyboard where the user starts. */
	public abstract void focus();

	/** Whether a kept draft is carried on from (the stored copy, the draft): by default any draft. */
	protected BiPredicate<T, T> takesDraft() {
		return RecordSession.anyDraft();
	}

	@PostConstruct
	final void createPart(Composite parent) {
		T record = RecordEditors.recordOf(part, store, recordType());
		session = new RecordSession<>(store, part, signedIn::actor, record, takesDraft());
		session.setShell(parent::getShell);
		createContents(parent, session);
		session.autosaveEvery(parent);
	}

	/** Call once a new record may have been stored: the part then names it. */
	protected final void followStored() {
		RecordEditors.stored(part, session.record());
	}

	/** A line for what the session says, under the caller's controls (for editors without a message area of their own). */
	protected final Label messageLine(Composite parent) {
		Label line = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(line);
		session.onMessage(message -> {
			if (!line.isDisposed()) {
				line.setText(message);
				line.getParent().layout(true, true);
			}
		});
		return line;
	}

	/** Someone else signed in: what they may do here differs. */
	@Inject
	@Optional
	final void signedInChanged(@UIEventTopic(SignedInPerson.CHANGED) Object who) {
		if (session != null) {
			personChanged();
		}
	}

	/** Called when someone else signs in; editors with workflow buttons show what the new person may do. */
	protected void personChanged() {
	}

	@Persist
	public void save() {
		session.save();
	}

	@Override
	public void discardUnsaved() {
		session.discardUnsaved();
	}

	public void autosave() {
		session.autosave();
	}

	@Focus
	final void focused() {
		focus();
	}

	@PreDestroy
	final void closing() {
		session.autosave();
	}

	protected final RecordSession<T> session() {
		return session;
	}

	protected final MPart part() {
		return part;
	}

	protected final Store store() {
		return store;
	}

	protected final SignedInPerson signedIn() {
		return signedIn;
	}

	protected final Actor actor() {
		return signedIn.actor();
	}

	/** Where today comes from: the application's clock (a test sets a fixed one). */
	protected final Clock clock() {
		return clock == null ? Clock.systemDefaultZone() : clock;
	}

	protected final LocalDate today() {
		return LocalDate.now(clock());
	}
}
