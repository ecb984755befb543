package org.qaworkbench.core.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.qaworkbench.core.audits.AssessmentLock;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Definitions;
import org.qaworkbench.core.store.InvalidRecordException;
import org.qaworkbench.core.store.Records;
import org.qaworkbench.core.store.SaveRefusedException;
import org.qaworkbench.core.supervision.SupervisionLock;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.Identified;

/**
 * {@link Records} with the domain's rules applied once per change, before the engine sees it: each record of a unit
 * is scored where scoring applies and validated, a signed-off assessment is checked against the sign-off lock, and
 * only then does the whole unit go to the engine as one transaction. A refused unit never reaches the engine.
 */
final class DomainRecords implements Records {

	private final Records engine;
	private final RecordRules rules;

	DomainRecords(Records engine, Definitions definitions) {
		this.engine = engine;
		this.rules = new RecordRules(new DefinitionCache(definitions));
	}

	@Override
	public <T extends Identified> T save(T record, Actor actor) throws SaveRefusedException {
		return save(record, List.of(), actor);
	}

	@Override
	public <T extends Identified> T save(T root, List<? extends Identified> parts, Actor actor) throws SaveRefusedException {
		rules.prepare(root);
		for (Identified part : parts) {
			rules.prepare(part);
		}
		refuseLocked(root);
		for (Identified part : parts) {
			refuseLocked(part);
		}
		return engine.save(root, parts, actor);
	}

	/**
	 * The lock is checked against the stored copy this one was read from. Should someone save the record between
	 * this read and the engine's write, the engine refuses the write as stale by its row version, so the check
	 * cannot be raced; a copy older than the stored one is refused as stale by the engine anyway.
	 */
	private void refuseLocked(Identified record) throws SaveRefusedException {
		if (SupervisionLock.applies(record) && record.getId() != 0) {
			// As for assessments: a stale copy is the engine's to refuse, by its row version.
			Optional<Identified> stored = engine.resolve(record);
			if (stored.isPresent() && stored.get().getRowVersion() == record.getRowVersion()) {
				SupervisionLock.check(stored.get(), record);
			}
			return;
		}
		if (!(record instanceof Assessment changed) || record.getId() == 0) {
			return;
		}
		// None stored: the engine refuses the update of a record it does not have.
		Optional<Assessment> stored = engine.find(Assessment.class, record.getId());
		if (stored.isPresent() && stored.get().getRowVersion() == changed.getRowVersion()) {
			AssessmentLock.check(stored.get(), changed);
		}
	}

	@Override
	public BulkInsert bulkInsert(Actor actor) {
		BulkInsert engineInsert = engine.bulkInsert(actor);
		return new BulkInsert() {
			@Override
			public long add(Identified root, List<? extends Identified> parts) throws InvalidRecordException {
				// Every record of the unit is checked before any reaches the engine: an invalid one adds none.
				List<Identified> unit = new ArrayList<>();
				unit.add(root);
				unit.addAll(parts);
				for (Identified record : unit) {
					rules.prepare(record);
				}
				return engineInsert.add(root, parts);
			}

			@Override
			public void close() {
				engineInsert.close();
			}
		};
	}

	@Override
	public <T extends Identified> Optional<T> find(Class<T> type, long id) {
		return engine.find(type, id);
	}

	@Override
	public <T extends Identified> Optional<T> resolve(T reference) {
		return engine.resolve(reference);
	}

	@Override
	public <T extends Identified> void forEach(Class<T> type, Consumer<? super T> action) {
		engine.forEach(type, action);
	}

	@Override
	public <T extends Identified> List<T> where(Class<T> type, EStructuralFeature feature, Object value) {
		return engine.where(type, feature, value);
	}

	@Override
	public <T extends Identified> List<T> list(Class<T> type) {
		return engine.list(type);
	}

	@Override
	public long count(Class<? extends Identified> type) {
		return engine.count(type);
	}

	@Override
	public boolean exists(Class<? extends Identified> type, EStructuralFeature feature, Object value) {
		return engine.exists(type, feature, value);
	}

	@Override
	public void addSaveListener(Consumer<? super Identified> listener) {
		engine.addSaveListener(listener);
	}

	@Override
	public void removeSaveListener(Consumer<? super Identified> listener) {
		engine.removeSaveListener(listener);
	}
}
