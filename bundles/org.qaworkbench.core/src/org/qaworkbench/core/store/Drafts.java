package org.qaworkbench.core.store;

import java.time.Instant;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * Work in progress saved every few seconds while someone types, kept apart from the records so that a crash
 * loses at most the last autosave interval. Drafts belong to the user who typed them.
 */
public interface Drafts {

	/** Saves or replaces (same id) a draft, and returns its id. */
	long save(long id, String title, EObject content, Actor owner);

	/** The drafts a user left behind, newest first: offered back after a crash. */
	List<Draft> of(Actor owner);

	void discard(long id);

	/** A saved draft; {@code content} is a copy of what was being edited. */
	record Draft(long id, String title, Instant savedAt, EObject content) {
	}
}
