package org.qaworkbench.store.jdbc.internal;

import static org.qaworkbench.store.jdbc.internal.SqlNames.quote;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClass;
import org.qaworkbench.store.jdbc.internal.EntityMapping.ChildTable;
import org.qaworkbench.store.jdbc.internal.EntityMapping.Column;

/**
 * The statements a save or a load of one record class runs, written once per class: an assessment's save runs up
 * to a dozen of them, and building their text from the mapping each time cost more than binding them. Lists are
 * in the order of {@link EntityMapping#children}.
 */
final class TableSql {

	private static final Map<EClass, TableSql> BY_CLASS = new ConcurrentHashMap<>();

	final String insert;
	/** The insert up to the id's value, and after it: the id taken from the sequence in the statement itself. */
	final String insertBeforeId;
	final String insertAfterId;
	/** Every column but the id set, where the id and the row version read are as given (the last two parameters). */
	final String update;
	final String selectById;
	/** {@link #selectById} and every {@link #childSelectsByParent}, as one text, each with the id as its parameter. */
	final String selectWholeById;
	final List<String> childInserts;
	final List<String> childSelectsByParent;
	final List<String> childDeletes;

	private TableSql(EntityMapping mapping) {
		insert = RecordTables.insertSql(mapping);
		insertBeforeId = "INSERT INTO " + quote(mapping.table) + " (" + RecordTables.columnList(mapping.columns) + ") VALUES ("; //$NON-NLS-1$ //$NON-NLS-2$
		insertAfterId = mapping.columns.subList(1, mapping.columns.size()).stream().map(column -> ", ?").collect(Collectors.joining()) + ")"; //$NON-NLS-1$ //$NON-NLS-2$
		List<Column> changing = mapping.columns.subList(1, mapping.columns.size());
		update = "UPDATE " + quote(mapping.table) + " SET " + changing.stream().map(column -> quote(column.name()) + " = ?").collect(Collectors.joining(", ")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				+ " WHERE " + quote(EntityMapping.ID) + " = ? AND \"ROW_VERSION\" = ?"; //$NON-NLS-1$ //$NON-NLS-2$
		selectById = RecordTables.selectSql(mapping, "WHERE " + quote(EntityMapping.ID) + " = ?"); //$NON-NLS-1$ //$NON-NLS-2$
		childInserts = mapping.children.stream().map(RecordTables::childInsertSql).toList();
		childSelectsByParent = mapping.children.stream().map(child -> RecordTables.childSelectSql(child, "WHERE " + quote(EntityMapping.PARENT_ID) + " = ?")).toList(); //$NON-NLS-1$ //$NON-NLS-2$
		childDeletes = mapping.children.stream().map(TableSql::deleteSql).toList();
		selectWholeById = selectById + childSelectsByParent.stream().map(select -> "; " + select).collect(Collectors.joining()); //$NON-NLS-1$
	}

	static TableSql of(EntityMapping mapping) {
		return BY_CLASS.computeIfAbsent(mapping.eClass, eClass -> new TableSql(mapping));
	}

	private static String deleteSql(ChildTable child) {
		return "DELETE FROM " + quote(child.table()) + " WHERE " + quote(EntityMapping.PARENT_ID) + " = ?"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
