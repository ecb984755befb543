package org.qaworkbench.ui.editors;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Drafts.Draft;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.model.Identified;

/** The unsaved work a person left behind, of any record type: what is offered back to them after a crash. */
public final class KeptDrafts {

	/** A stored record: its type and id. */
	public record RecordKey(EClass type, long id) {
	}

	private KeptDrafts() {
	}

	/** The newest kept draft of each stored record that {@code owner} typed, newest first. */
	public static Map<RecordKey, Draft> of(Store store, Actor owner) {
		Map<RecordKey, Draft> kept = new LinkedHashMap<>();
		for (Draft draft : store.drafts().of(owner)) {
			if (draft.content() instanceof Identified record && record.getId() != 0) {
				kept.putIfAbsent(new RecordKey(record.eClass(), record.getId()), draft);
			}
		}
		return kept;
	}

	/** The stored record a kept draft is of, to open its editor (which finds the draft). */
	@SuppressWarnings("unchecked")
	public static java.util.Optional<Identified> record(Store store, RecordKey key) {
		Class<?> type = key.type().getInstanceClass();
		return Identified.class.isAssignableFrom(type) ? store.records().find((Class<? extends Identified>) type, key.id()).map(Identified.class::cast)
				: java.util.Optional.empty();
	}
}
