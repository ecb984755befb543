package org.qaworkbench.store.jdbc.internal;

import static org.qaworkbench.store.jdbc.internal.SqlNames.quote;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.qaworkbench.model.Identified;
import org.qaworkbench.store.jdbc.internal.EntityMapping.ChildTable;
import org.qaworkbench.store.jdbc.internal.EntityMapping.Column;

/** Reads and writes records through the tables of their {@link EntityMapping}. */
final class RecordTables {

	private RecordTables() {
	}

	static String columnList(List<Column> columns) {
		return columns.stream().map(column -> quote(column.name())).collect(Collectors.joining(", ")); //$NON-NLS-1$
	}

	static String insertSql(EntityMapping mapping) {
		return "INSERT INTO " + quote(mapping.table) + " (" + columnList(mapping.columns) + ") VALUES (" + marks(mapping.columns.size()) + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	static String childInsertSql(ChildTable child) {
		return "INSERT INTO " + quote(child.table()) + " (" + quote(EntityMapping.PARENT_ID) + ", " + quote(EntityMapping.SEQ) + ", " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				+ columnList(child.columns()) + ") VALUES (" + marks(child.columns().size() + 2) + ")"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	static String selectSql(EntityMapping mapping, String where) {
		return "SELECT " + columnList(mapping.columns) + " FROM " + quote(mapping.table) + " " + where; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	static String childSelectSql(ChildTable child, String where) {
		return "SELECT " + quote(EntityMapping.PARENT_ID) + ", " + columnList(child.columns()) + " FROM " + quote(child.table()) + " " + where //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				+ " ORDER BY " + quote(EntityMapping.PARENT_ID) + ", " + quote(EntityMapping.SEQ); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String marks(int count) {
		return String.join(", ", java.util.Collections.nCopies(count, "?")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Binds a record's own columns, in mapping order, from parameter 1. */
	static void bindRow(PreparedStatement statement, EntityMapping mapping, Identified record) throws SQLException {
		int index = 1;
		for (Column column : mapping.columns) {
			column.type().set(statement, index++, column.read(record));
		}
	}

	/** Adds a batch row per list element of every child table. */
	static void addChildRows(List<PreparedStatement> inserts, EntityMapping mapping, Identified record) throws SQLException {
		for (int t = 0; t < mapping.children.size(); t++) {
			ChildTable child = mapping.children.get(t);
			addRows(inserts.get(t), child, record.getId(), elements(record, child));
		}
	}

	private static void addRows(PreparedStatement insert, ChildTable child, long parentId, List<?> elements) throws SQLException {
		for (int seq = 0; seq < elements.size(); seq++) {
			insert.setLong(1, parentId);
			insert.setInt(2, seq);
			int index = 3;
			for (Column column : child.columns()) {
				column.type().set(insert, index++, stored(child, column, elements.get(seq)));
			}
			insert.addBatch();
		}
	}

	private static Object stored(ChildTable child, Column column, Object element) {
		return child.holdsObjects() ? column.read((EObject) element) : child.storedElement(element);
	}

	private static List<?> elements(Identified record, ChildTable child) {
		return (List<?>) record.eGet(child.feature(), false);
	}

	static void insert(Connection connection, EntityMapping mapping, Identified record) throws SQLException {
		TableSql sql = TableSql.of(mapping);
		try (PreparedStatement insert = connection.prepareStatement(sql.insert)) {
			bindRow(insert, mapping, record);
			insert.executeUpdate();
		}
		insertChildren(connection, mapping, record);
	}

	/**
	 * Inserts a new record whose id the INSERT takes from the sequence ({@code nextId}) and returns through
	 * {@code returning} (the dialect's clause), and sets that id on the record: one statement instead of two.
	 */
	static void insertWithNewId(Connection connection, EntityMapping mapping, Identified record, String nextId, String returning) throws SQLException {
		TableSql sql = TableSql.of(mapping);
		try (PreparedStatement insert = connection.prepareStatement(sql.insertBeforeId + nextId + sql.insertAfterId + returning)) {
			int index = 1;
			for (Column column : mapping.columns.subList(1, mapping.columns.size())) {
				column.type().set(insert, index++, column.read(record));
			}
			try (ResultSet id = insert.executeQuery()) {
				id.next();
				record.setId(id.getLong(1));
			}
		}
		insertChildren(connection, mapping, record);
	}

	private static void insertChildren(Connection connection, EntityMapping mapping, Identified record) throws SQLException {
		TableSql sql = TableSql.of(mapping);
		for (int t = 0; t < mapping.children.size(); t++) {
			insertRows(connection, sql.childInserts.get(t), mapping.children.get(t), record);
		}
	}

	/** The elements of one list as one batch; an empty list (most of a record's lists) costs no statement. */
	private static void insertRows(Connection connection, String sql, ChildTable child, Identified record) throws SQLException {
		List<?> elements = elements(record, child);
		if (elements.isEmpty()) {
			return;
		}
		try (PreparedStatement insert = connection.prepareStatement(sql)) {
			addRows(insert, child, record.getId(), elements);
			insert.executeBatch();
		}
	}

	/**
	 * Updates the record's own row if it is still at the row version of {@code stored}, the copy read in this
	 * transaction, and rewrites only the lists that differ from that copy's: changing a comment leaves an audit's 45
	 * answer rows alone. Returns false when someone saved first. Once the row is updated, nobody else can have
	 * saved the record since {@code stored} was read (every save moves the row version on), so its lists are
	 * those in the database.
	 */
	static boolean update(Connection connection, EntityMapping mapping, Identified record, Identified stored) throws SQLException {
		TableSql sql = TableSql.of(mapping);
		try (PreparedStatement update = connection.prepareStatement(sql.update)) {
			int index = 1;
			for (Column column : mapping.columns.subList(1, mapping.columns.size())) {
				column.type().set(update, index++, column.read(record));
			}
			update.setLong(index++, record.getId());
			update.setInt(index, stored.getRowVersion());
			if (update.executeUpdate() == 0) {
				return false;
			}
		}
		for (int t = 0; t < mapping.children.size(); t++) {
			ChildTable child = mapping.children.get(t);
			List<?> before = elements(stored, child);
			if (sameRows(child, before, elements(record, child))) {
				continue;
			}
			if (!before.isEmpty()) {
				try (PreparedStatement delete = connection.prepareStatement(sql.childDeletes.get(t))) {
					delete.setLong(1, record.getId());
					delete.executeUpdate();
				}
			}
			insertRows(connection, sql.childInserts.get(t), child, record);
		}
		return true;
	}

	/** Whether two lists give the same rows, compared by the values their columns would hold. */
	private static boolean sameRows(ChildTable child, List<?> before, List<?> now) {
		if (before.size() != now.size()) {
			return false;
		}
		for (int i = 0; i < before.size(); i++) {
			for (Column column : child.columns()) {
				if (!sameValue(stored(child, column, before.get(i)), stored(child, column, now.get(i)))) {
					return false;
				}
			}
		}
		return true;
	}

	/** A decimal column keeps a fixed scale: a score of 3 is stored, and read back, as 3.0000. */
	private static boolean sameValue(Object before, Object now) {
		if (before instanceof BigDecimal one && now instanceof BigDecimal other) {
			return one.compareTo(other) == 0;
		}
		return Objects.equals(before, now);
	}

	/**
	 * Reads a record and its lists, or null when there is none; {@code together}: in one statement holding every
	 * query (see {@link org.qaworkbench.store.jdbc.Dialect#queriesInOneStatement()}).
	 */
	static <T extends Identified> T find(Connection connection, EntityMapping mapping, long id, boolean together) throws SQLException {
		return together ? findTogether(connection, mapping, id) : find(connection, mapping, id);
	}

	@SuppressWarnings("unchecked")
	private static <T extends Identified> T findTogether(Connection connection, EntityMapping mapping, long id) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement(TableSql.of(mapping).selectWholeById)) {
			for (int parameter = 1; parameter <= 1 + mapping.children.size(); parameter++) {
				select.setLong(parameter, id);
			}
			select.execute();
			T record;
			try (ResultSet row = select.getResultSet()) {
				if (!row.next()) {
					return null;
				}
				record = (T) readRow(mapping, row);
			}
			for (ChildTable child : mapping.children) {
				select.getMoreResults();
				try (ResultSet rows = select.getResultSet()) {
					while (rows.next()) {
						addElement(record, child, rows);
					}
				}
			}
			return record;
		}
	}

	@SuppressWarnings("unchecked")
	static <T extends Identified> T find(Connection connection, EntityMapping mapping, long id) throws SQLException {
		TableSql sql = TableSql.of(mapping);
		T record;
		try (PreparedStatement select = connection.prepareStatement(sql.selectById)) {
			select.setLong(1, id);
			try (ResultSet row = select.executeQuery()) {
				if (!row.next()) {
					return null;
				}
				record = (T) readRow(mapping, row);
			}
		}
		for (int t = 0; t < mapping.children.size(); t++) {
			ChildTable child = mapping.children.get(t);
			try (PreparedStatement select = connection.prepareStatement(sql.childSelectsByParent.get(t))) {
				select.setLong(1, id);
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						addElement(record, child, rows);
					}
				}
			}
		}
		return record;
	}

	static Identified readRow(EntityMapping mapping, ResultSet row) throws SQLException {
		Identified record = (Identified) EcoreUtil.create(mapping.eClass);
		int index = 1;
		for (Column column : mapping.columns) {
			column.write(record, column.type().get(row, index++));
		}
		return record;
	}

	/** Adds the element in the current row of a child table (whose first column is PARENT_ID) to its record. */
	@SuppressWarnings("unchecked")
	static void addElement(Identified record, ChildTable child, ResultSet row) throws SQLException {
		EList<Object> elements = (EList<Object>) record.eGet(child.feature(), false);
		if (child.holdsObjects()) {
			EClass type = ((EReference) child.feature()).getEReferenceType();
			EObject element = EcoreUtil.create(type);
			int index = 2;
			for (Column column : child.columns()) {
				column.write(element, column.type().get(row, index++));
			}
			elements.add(element);
		} else {
			Column column = child.columns().get(0);
			elements.add(child.modelElement(column.type().get(row, 2)));
		}
	}
}
