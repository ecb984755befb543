package org.qaworkbench.server.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.osgi.util.NLS;

/**
 * Copies every row of every table of a data folder's embedded database into an unused team database at the same
 * schema version, in one transaction on the target: records with their ids, child rows, definition snapshots,
 * drafts and history, history ids too. The id sequence and the history's identity then continue past the highest
 * id copied. Counts on both sides, table by table, must agree before it commits. The source is only read.
 *
 * <p>Tables are matched by name without regard to case (Derby stores unquoted names in upper case, PostgreSQL in
 * lower case). Rows the target's migrations wrote (the installation row, the seeded audit themes) are replaced by
 * the source's, which the same migrations wrote there and a team may since have edited.
 */
final class TableCopy {

	/** The migrations' own bookkeeping: both sides already have theirs, at the same version. */
	static final Set<String> NOT_COPIED = Set.of("SCHEMA_VERSION"); //$NON-NLS-1$
	/** A team database someone has used has rows in one of these: history, drafts or definition snapshots. */
	static final List<String> USED_WHEN_ANY_ROWS = List.of("HISTORY", "DRAFTS", "DEFINITIONS", "ACCESS_LOG"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	private static final String RECORD_IDS = "record_ids"; //$NON-NLS-1$
	private static final int BATCH = 1000;

	/** Rows of one table on each side after the copy. */
	record Count(String table, long source, long target) {
		boolean equal() {
			return source == target;
		}
	}

	private final Connection source;
	private final String sourceSchema;
	private final Connection target;

	/** {@code target} acts as the owner of the team database's tables. */
	TableCopy(Connection source, Connection target) throws SQLException {
		this.source = source;
		this.sourceSchema = source.getSchema();
		this.target = target;
	}

	/** Refuses a target that holds anything a person made; the target's own seeds do not count. */
	void refuseUsedTarget(Map<String, String> targetTables, String where) throws SQLException, ServerException {
		for (String table : USED_WHEN_ANY_ROWS) {
			String name = targetTables.get(table);
			if (name != null && count(target, name) > 0) {
				throw new ServerException(NLS.bind(Messages.Move_notEmpty, where, name));
			}
		}
	}

	/** Copies, checks the counts and commits; nothing is committed when anything fails or a count differs. */
	List<Count> copy(String where) throws SQLException, ServerException {
		Map<String, String> sourceTables = tables(source, sourceSchema);
		Map<String, String> targetTables = tables(target, "public"); //$NON-NLS-1$
		if (!sourceTables.keySet().equals(targetTables.keySet())) {
			Set<String> differing = new LinkedHashSet<>(sourceTables.keySet());
			differing.addAll(targetTables.keySet());
			differing.removeIf(name -> sourceTables.containsKey(name) && targetTables.containsKey(name));
			throw new ServerException(NLS.bind(Messages.Move_differentTables, where, differing));
		}
		List<String> order = parentsFirst(targetTables);
		boolean sourceAutoCommit = source.getAutoCommit();
		boolean targetAutoCommit = target.getAutoCommit();
		source.setAutoCommit(false);
		target.setAutoCommit(false);
		try {
			refuseUsedTarget(targetTables, where);
			for (int i = order.size() - 1; i >= 0; i--) { // children before parents; the unused history and access log are never touched
				if (!TeamRoles.APPEND_ONLY_TABLES.contains(order.get(i))) {
					try (Statement delete = target.createStatement()) {
						delete.executeUpdate("DELETE FROM " + TeamRoles.quote(targetTables.get(order.get(i)))); //$NON-NLS-1$
					}
				}
			}
			List<Count> counts = new ArrayList<>();
			for (String table : order) {
				copyTable(sourceTables.get(table), targetTables.get(table), where);
				counts.add(new Count(table, count(source, sourceTables.get(table)), count(target, targetTables.get(table))));
			}
			for (Count count : counts) {
				if (!count.equal()) {
					throw new ServerException(NLS.bind(Messages.Move_countsDiffer, new Object[] { count.table(), count.source(), count.target() }));
				}
			}
			continueSequences(targetTables);
			target.commit();
			source.commit();
			return counts;
		} catch (SQLException | ServerException | RuntimeException e) {
			target.rollback();
			source.rollback();
			throw e;
		} finally {
			target.setAutoCommit(targetAutoCommit);
			source.setAutoCommit(sourceAutoCommit);
		}
	}

	private void copyTable(String sourceTable, String targetTable, String where) throws SQLException, ServerException {
		Map<String, Integer> targetColumns = new LinkedHashMap<>(); // upper-case name -> SQL type
		Map<String, String> targetNames = new HashMap<>();
		Set<String> identities = new LinkedHashSet<>();
		try (ResultSet columns = target.getMetaData().getColumns(null, "public", targetTable, null)) { //$NON-NLS-1$
			while (columns.next()) {
				String name = columns.getString("COLUMN_NAME"); //$NON-NLS-1$
				targetColumns.put(name.toUpperCase(Locale.ROOT), columns.getInt("DATA_TYPE")); //$NON-NLS-1$
				targetNames.put(name.toUpperCase(Locale.ROOT), name);
				if ("YES".equals(columns.getString("IS_AUTOINCREMENT"))) { //$NON-NLS-1$ //$NON-NLS-2$
					identities.add(name);
				}
			}
		}
		Map<String, String> sourceNames = new HashMap<>();
		try (ResultSet columns = source.getMetaData().getColumns(null, sourceSchema, sourceTable, null)) {
			while (columns.next()) {
				String name = columns.getString("COLUMN_NAME"); //$NON-NLS-1$
				sourceNames.put(name.toUpperCase(Locale.ROOT), name);
			}
		}
		if (!sourceNames.keySet().equals(targetColumns.keySet())) {
			throw new ServerException(NLS.bind(Messages.Move_differentColumns, new Object[] { where, targetTable, sourceNames.keySet(), targetColumns.keySet() }));
		}
		List<String> columns = new ArrayList<>(targetColumns.keySet());
		StringBuilder select = new StringBuilder("SELECT "); //$NON-NLS-1$
		StringBuilder insert = new StringBuilder("INSERT INTO ").append(TeamRoles.quote(targetTable)).append(" ("); //$NON-NLS-1$ //$NON-NLS-2$
		StringBuilder values = new StringBuilder();
		for (int i = 0; i < columns.size(); i++) {
			String separator = i == 0 ? "" : ", "; //$NON-NLS-1$ //$NON-NLS-2$
			select.append(separator).append(TeamRoles.quote(sourceNames.get(columns.get(i))));
			insert.append(separator).append(TeamRoles.quote(targetNames.get(columns.get(i))));
			values.append(separator).append('?');
		}
		select.append(" FROM ").append(quoteIn(sourceSchema, sourceTable)); //$NON-NLS-1$
		// history keeps its ids: they order it, and nothing may renumber it
		insert.append(identities.isEmpty() ? ") VALUES (" : ") OVERRIDING SYSTEM VALUE VALUES (").append(values).append(')'); //$NON-NLS-1$ //$NON-NLS-2$
		try (Statement reader = source.createStatement(); ResultSet rows = reader.executeQuery(select.toString());
				PreparedStatement writer = target.prepareStatement(insert.toString())) {
			int pending = 0;
			while (rows.next()) {
				for (int i = 0; i < columns.size(); i++) {
					Object value = plain(rows.getObject(i + 1));
					if (value == null) {
						writer.setNull(i + 1, targetColumns.get(columns.get(i)));
					} else {
						writer.setObject(i + 1, value);
					}
				}
				writer.addBatch();
				if (++pending == BATCH) {
					writer.executeBatch();
					pending = 0;
				}
			}
			if (pending > 0) {
				writer.executeBatch();
			}
		}
		for (String identity : identities) {
			try (Statement statement = target.createStatement()) {
				statement.executeQuery("SELECT setval(pg_get_serial_sequence('" + TeamRoles.quote(targetTable) + "', '" + identity //$NON-NLS-1$ //$NON-NLS-2$
						+ "'), COALESCE((SELECT MAX(" + TeamRoles.quote(identity) + ") FROM " + TeamRoles.quote(targetTable) + "), 1), " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						+ "(SELECT COUNT(*) > 0 FROM " + TeamRoles.quote(targetTable) + "))").close(); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

	/**
	 * The next record id is past every id copied: every record's and draft's, and every id the history names (a
	 * deleted record's id is never handed out again).
	 */
	private void continueSequences(Map<String, String> targetTables) throws SQLException {
		long highest = 0;
		for (Map.Entry<String, String> table : targetTables.entrySet()) {
			String idColumn = TeamRoles.APPEND_ONLY_TABLES.contains(table.getKey()) ? "RECORD_ID" : "ID"; //$NON-NLS-1$ //$NON-NLS-2$
			String column = columnNamed(table.getValue(), idColumn);
			if (column != null) {
				try (Statement statement = target.createStatement(); ResultSet max = statement.executeQuery(
						"SELECT MAX(" + TeamRoles.quote(column) + ") FROM " + TeamRoles.quote(table.getValue()))) { //$NON-NLS-1$ //$NON-NLS-2$
					max.next();
					highest = Math.max(highest, max.getLong(1));
				}
			}
		}
		if (highest > 0) {
			try (Statement statement = target.createStatement()) {
				statement.executeQuery("SELECT setval('" + RECORD_IDS + "', " + highest + ")").close(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}
	}

	private String columnNamed(String table, String upperCaseName) throws SQLException {
		try (ResultSet columns = target.getMetaData().getColumns(null, "public", table, null)) { //$NON-NLS-1$
			while (columns.next()) {
				String name = columns.getString("COLUMN_NAME"); //$NON-NLS-1$
				if (name.equalsIgnoreCase(upperCaseName) && columns.getInt("DATA_TYPE") == java.sql.Types.BIGINT) { //$NON-NLS-1$
					return name;
				}
			}
		}
		return null;
	}

	/** Large values as plain Java values, so that they go to the other engine without its LOB handles. */
	private static Object plain(Object value) throws SQLException {
		if (value instanceof Clob clob) {
			try (Reader reader = clob.getCharacterStream()) {
				StringWriter text = new StringWriter();
				reader.transferTo(text);
				return text.toString();
			} catch (IOException e) {
				throw new SQLException(e);
			}
		}
		if (value instanceof Blob blob) {
			return blob.getBytes(1, (int) blob.length());
		}
		return value;
	}

	static long count(Connection connection, String table) throws SQLException {
		String schema = connection.getSchema();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + quoteIn(schema, table))) { //$NON-NLS-1$
			rows.next();
			return rows.getLong(1);
		}
	}

	private static String quoteIn(String schema, String table) {
		return schema == null ? TeamRoles.quote(table) : TeamRoles.quote(schema) + "." + TeamRoles.quote(table); //$NON-NLS-1$
	}

	/** The tables of a schema, by upper-case name, without the migrations' bookkeeping. */
	static Map<String, String> tables(Connection connection, String schema) throws SQLException {
		Map<String, String> tables = new TreeMap<>();
		try (ResultSet rows = connection.getMetaData().getTables(null, schema, "%", new String[] { "TABLE" })) { //$NON-NLS-1$ //$NON-NLS-2$
			while (rows.next()) {
				String name = rows.getString("TABLE_NAME"); //$NON-NLS-1$
				String upper = name.toUpperCase(Locale.ROOT);
				if (!NOT_COPIED.contains(upper)) {
					tables.put(upper, name);
				}
			}
		}
		return tables;
	}

	/** Tables ordered so that every table comes after the tables its foreign keys refer to. */
	private List<String> parentsFirst(Map<String, String> targetTables) throws SQLException {
		DatabaseMetaData metadata = target.getMetaData();
		Map<String, Set<String>> parents = new TreeMap<>();
		for (Map.Entry<String, String> table : targetTables.entrySet()) {
			Set<String> referenced = new LinkedHashSet<>();
			try (ResultSet keys = metadata.getImportedKeys(null, "public", table.getValue())) { //$NON-NLS-1$
				while (keys.next()) {
					String parent = keys.getString("PKTABLE_NAME").toUpperCase(Locale.ROOT); //$NON-NLS-1$
					if (!parent.equals(table.getKey())) {
						referenced.add(parent);
					}
				}
			}
			parents.put(table.getKey(), referenced);
		}
		List<String> order = new ArrayList<>();
		while (order.size() < parents.size()) {
			int before = order.size();
			for (Map.Entry<String, Set<String>> table : parents.entrySet()) {
				if (!order.contains(table.getKey()) && order.containsAll(table.getValue())) {
					order.add(table.getKey());
				}
			}
			if (order.size() == before) { // a cycle of foreign keys: the schema has none, and no order would do
				throw new SQLException("Foreign keys form a cycle among " + parents.keySet()); //$NON-NLS-1$
			}
		}
		return order;
	}
}
