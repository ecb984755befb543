package org.qaworkbench.core.store;

import java.util.Optional;

import org.qaworkbench.model.ChecklistDefinition;

/**
 * Checklist definitions as they were when used: each version is stored once, by a hash of its content, so an
 * assessment always shows as it was completed even after its plugin is upgraded or removed.
 */
public interface Definitions {

	/** Stores the definition unless an identical one is stored already, and returns its content hash. */
	String store(ChecklistDefinition definition, Actor actor);

	/** The content hash a definition would be stored under. */
	String hashOf(ChecklistDefinition definition);

	Optional<ChecklistDefinition> find(String hash);
}
