package org.qaworkbench.store.jdbc.internal;

import static org.qaworkbench.store.jdbc.internal.SqlNames.quote;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.InvalidRecordException;
import org.qaworkbench.core.store.InvalidRecordException.Problem;
import org.qaworkbench.core.store.Records;
import org.qaworkbench.core.store.SaveListeners;
import org.qaworkbench.core.store.SaveRefusedException;
import org.qaworkbench.core.store.StaleRecordException;
import org.qaworkbench.model.Identified;
import org.qaworkbench.model.QaPackage;
import org.qaworkbench.store.jdbc.internal.EntityMapping.ChildTable;

/** {@link Records} on any engine: transactional, optimistically locked saves with history (the domain layer validates). */
final class JdbcRecords implements Records {

	private final Database database;
	private final SaveListeners listeners = new SaveListeners();
	private final ReadCopies readCopies = new ReadCopies();

	JdbcRecords(Database database) {
		this.database = database;
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
		List<Identified> savedParts = new ArrayList<>();
		T saved = Transactions.<T, SaveRefusedException>run(database, connection -> {
			savedParts.clear();
			try {
				List<HistoryLog.Row> history = new ArrayList<>();
				T savedRoot = write(connection, root, actor, check, history);
				for (Identified part : parts) {
					savedParts.add(write(connection, part, actor, check, history));
				}
				HistoryLog.append(connection, history);
				return savedRoot;
			} catch (SQLException e) {
				throw UniqueFields.refusal(database.dialect(), e);
			}
		});
		// Listeners hear of a unit only once it is committed whole.
		listeners.saved(saved);
		savedParts.forEach(listeners::saved);
		return saved;
	}

	@Override
	public void addSaveListener(Consumer<? super Identified> listener) {
		listeners.add(listener);
	}

	@Override
	public void removeSaveListener(Consumer<? super Identified> listener) {
		listeners.remove(listener);
	}

	/**
	 * Writes one record of a unit and adds its history row. An update needs the stored copy once: it is handed to
	 * the domain's check, compared for the lists to rewrite and for the history's changes. That is the copy this store
	 * read when the record was opened, if it was read at the row version being saved; otherwise it is read here. The
	 * UPDATE itself is made only where the row is still at that version.
	 */
	private <T extends Identified> T write(Connection connection, T record, Actor actor, UpdateCheck check, List<HistoryLog.Row> history)
			throws SQLException, SaveRefusedException {
		EntityMapping mapping = EntityMapping.of(record.eClass());
		T saved = EcoreUtil.copy(record);
		saved.setModifiedBy(actor.userId());
		saved.setModifiedAt(SqlType.now());
		if (record.getId() == 0) {
			saved.setRowVersion(1);
			Optional<String> returning = database.dialect().returningClause(quote(EntityMapping.ID));
			if (returning.isPresent()) {
				RecordTables.insertWithNewId(connection, mapping, saved, database.dialect().nextIdExpression(), returning.get());
			} else {
				saved.setId(nextId(database, connection));
				RecordTables.insert(connection, mapping, saved);
			}
			history.add(new HistoryLog.Row(saved, HistoryLog.CREATED, List.of()));
			return saved;
		}
		Identified stored = readCopies.take(mapping.eClass, record.getId(), record.getRowVersion());
		if (stored == null) {
			stored = current(connection, mapping, record);
			if (stored.getRowVersion() != record.getRowVersion()) {
				throw stale(mapping, record, stored);
			}
		}
		check.check(stored, record);
		saved.setRowVersion(record.getRowVersion() + 1);
		if (!RecordTables.update(connection, mapping, saved, stored)) {
			// Saved by someone since it was read: name them as the database has it now.
			throw stale(mapping, record, current(connection, mapping, record));
		}
		history.add(new HistoryLog.Row(saved, HistoryLog.CHANGED, Flattener.changes(stored, saved)));
		return saved;
	}

	/** The record as it is in the database now; refused when there is none (or none this person may see). */
	private Identified current(Connection connection, EntityMapping mapping, Identified record) throws SQLException, InvalidRecordException {
		Identified stored = read(connection, mapping, record.getId());
		if (stored == null) {
			throw new InvalidRecordException(List.of(new Problem("id", "no such " + mapping.eClass.getName() + " #" + record.getId()))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		return stored;
	}

	/** Names who saved the record after this copy was read, from the record as it is now in the database. */
	private static StaleRecordException stale(EntityMapping mapping, Identified record, Identified current) {
		return new StaleRecordException(mapping.eClass.getName() + " #" + record.getId(), current.getModifiedBy(), current.getModifiedAt()); //$NON-NLS-1$
	}

	static long nextId(Database database, Connection connection) throws SQLException {
		try (PreparedStatement next = connection.prepareStatement(database.dialect().nextIdQuery()); ResultSet id = next.executeQuery()) {
			id.next();
			return id.getLong(1);
		}
	}

	@Override
	public <T extends Identified> Optional<T> find(Class<T> type, long id) {
		EntityMapping mapping = EntityMapping.of(eClassOf(type));
		T found = Transactions.read(database, connection -> this.<T>read(connection, mapping, id));
		if (found != null) {
			readCopies.keep(found);
		}
		return Optional.ofNullable(found);
	}

	/** A stored record and its lists, read in one round trip where the engine allows. */
	private <T extends Identified> T read(Connection connection, EntityMapping mapping, long id) throws SQLException {
		return RecordTables.find(connection, mapping, id, database.dialect().queriesInOneStatement());
	}

	@Override
	@SuppressWarnings("unchecked")
	public <T extends Identified> Optional<T> resolve(T reference) {
		return find((Class<T>) reference.eClass().getInstanceClass(), reference.getId());
	}

	@Override
	public <T extends Identified> List<T> list(Class<T> type) {
		List<T> records = new ArrayList<>();
		forEach(type, records::add);
		return records;
	}

	@Override
	public <T extends Identified> List<T> where(Class<T> type, EStructuralFeature feature, Object value) {
		EntityMapping mapping = EntityMapping.of(eClassOf(type));
		EntityMapping.Column column = column(mapping, feature);
		Object stored = column.isReference() ? ((Identified) value).getId() : value;
		return Transactions.read(database, connection -> {
			List<Long> ids = new ArrayList<>();
			try (PreparedStatement select = connection.prepareStatement("SELECT " + quote(EntityMapping.ID) + " FROM " + quote(mapping.table) + " WHERE " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ quote(column.name()) + " = ? ORDER BY " + quote(EntityMapping.ID))) { //$NON-NLS-1$
				column.type().set(select, 1, stored);
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						ids.add(rows.getLong(1));
					}
				}
			}
			List<T> records = new ArrayList<>();
			for (long id : ids) {
				records.add(read(connection, mapping, id));
			}
			return records;
		});
	}

