package org.qaworkbench.core.store;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.qaworkbench.model.Identified;

/**
 * Stores any {@link Identified} record of the model: localities, teams, staff, cases, assessments, remedial
 * actions, observations and supervision records. Each save is one transaction that also appends to the history.
 * References to other records come back as proxies carrying only their id: {@link #resolve} fetches them.
 */
public interface Records {

	/**
	 * Inserts a record with id 0, or updates one whose {@code rowVersion} is still current. Returns a fresh copy as
	 * stored (id, row version, who and when). Nothing is written when the record is refused.
	 */
	<T extends Identified> T save(T record, Actor actor) throws SaveRefusedException;

	/**
	 * Saves a record with stored records that belong to it, as {@link #save} does each, in one transaction: all are
	 * saved or, when any is refused, none (an audit completed with the follow-up dates of its actions). Returns
	 * the root as stored.
	 */
	<T extends Identified> T save(T root, List<? extends Identified> parts, Actor actor) throws SaveRefusedException;

	/**
	 * Saves as {@link #save(Identified, List, Actor)} does, and hands {@code check} the stored copy of each record
	 * of the unit being updated, read inside the save's transaction at the row version of the changed one: the
	 * same read the store makes for the staleness check and the history, so a save reads a stored record once.
	 */
	<T extends Identified> T save(T root, List<? extends Identified> parts, Actor actor, UpdateCheck check) throws SaveRefusedException;

	<T extends Identified> Optional<T> find(Class<T> type, long id);

	/** The stored record a proxy or a stale copy stands for. */
	<T extends Identified> Optional<T> resolve(T reference);

	/** Every record of a type in id order, streamed: never more than one in memory at a time. */
	<T extends Identified> void forEach(Class<T> type, Consumer<? super T> action);

	/**
	 * The records of a type whose single-valued {@code feature} equals {@code value} (for a reference, the record it
	 * refers to), in id order: the cases of a locality, the audits of a case.
	 */
	<T extends Identified> List<T> where(Class<T> type, EStructuralFeature feature, Object value);

	/** Every record of a small type (localities, teams, staff) in id order. */
	<T extends Identified> List<T> list(Class<T> type);

	long count(Class<? extends Identified> type);

	/**
	 * Whether any record of a type has {@code feature} equal to {@code value}, without reading one: whether a case
	 * has assessments, for its expand arrow.
	 */
	boolean exists(Class<? extends Identified> type, EStructuralFeature feature, Object value);

	/**
	 * Tells {@code listener} of every record {@link #save}d, once its transaction has committed, on the saving thread,
	 * with the record as stored: so views follow changes whoever makes them. Bulk inserts are not told: they fill a
	 * database for imports, demo data and benchmarks, which nothing is showing yet.
	 */
	void addSaveListener(Consumer<? super Identified> listener);

	void removeSaveListener(Consumer<? super Identified> listener);

	/**
	 * A rule about changing a stored record (the sign-off lock), applied inside the save's transaction: throwing
	 * refuses the whole unit and nothing of it is written. Never called for a new record, nor for a stale copy
	 * (the store refuses that as stale first).
	 */
	@FunctionalInterface
	interface UpdateCheck {

		/** Checks nothing. */
		UpdateCheck NONE = (stored, changed) -> {
		};

		void check(Identified stored, Identified changed) throws SaveRefusedException;
	}

	/**
	 * Inserts many new records in large transactions, for imports, demo data and benchmarks: each record is
	 * validated (by the domain layer, as with {@link #save}) and its creation recorded in the history.
	 */
	BulkInsert bulkInsert(Actor actor);

	/**
	 * An open bulk insert; {@link #close} commits what is left. Records come in units: the store chooses how many
	 * go into one transaction, but commits only between units, so a crash keeps or loses each unit whole.
	 */
	interface BulkInsert extends AutoCloseable {

		/** Adds a new record that stands on its own, a unit of one, and returns its id. */
		default long add(Identified record) throws InvalidRecordException {
			return add(record, List.of());
		}

		/**
		 * Adds a new record with the new records that belong to it, as one unit: an audit (its answers and sign-offs
		 * inside it) with its remedial actions. Every record is validated before any is added, so an invalid one
		 * adds none. Returns the root's id; each part gets its own id too.
		 */
		long add(Identified root, List<? extends Identified> parts) throws InvalidRecordException;

		@Override
		void close();
	}
}
