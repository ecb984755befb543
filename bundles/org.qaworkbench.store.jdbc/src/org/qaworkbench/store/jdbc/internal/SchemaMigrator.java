package org.qaworkbench.store.jdbc.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

import org.qaworkbench.store.jdbc.Dialect;
import org.qaworkbench.store.jdbc.NewerSchemaException;

/**
 * Brings a database schema up to date with numbered SQL scripts {@code db/V001.sql}, {@code db/V002.sql}, ...,
 * one set for every engine. Each script runs in its own transaction together with its row in SCHEMA_VERSION, so a
 * crash leaves the schema at a whole version; every transaction first takes the engine's migration lock and reads
 * the version again, so stores opening a new database at once migrate it exactly once. Scripts are never edited
 * once released; a change is a new script.
 * <p>
 * Scripts are plain SQL that runs on every engine: quoted upper-case names where a name is a keyword, the column
 * types VARCHAR, BIGINT, INTEGER, SMALLINT, DATE, TIMESTAMP, BOOLEAN and DECIMAL. What cannot be written so is
 * written in one of two ways, and nowhere else:
 * <ul>
 * <li>a placeholder the engine's dialect fills in: {@code ${LARGE_TEXT}} (a column of unbounded text: CLOB on
 * Derby, TEXT on PostgreSQL) and {@code ${NEXT_RECORD_ID}} (the next value of the RECORD_IDS sequence);</li>
 * <li>a block of lines for one engine: a line {@code --@derby} or {@code --@postgresql} starts it, a line
 * {@code --@all} ends it. Lines for other engines are dropped before the script is split.</li>
 * </ul>
 * Statements end with a semicolon at the end of a line; a semicolon inside a line (a PostgreSQL function body
 * written on one line) does not end one. Lines starting with -- are comments.
 * <p>
 * Why not Flyway or Liquibase: see the README, section "Dependencies".
 */
public final class SchemaMigrator {

	static final String VERSION_TABLE = "SCHEMA_VERSION"; //$NON-NLS-1$
	private static final String BLOCK_MARKER = "--@"; //$NON-NLS-1$
	private static final String ALL = "all"; //$NON-NLS-1$

	private final List<String> scripts;

	private SchemaMigrator(List<String> scripts) {
		this.scripts = List.copyOf(scripts);
	}

	/** The scripts shipped in this bundle. */
	public static SchemaMigrator bundled() {
		return from(version -> SchemaMigrator.class.getResource(String.format("/db/V%03d.sql", version))); //$NON-NLS-1$
	}

	/** The scripts found by {@code locate}, from version 1 up to the first missing number. */
	public static SchemaMigrator from(IntFunction<URL> locate) {
		List<String> scripts = new ArrayList<>();
		for (URL script = locate.apply(1); script != null; script = locate.apply(scripts.size() + 1)) {
			scripts.add(read(script));
		}
		return new SchemaMigrator(scripts);
	}

	public int latestVersion() {
		return scripts.size();
	}

	/**
	 * Returns the version found before migrating; throws {@link NewerSchemaException} for a database written by a
	 * newer version, which is left untouched.
	 */
	public int migrate(Connection connection, Dialect dialect, String actor) throws SQLException, NewerSchemaException {
		boolean autoCommit = connection.getAutoCommit();
		connection.setAutoCommit(false);
		try {
			createVersionTableIfMissing(connection, dialect);
			int found = -1;
			while (true) {
				dialect.lockForMigration(connection);
				int current = currentVersion(connection);
				if (found < 0) {
					found = current;
				}
				if (current > latestVersion()) {
					throw new NewerSchemaException(current, latestVersion());
				}
				if (current == latestVersion()) {
					connection.commit();
					return found;
				}
				apply(connection, dialect, current + 1, actor);
			}
		} catch (SQLException | NewerSchemaException | RuntimeException e) {
			connection.rollback();
			throw e;
		} finally {
			connection.setAutoCommit(autoCommit);
		}
	}

	public static int currentVersion(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT MAX(VERSION) FROM " + VERSION_TABLE)) { //$NON-NLS-1$
			result.next();
			return result.getInt(1);
		}
	}

	private void apply(Connection connection, Dialect dialect, int version, String actor) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			for (String sql : statements(forEngine(scripts.get(version - 1), dialect))) {
				statement.execute(sql);
			}
		}
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + VERSION_TABLE //$NON-NLS-1$
				+ " (VERSION, APPLIED_AT, APPLIED_BY) VALUES (?, CURRENT_TIMESTAMP, ?)")) { //$NON-NLS-1$
			insert.setInt(1, version);
			insert.setString(2, actor);
			insert.executeUpdate();
		}
		connection.commit();
	}

	/**
	 * Creates SCHEMA_VERSION in a transaction of its own. Two stores creating it at once: one wins, the other's
	 * statement fails once the first commits, and it finds the table there.
	 */
	private static void createVersionTableIfMissing(Connection connection, Dialect dialect) throws SQLException {
		dialect.lockForMigration(connection);
		if (versionTableExists(connection, dialect)) {
			connection.commit();
			return;
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE " + VERSION_TABLE + " (VERSION INT NOT NULL PRIMARY KEY," //$NON-NLS-1$ //$NON-NLS-2$
					+ " APPLIED_AT TIMESTAMP NOT NULL, APPLIED_BY VARCHAR(128) NOT NULL)"); //$NON-NLS-1$
			connection.commit();
		} catch (SQLException e) {
			connection.rollback();
			if (!versionTableExists(connection, dialect)) {
				throw e;
			}
			connection.commit();
		}
	}

	private static boolean versionTableExists(Connection connection, Dialect dialect) throws SQLException {
		try (ResultSet tables = connection.getMetaData().getTables(null, connection.getSchema(), dialect.catalogName(VERSION_TABLE), null)) {
			return tables.next();
		}
	}

	/** The script as the engine runs it: placeholders filled in, the blocks of other engines dropped. */
	public static String forEngine(String script, Dialect dialect) {
		StringBuilder kept = new StringBuilder();
		String block = ALL;
		for (String line : script.lines().toList()) {
			String marker = line.strip();
			if (marker.startsWith(BLOCK_MARKER) && marker.length() > BLOCK_MARKER.length() && !marker.contains(" ")) { //$NON-NLS-1$
				block = marker.substring(BLOCK_MARKER.length());
			} else if (block.equals(ALL) || block.equals(dialect.engine())) {
				kept.append(line).append('\n');
			}
		}
		return kept.toString().replace("${LARGE_TEXT}", dialect.largeTextType()).replace("${NEXT_RECORD_ID}", dialect.nextIdExpression()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Splits a script at semicolons that end a line; lines starting with -- are comments. */
	public static List<String> statements(String script) {
		StringBuilder withoutComments = new StringBuilder();
		script.lines().filter(line -> !line.strip().startsWith("--")).forEach(line -> withoutComments.append(line).append('\n')); //$NON-NLS-1$
		return Arrays.stream(withoutComments.toString().split(";\\s*\n")) //$NON-NLS-1$
				.map(String::strip) //
				.map(sql -> sql.endsWith(";") ? sql.substring(0, sql.length() - 1) : sql) //$NON-NLS-1$
				.filter(sql -> !sql.isEmpty()) //
				.toList();
	}

	private static String read(URL script) {
		try (InputStream in = script.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot read migration " + script, e); //$NON-NLS-1$
		}
	}
}
