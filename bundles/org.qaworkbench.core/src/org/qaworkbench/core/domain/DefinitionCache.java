package org.qaworkbench.core.domain;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.qaworkbench.core.store.Definitions;
import org.qaworkbench.model.ChecklistDefinition;

/**
 * Checklist definitions by content hash, each read from the store once: a hash names one content for ever, so a
 * kept copy never goes stale, and validating a bulk insert of thousands of audits reads the definition once. The
 * copies are only read (scoring, validation), never handed out.
 */
final class DefinitionCache {

	private final Definitions definitions;
	private final Map<String, ChecklistDefinition> byHash = new ConcurrentHashMap<>();

	DefinitionCache(Definitions definitions) {
		this.definitions = definitions;
	}

	Optional<ChecklistDefinition> find(String hash) {
		ChecklistDefinition known = byHash.get(hash);
		if (known != null) {
			return Optional.of(known);
		}
		Optional<ChecklistDefinition> found = definitions.find(hash);
		found.ifPresent(definition -> byHash.putIfAbsent(hash, definition));
		return found;
	}
}
