package org.qaworkbench.store.jdbc.internal;

import static org.qaworkbench.store.jdbc.internal.SqlNames.quote;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
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
			PreparedStatement insert = inserts.get(t);
			List<?> elements = (List<?>) record.eGet(child.feature(), false);
			for (int seq = 0; seq < elements.size(); seq++) {
				insert.setLong(1, record.getId());
				insert.setInt(2, seq);
				Object element = elements.get(seq);
				int index = 3;
				for (Column column : child.columns()) {
					Object value = child.holdsObjects() ? column.read((EObject) element) : child.storedElement(element);
					column.type().set(insert, index++, value);
				}
				insert.addBatch();
			}
		}
	}

	static void insert(Connection connection, EntityMapping mapping, Identified record) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement(insertSql(mapping))) {
			bindRow(insert, mapping, record);
			insert.executeUpdate();
		}
		insertChildren(connection, mapping, record);
	}

	static void insertChildren(Connection connection, EntityMapping mapping, Identified record) throws SQLException {
		List<PreparedStatement> inserts = new java.util.ArrayList<>();
		try {
			for (ChildTable child : mapping.children) {
				inserts.add(connection.prepareStatement(childInsertSql(child)));
			}
			addChildRows(inserts, mapping, record);
			for (PreparedStatement insert : inserts) {
				insert.executeBatch();
			}
		} finally {
			for (PreparedStatement insert : inserts) {
				insert.close();
			}
		}
	}

	/** Updates the own row if it is still at {@code expectedVersion}; returns false when someone saved first. */
	static boolean update(Connection connection, EntityMapping mapping, Identified record, int expectedVersion) throws SQLException {
		List<Column> changing = mapping.columns.subList(1, mapping.columns.size());
		String set = changing.stream().map(column -> quote(column.name()) + " = ?").collect(Collectors.joining(", ")); //$NON-NLS-1$ //$NON-NLS-2$
		String sql = "UPDATE " + quote(mapping.table) + " SET " + set + " WHERE " + quote(EntityMapping.ID) + " = ? AND \"ROW_VERSION\" = ?"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		try (PreparedStatement update = connection.prepareStatement(sql)) {
			int index = 1;
			for (Column column : changing) {
				column.type().set(update, index++, column.read(record));
			}
			update.setLong(index++, record.getId());
			update.setInt(index, expectedVersion);
			if (update.executeUpdate() == 0) {
				return false;
			}
		}
		for (ChildTable child : mapping.children) {
			try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + quote(child.table()) + " WHERE " + quote(EntityMapping.PARENT_ID) + " = ?")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				delete.setLong(1, record.getId());
				delete.executeUpdate();
			}
		}
		insertChildren(connection, mapping, record);
		return true;
	}

	@SuppressWarnings("unchecked")
	static <T extends Identified> T find(Connection connection, EntityMapping mapping, long id) throws SQLException {
		T record;
		try (PreparedStatement select = connection.prepareStatement(selectSql(mapping, "WHERE " + quote(EntityMapping.ID) + " = ?"))) { //$NON-NLS-1$ //$NON-NLS-2$
			select.setLong(1, id);
			try (ResultSet row = select.executeQuery()) {
				if (!row.next()) {
					return null;
				}
				record = (T) readRow(mapping, row);
			}
		}
		for (ChildTable child : mapping.children) {
			try (PreparedStatement select = connection.prepareStatement(childSelectSql(child, "WHERE " + quote(EntityMapping.PARENT_ID) + " = ?"))) { //$NON-NLS-1$ //$NON-NLS-2$
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
