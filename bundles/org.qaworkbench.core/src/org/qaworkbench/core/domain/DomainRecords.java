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
 * {@link Records} with the domain's rules applied once per change: each record of a unit is scored where scoring
 * applies and validated before the engine sees it (an invalid unit never reaches the engine); then the whole unit
 * goes to the engine as one transaction, in which the engine hands the domain each stored copy it reads for the
 * sign-off lock. A refused unit leaves nothing written.
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
		return save(root, parts, actor, UpdateCheck.NONE);
	}

	@Override
	public <T extends Identified> T save(T root, List<? extends Identified> parts, Actor actor, UpdateCheck check) throws SaveRefusedException {
		rules.prepare(root);
		for (Identified part : parts) {
			rules.prepare(part);
		}
		return engine.save(root, parts, actor, (stored, changed) -> {
			refuseLocked(stored, changed);
			check.check(stored, changed);
		});
	}

	/**
	 * The lock is checked against the stored copy the engine reads inside the save's transaction, the one it
	 * checks the row version against and writes the history from: one read per save, and no save can come in
	 * between the check and the write (the write would be refused as stale by its row version).
	 */
	private static void refuseLocked(Identified stored, Identified changed) throws SaveRefusedException {
		if (SupervisionLock.applies(changed)) {
			SupervisionLock.check(stored, changed);
		} else if (changed instanceof Assessment assessment) {
			AssessmentLock.check((Assessment) stored, assessment);
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
