package org.qaworkbench.store.jdbc.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;

import org.qaworkbench.core.store.AccessLog;

/**
 * The ACCESS_LOG table. Triggers in the schema refuse every UPDATE and DELETE on it (as on HISTORY), and on a team
 * database the workstations' roles may only read and add to it.
 */
final class JdbcAccessLog implements AccessLog {

	private static final String COLUMNS = "SELECT USER_ID, \"AT\", WORKSTATION, \"ACCESS\", RECORD_KIND, RECORD_ID, FORMAT FROM ACCESS_LOG "; //$NON-NLS-1$

	private final Database database;

	JdbcAccessLog(Database database) {
		this.database = database;
	}

	@Override
	public void record(Event event) {
		Transactions.run(database, connection -> {
			try (PreparedStatement insert = connection.prepareStatement(
					"INSERT INTO ACCESS_LOG (USER_ID, \"AT\", WORKSTATION, \"ACCESS\", RECORD_KIND, RECORD_ID, FORMAT) VALUES (?, ?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
				insert.setString(1, clip(event.userId()));
				SqlType.TIMESTAMP.set(insert, 2, event.at());
				insert.setString(3, clip(event.workstation()));
				insert.setString(4, event.access().name());
				insert.setString(5, event.recordKind());
				insert.setLong(6, event.recordId());
				insert.setString(7, event.format());
				insert.executeUpdate();
			}
			return null;
		});
	}

	@Override
	public List<Event> of(long recordId, int limit) {
		return read(COLUMNS + "WHERE RECORD_ID = ? ORDER BY ID DESC", limit, recordId); //$NON-NLS-1$
	}

	@Override
	public List<Event> newest(int limit) {
		return read(COLUMNS + "ORDER BY ID DESC", limit, null); //$NON-NLS-1$
	}

	/** Newest first by the log's own order (ids are handed out in insertion order), so equal times keep their order. */
	private List<Event> read(String sql, int limit, Long recordId) {
		if (limit <= 0) {
			return List.of();
		}
		return Transactions.read(database, connection -> {
			List<Event> events = new ArrayList<>();
			try (PreparedStatement select = connection.prepareStatement(sql)) {
				select.setMaxRows(limit);
				if (recordId != null) {
					select.setLong(1, recordId);
				}
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next() && events.size() < limit) {
						events.add(new Event(rows.getString(1), rows.getTimestamp(2, utc()).toInstant(), rows.getString(3), Access.valueOf(rows.getString(4)),
								rows.getString(5), rows.getLong(6), rows.getString(7)));
					}
				}
			}
			return events;
		});
	}

	private static String clip(String value) {
		return value.length() > 255 ? value.substring(0, 255) : value;
	}

	private static Calendar utc() {
		return Calendar.getInstance(TimeZone.getTimeZone("UTC")); //$NON-NLS-1$
	}
}
