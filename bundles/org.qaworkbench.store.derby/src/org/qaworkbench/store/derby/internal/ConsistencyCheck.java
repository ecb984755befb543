package org.qaworkbench.store.derby.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Derby's consistency check, SYSCS_UTIL.SYSCS_CHECK_TABLE, of every table of the application's schema: it reads
 * each table and each of its indexes and compares them, so a damaged page (its checksum no longer matches) or an
 * index that disagrees with its table is found before a backup copies it or a restore puts it in place.
 */
final class ConsistencyCheck {

	/** The first table that failed, with Derby's reason. */
	record Damage(String table, String detail, SQLException cause) {
	}

	private static final String TABLES = "SELECT T.TABLENAME FROM SYS.SYSTABLES T JOIN SYS.SYSSCHEMAS S ON T.SCHEMAID = S.SCHEMAID" //$NON-NLS-1$
			+ " WHERE T.TABLETYPE = 'T' AND S.SCHEMANAME = ? ORDER BY T.TABLENAME"; //$NON-NLS-1$
	private static final String CHECK = "VALUES SYSCS_UTIL.SYSCS_CHECK_TABLE(?, ?)"; //$NON-NLS-1$

	private ConsistencyCheck() {
	}

	/**
	 * Checks table after table and stops at the first damaged one: Derby shuts a database down when it meets a
	 * damaged page, so nothing after it could be read anyway.
	 */
	static Optional<Damage> of(Connection connection) throws SQLException {
		String schema = connection.getSchema();
		for (String table : tables(connection, schema)) {
			try (PreparedStatement check = connection.prepareStatement(CHECK)) {
				check.setString(1, schema);
				check.setString(2, table);
				try (ResultSet result = check.executeQuery()) {
					result.next();
				}
			} catch (SQLException e) {
				return Optional.of(new Damage(table, detail(e), e));
			}
		}
		return Optional.empty();
	}

	private static List<String> tables(Connection connection, String schema) throws SQLException {
		List<String> tables = new ArrayList<>();
		try (PreparedStatement list = connection.prepareStatement(TABLES)) {
			list.setString(1, schema);
			try (ResultSet result = list.executeQuery()) {
				while (result.next()) {
					tables.add(result.getString(1));
				}
			}
		}
		return tables;
	}

	/**
	 * The first line of Derby's innermost reason (a failed boot says "see the next exception"), without the page
	 * dump of a bad checksum: that goes to derby.log.
	 */
	static String detail(SQLException e) {
		SQLException innermost = e;
		while (innermost.getNextException() != null) {
			innermost = innermost.getNextException();
		}
		String message = innermost.getMessage() == null ? innermost.getSQLState() : innermost.getMessage();
		// The messages that quote it end their own sentence.
		return message.lines().findFirst().orElse(message).replaceFirst(", page dump follows.*$", "").strip().replaceFirst("\\.$", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}
}