	@Override
	public boolean exists(Class<? extends Identified> type, EStructuralFeature feature, Object value) {
		EntityMapping mapping = EntityMapping.of(eClassOf(type));
		EntityMapping.Column column = column(mapping, feature);
		Object stored = column.isReference() ? ((Identified) value).getId() : value;
		return Transactions.read(database, connection -> {
			try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM " + quote(mapping.table) + " WHERE " + quote(column.name()) //$NON-NLS-1$ //$NON-NLS-2$
					+ " = ? FETCH FIRST ROW ONLY")) { //$NON-NLS-1$
				column.type().set(select, 1, stored);
				try (ResultSet rows = select.executeQuery()) {
					return rows.next();
				}
			}
		});
	}

	private static EntityMapping.Column column(EntityMapping mapping, EStructuralFeature feature) {
		return mapping.columns.stream().filter(c -> c.path().equals(List.of(feature))).findFirst()
				.orElseThrow(() -> new IllegalArgumentException(feature.getName() + " is not a column of " + mapping.table)); //$NON-NLS-1$
	}

	@Override
	public long count(Class<? extends Identified> type) {
		EntityMapping mapping = EntityMapping.of(eClassOf(type));
		return Transactions.read(database, connection -> {
			try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM " + quote(mapping.table)); ResultSet result = count.executeQuery()) { //$NON-NLS-1$
				result.next();
				return result.getLong(1);
			}
		});
	}

	/**
	 * Streams records with one cursor on the record table and one per child table, all in id order, so that each
	 * record is assembled from the rows under the cursors without a query per record.
	 */
	@Override
	@SuppressWarnings("unchecked")
	public <T extends Identified> void forEach(Class<T> type, Consumer<? super T> action) {
		EntityMapping mapping = EntityMapping.of(eClassOf(type));
		Transactions.read(database, connection -> {
			List<ChildCursor> cursors = new ArrayList<>();
			try (PreparedStatement select = connection.prepareStatement(RecordTables.selectSql(mapping, "ORDER BY " + quote(EntityMapping.ID))); //$NON-NLS-1$
					ResultSet rows = select.executeQuery()) {
				for (ChildTable child : mapping.children) {
					cursors.add(new ChildCursor(connection, child));
				}
				while (rows.next()) {
					Identified record = RecordTables.readRow(mapping, rows);
					for (ChildCursor cursor : cursors) {
						cursor.addElementsOf(record);
					}
					action.accept((T) record);
				}
			} finally {
				for (ChildCursor cursor : cursors) {
					cursor.close();
				}
			}
			return null;
		});
	}

	/** A child table read in (PARENT_ID, SEQ) order alongside the records. */
	private static final class ChildCursor implements AutoCloseable {
		private final ChildTable child;
		private final PreparedStatement select;
		private final ResultSet rows;
		private boolean hasRow;

		ChildCursor(Connection connection, ChildTable child) throws SQLException {
			this.child = child;
			this.select = connection.prepareStatement(RecordTables.childSelectSql(child, "")); //$NON-NLS-1$
			this.rows = select.executeQuery();
			this.hasRow = rows.next();
		}

		void addElementsOf(Identified record) throws SQLException {
			while (hasRow && rows.getLong(1) < record.getId()) {
				hasRow = rows.next();
			}
			while (hasRow && rows.getLong(1) == record.getId()) {
				RecordTables.addElement(record, child, rows);
				hasRow = rows.next();
			}
		}

		@Override
		public void close() throws SQLException {
			rows.close();
			select.close();
		}
	}

	@Override
	public BulkInsert bulkInsert(Actor actor) {
		return new JdbcBulkInsert(database, actor);
	}

	static EClass eClassOf(Class<?> type) {
		for (EClassifier classifier : QaPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass eClass && eClass.getInstanceClass() == type) {
				return eClass;
			}
		}
		throw new IllegalArgumentException(type.getName() + " is not a class of the model"); //$NON-NLS-1$
	}
}
