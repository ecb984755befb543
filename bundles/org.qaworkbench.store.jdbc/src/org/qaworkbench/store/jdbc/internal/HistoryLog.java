package org.qaworkbench.store.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;

import org.qaworkbench.core.store.History;
import org.qaworkbench.core.store.History.Change;
import org.qaworkbench.model.Identified;

/**
 * The HISTORY table: one row per save, written in the save's transaction. Triggers in the schema refuse every
 * UPDATE and DELETE on it, so not even a bug here can rewrite the past.
 */
final class HistoryLog implements History {

	static final String INSERT = "INSERT INTO HISTORY (RECORD_TYPE, RECORD_ID, ROW_VERSION, ACTOR, \"AT\", \"ACTION\", CHANGES) VALUES (?, ?, ?, ?, ?, ?, ?)"; //$NON-NLS-1$
	static final String CREATED = "created"; //$NON-NLS-1$
	static final String CHANGED = "changed"; //$NON-NLS-1$

	private final Database database;

	HistoryLog(Database database) {
		this.database = database;
	}

	/** Binds a history row; the caller executes or batches it. */
	static void bind(PreparedStatement insert, Identified record, String actor, Instant at, String action, List<Change> changes) throws SQLException {
		insert.setString(1, record.eClass().getName());
		insert.setLong(2, record.getId());
		insert.setInt(3, record.getRowVersion());
		insert.setString(4, actor);
		SqlType.TIMESTAMP.set(insert, 5, at);
		insert.setString(6, action);
		insert.setString(7, encode(changes));
	}

	/** The history row of one record of a unit: who and when are the record's own, as stored. */
	record Row(Identified record, String action, List<Change> changes) {
	}

	/** Writes the history rows of a unit, in order, as one batch: a unit of an audit and its actions is one round trip. */
	static void append(Connection connection, List<Row> rows) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
			for (Row row : rows) {
				bind(insert, row.record(), row.record().getModifiedBy(), row.record().getModifiedAt(), row.action(), row.changes());
				if (rows.size() == 1) {
					insert.executeUpdate();
					return;
				}
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	@Override
	public List<Entry> of(Identified record) {
		return Transactions.read(database, connection -> {
			List<Entry> entries = new ArrayList<>();
			try (PreparedStatement select = connection.prepareStatement(
					"SELECT ROW_VERSION, ACTOR, \"AT\", \"ACTION\", CHANGES FROM HISTORY WHERE RECORD_TYPE = ? AND RECORD_ID = ? ORDER BY ID")) { //$NON-NLS-1$
				select.setString(1, record.eClass().getName());
				select.setLong(2, record.getId());
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						entries.add(new Entry(rows.getInt(1), rows.getString(2), rows.getTimestamp(3, utc()).toInstant(), rows.getString(4), decode(rows.getString(5))));
					}
				}
			}
			return entries;
		});
	}

	private static Calendar utc() {
		return Calendar.getInstance(TimeZone.getTimeZone("UTC")); //$NON-NLS-1$
	}

	/** One change per line: field, before and after separated by tabs, with tabs, newlines and backslashes escaped. */
	static String encode(List<Change> changes) {
		StringBuilder text = new StringBuilder();
		for (Change change : changes) {
			text.append(escape(change.field())).append('\t').append(escape(change.before())).append('\t').append(escape(change.after())).append('\n');
		}
		return text.toString();
	}

	static List<Change> decode(String text) {
		List<Change> changes = new ArrayList<>();
		if (text != null) {
			for (String line : text.split("\n")) { //$NON-NLS-1$
				if (!line.isEmpty()) {
					String[] parts = line.split("\t", -1); //$NON-NLS-1$
					changes.add(new Change(unescape(parts[0]), unescape(parts[1]), unescape(parts[2])));
				}
			}
		}
		return changes;
	}

	private static String escape(String value) {
		return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	}

	private static String unescape(String value) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '\\' && i + 1 < value.length()) {
				char next = value.charAt(++i);
				text.append(next == 't' ? '\t' : next == 'n' ? '\n' : next);
			} else {
				text.append(c);
			}
		}
		return text.toString();
	}
}
