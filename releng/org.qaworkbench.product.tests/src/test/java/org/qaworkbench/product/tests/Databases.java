package org.qaworkbench.product.tests;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * Looks into a closed QA Workbench database with Derby's own JDBC driver, as a user's tools (ij) would, and damages
 * a copy of one as a failing disk would.
 */
final class Databases {

	private Databases() {
	}

	/** The first column of each row of a query, counted by value: how many rows share it. */
	static Map<String, Long> tally(Path database, String sql) throws SQLException {
		Map<String, Long> tally = new HashMap<>();
		try (Connection connection = open(database); Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				tally.merge(rows.getString(1), rows.getLong(2), Long::sum);
			}
		} finally {
			shutdown(database);
		}
		return tally;
	}

	/**
	 * Overwrites 64 bytes in the middle of the second data page of {@code table}'s file in seg0, so that the page's
	 * checksum no longer matches.
	 */
	static void damage(Path database, String table) throws SQLException, IOException {
		long conglomerate;
		int pageSize;
		try (Connection connection = open(database); Statement statement = connection.createStatement()) {
			conglomerate = single(statement, "SELECT C.CONGLOMERATENUMBER FROM SYS.SYSCONGLOMERATES C JOIN SYS.SYSTABLES T ON C.TABLEID = T.TABLEID"
					+ " WHERE T.TABLENAME = '" + table + "' AND C.ISINDEX = FALSE");
			pageSize = (int) single(statement, "SELECT PAGESIZE FROM TABLE(SYSCS_DIAG.SPACE_TABLE('" + table + "')) S WHERE ISINDEX = 0");
		} finally {
			shutdown(database);
		}
		Path file = database.resolve("seg0").resolve("c" + Long.toHexString(conglomerate) + ".dat");
		try (RandomAccessFile data = new RandomAccessFile(file.toFile(), "rw")) {
			long offset = 2L * pageSize + pageSize / 2;
			if (data.length() < offset + 64) {
				throw new IllegalStateException(file + " is too small to damage a page in the middle: " + data.length() + " bytes");
			}
			data.seek(offset);
			for (int i = 0; i < 16; i++) {
				data.writeInt(0xDEADBEEF);
			}
		}
	}

	private static long single(Statement statement, String sql) throws SQLException {
		try (ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		}
	}

	private static Connection open(Path database) throws SQLException {
		if (System.getProperty("derby.stream.error.file") == null) {
			System.setProperty("derby.stream.error.file", database.resolveSibling("derby-test.log").toString());
		}
		return DriverManager.getConnection("jdbc:derby:" + database);
	}

	/** Releases the database for the launchers: Derby answers a clean shutdown with SQLState 08006. */
	private static void shutdown(Path database) {
		try {
			DriverManager.getConnection("jdbc:derby:" + database + ";shutdown=true").close();
		} catch (SQLException expected) {
			if (!"08006".equals(expected.getSQLState())) {
				throw new IllegalStateException("Derby did not shut " + database + " down: " + expected.getMessage(), expected);
			}
		}
	}
}
