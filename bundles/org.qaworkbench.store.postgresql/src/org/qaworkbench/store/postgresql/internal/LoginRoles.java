package org.qaworkbench.store.postgresql.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.postgresql.PGConnection;

/**
 * The people of a team database as PostgreSQL sees them: one LOGIN role per person, named as their user id
 * (StaffMember.userId), with a SCRAM-SHA-256 password, a member of the application's group role {@code <db>_app},
 * which holds the privileges on the tables and never logs in itself. So no shared password is kept on any workstation,
 * and the database's row-level security (migration V009) knows who asks from {@code current_user}.
 *
 * <p>Who may create them: an administrator's login role has CREATEROLE and the group role WITH ADMIN OPTION, so an
 * administrator manages accounts from any workstation, signed in as themself ({@code qa users add}); the first is made
 * by {@code qa server init}. Only members of the group are ever changed here, never another role on the server.
 * Login roles belong to the server, not to one database: a person keeps one login across the team databases of a
 * server, and is a member of each database's group role they work in.
 */
public final class LoginRoles {

	/** PostgreSQL's limit on a role's name, in bytes. */
	static final int MAX_NAME_BYTES = 63;

	/** One person's login, and whether it is disabled (NOLOGIN). */
	public record Login(String userName, boolean disabled) {
	}

	private final String group;

	public LoginRoles(String group) {
		this.group = group;
	}

	/** The login roles of a team database: its group role is named after it, as {@code qa server init} names it. */
	public static LoginRoles of(String database) {
		return new LoginRoles(database.toLowerCase(Locale.ROOT) + "_app"); //$NON-NLS-1$
	}

	public String group() {
		return group;
	}

	/** Every member of the group, by name. */
	public List<Login> list(Connection connection) throws SQLException {
		List<Login> logins = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement("SELECT r.rolname, NOT r.rolcanlogin FROM pg_roles r JOIN pg_auth_members m ON m.member = r.oid" //$NON-NLS-1$
				+ " JOIN pg_roles g ON g.oid = m.roleid WHERE g.rolname = ? ORDER BY r.rolname")) { //$NON-NLS-1$
			query.setString(1, group);
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					logins.add(new Login(rows.getString(1), rows.getBoolean(2)));
				}
			}
		}
		return logins;
	}

	/**
	 * A new login role for {@code userName} in the group; an administrator's may create others and add them to the
	 * group. The password is hashed (SCRAM-SHA-256) by the driver, so it never appears in a statement the server logs.
	 */
	public void add(Connection connection, String userName, char[] password, boolean administrator) throws SQLException {
		checkName(userName);
		if (exists(connection, userName)) {
			throw new SQLException("There is already a login role " + userName + " on this server", "42710"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		inTransaction(connection, () -> {
			try (Statement statement = connection.createStatement()) {
				statement.execute("CREATE ROLE " + quote(userName) + " LOGIN NOSUPERUSER NOCREATEDB NOBYPASSRLS NOREPLICATION"); //$NON-NLS-1$ //$NON-NLS-2$
				statement.execute("GRANT " + quote(group) + " TO " + quote(userName) + (administrator ? " WITH ADMIN OPTION" : "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				if (administrator) {
					statement.execute("ALTER ROLE " + quote(userName) + " CREATEROLE"); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
			connection.unwrap(PGConnection.class).alterUserPassword(userName, password, "scram-sha-256"); //$NON-NLS-1$
		});
	}

	/**
	 * Makes an existing login role of this server (a person who works in another team database here) a member of the
	 * group; an administrator's with CREATEROLE and the group WITH ADMIN OPTION, as {@link #add} makes it.
	 */
	public void join(Connection connection, String userName, boolean administrator) throws SQLException {
		checkName(userName);
		try (Statement statement = connection.createStatement()) {
			statement.execute("GRANT " + quote(group) + " TO " + quote(userName) + (administrator ? " WITH ADMIN OPTION" : "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			if (administrator) {
				statement.execute("ALTER ROLE " + quote(userName) + " CREATEROLE"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

	/** Whether a role of this name exists on the server, in this group or not. */
	public static boolean exists(Connection connection, String role) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) { //$NON-NLS-1$
			query.setString(1, role);
			try (ResultSet found = query.executeQuery()) {
				return found.next();
			}
		}
	}

	/** The person may no longer log in (NOLOGIN); their records and history stay. */
	public void disable(Connection connection, String userName) throws SQLException {
		alter(connection, userName, "NOLOGIN"); //$NON-NLS-1$
	}

	public void enable(Connection connection, String userName) throws SQLException {
		alter(connection, userName, "LOGIN"); //$NON-NLS-1$
	}

	public void resetPassword(Connection connection, String userName, char[] password) throws SQLException {
		requireMember(connection, userName);
		connection.unwrap(PGConnection.class).alterUserPassword(userName, password, "scram-sha-256"); //$NON-NLS-1$
	}

	/** Whether {@code userName} is a login role of this database's group. */
	public boolean isMember(Connection connection, String userName) throws SQLException {
		return list(connection).stream().anyMatch(login -> login.userName().equals(userName));
	}

	private void alter(Connection connection, String userName, String what) throws SQLException {
		requireMember(connection, userName);
		try (Statement statement = connection.createStatement()) {
			statement.execute("ALTER ROLE " + quote(userName) + " " + what); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** Never a role that is not one of this team's people: not the server's administrator, not another database's owner. */
	private void requireMember(Connection connection, String userName) throws SQLException {
		if (!isMember(connection, userName)) {
			throw new SQLException("There is no login role " + userName + " in " + group, "42704"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
	}

	/** A user id PostgreSQL can take as a role's name: not empty, at most 63 bytes, not one of its own (pg_...). */
	static void checkName(String userName) throws SQLException {
		if (userName == null || userName.isBlank() || userName.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES
				|| userName.toLowerCase(Locale.ROOT).startsWith("pg_") || userName.indexOf('\0') >= 0) { //$NON-NLS-1$
			throw new SQLException("A user name for a team database is 1 to 63 bytes and does not begin with pg_: " + userName, "42602"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** A quoted identifier: the user id exactly as typed (dots, capitals), quote marks doubled. */
	static String quote(String identifier) {
		return '"' + identifier.replace("\"", "\"\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$
	}

	@FunctionalInterface
	private interface Work {
		void run() throws SQLException;
	}

	private static void inTransaction(Connection connection, Work work) throws SQLException {
		boolean autoCommit = connection.getAutoCommit();
		connection.setAutoCommit(false);
		try {
			work.run();
			connection.commit();
		} catch (SQLException | RuntimeException e) {
			connection.rollback();
			throw e;
		} finally {
			connection.setAutoCommit(autoCommit);
		}
	}
}
