package org.qaworkbench.server.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The two roles of a team database, named after it so that several team databases can share a server: {@code
 * <db>_owner} owns the schema and never logs in; {@code <db>_app} never logs in either: it is the group role whose
 * privileges each person's own login role has as a member. The workstations' role may read and write records but only read and add to HISTORY and ACCESS_LOG, so history and the access log stay append-only even for a
 * workstation that bypasses the product; the schema's own tables it may only read.
 */
record TeamRoles(String owner, String app) {

	/** Tables a workstation reads and never writes: the schema version, the installation row, the refusal table. */
	static final Set<String> READ_ONLY_TABLES = Set.of("SCHEMA_VERSION", "INSTALLATION", "HISTORY_IS_APPEND_ONLY", "ACCESS_LOG_IS_APPEND_ONLY"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	static final String HISTORY = "HISTORY"; //$NON-NLS-1$
	/** Who opened or exported a confidential record: append-only as HISTORY is. */
	static final String ACCESS_LOG = "ACCESS_LOG"; //$NON-NLS-1$
	/** Tables a workstation may only read and add to. */
	static final Set<String> APPEND_ONLY_TABLES = Set.of(HISTORY, ACCESS_LOG);

	static TeamRoles of(String database) {
		String base = database.toLowerCase(Locale.ROOT);
		return new TeamRoles(base + "_owner", base + "_app"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	static boolean exists(Connection connection, String role) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) { //$NON-NLS-1$
			query.setString(1, role);
			try (ResultSet found = query.executeQuery()) {
				return found.next();
			}
		}
	}

	/**
	 * Grants the workstations' role exactly its privileges on every table and sequence of the schema, first taking
	 * away whatever it had: rerunning after a migration added tables gives the same result as a first run. Runs as
	 * the owner.
	 */
	void grantTo(Connection connection) throws SQLException {
		List<String> statements = new ArrayList<>();
		statements.add("GRANT USAGE ON SCHEMA public TO " + quote(app)); //$NON-NLS-1$
		for (String table : tables(connection)) {
			String upper = table.toUpperCase(Locale.ROOT);
			String privileges = READ_ONLY_TABLES.contains(upper) ? "SELECT" //$NON-NLS-1$
					: APPEND_ONLY_TABLES.contains(upper) ? "SELECT, INSERT" : "SELECT, INSERT, UPDATE, DELETE"; //$NON-NLS-1$ //$NON-NLS-2$
			statements.add("REVOKE ALL ON TABLE " + quote(table) + " FROM " + quote(app)); //$NON-NLS-1$ //$NON-NLS-2$
			statements.add("GRANT " + privileges + " ON TABLE " + quote(table) + " TO " + quote(app)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		// nextval for new record ids, and the identity of HISTORY: USAGE, never UPDATE (which would allow setval)
		statements.add("REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM " + quote(app)); //$NON-NLS-1$
		statements.add("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO " + quote(app)); //$NON-NLS-1$
		boolean autoCommit = connection.getAutoCommit();
		connection.setAutoCommit(false);
		try (Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
			connection.commit();
		} catch (SQLException e) {
			connection.rollback();
			throw e;
		} finally {
			connection.setAutoCommit(autoCommit);
		}
	}

	static List<String> tables(Connection connection) throws SQLException {
		List<String> tables = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")) { //$NON-NLS-1$
			while (rows.next()) {
				tables.add(rows.getString(1));
			}
		}
		return tables;
	}

	/** A quoted identifier; names come from the catalogue or {@link ServerAddress#IDENTIFIER}, but quote marks are doubled anyway. */
	static String quote(String identifier) {
		return '"' + identifier.replace("\"", "\"\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
