package org.qaworkbench.core.checklists.registry;

import java.util.Optional;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Definitions;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.ChecklistDefinition;

/**
 * Which definition an assessment uses. An existing assessment always gets the snapshot it was started with (by its
 * {@code definitionHash}), even after its plugin was upgraded or removed; a new one gets the newest installed
 * version, whose snapshot is stored first so that it can be pinned.
 */
public final class DefinitionResolver {

	/** A definition and the content hash its snapshot is stored under: put the hash on the new assessment. */
	public record Resolved(ChecklistDefinition definition, String hash) {
	}

	private final ChecklistRegistry registry;
	private final Definitions definitions;

	public DefinitionResolver(ChecklistRegistry registry, Definitions definitions) {
		this.registry = registry;
		this.definitions = definitions;
	}

	/**
	 * The definition an existing assessment was started with. Without a stored hash (records older than
	 * snapshots), the installed definition with its id and version, if any.
	 */
	public Optional<ChecklistDefinition> forAssessment(Assessment assessment) {
		String hash = assessment.getDefinitionHash();
		if (hash != null && !hash.isBlank()) {
			return definitions.find(hash);
		}
		return registry.find(assessment.getDefinitionId(), assessment.getDefinitionVersion()).map(EcoreUtil::copy);
	}

	/** The newest installed version for a new assessment, its snapshot stored; empty when no plugin contributes it. */
	public Optional<Resolved> forNewAssessment(String definitionId, Actor actor) {
		return registry.newest(definitionId).map(newest -> {
			ChecklistDefinition copy = EcoreUtil.copy(newest);
			return new Resolved(copy, definitions.store(copy, actor));
		});
	}
}
