package org.qaworkbench.store.derby.internal;

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

/**
 * Brings a database schema up to date with numbered SQL scripts {@code db/V001.sql}, {@code db/V002.sql}, ...
 * Each script runs in its own transaction together with its row in SCHEMA_VERSION, so a crash leaves the schema
 * at a whole version. Scripts are never edited once released; a change is a new script.
 * <p>
 * Why not Flyway or Liquibase: see the README, section "Dependencies".
 */
final class SchemaMigrator {

	static final String VERSION_TABLE = "SCHEMA_VERSION"; //$NON-NLS-1$

	private final List<String> scripts;

	private SchemaMigrator(List<String> scripts) {
		this.scripts = List.copyOf(scripts);
	}

	/** The scripts shipped in this bundle. */
	static SchemaMigrator bundled() {
		return from(version -> SchemaMigrator.class.getResource(String.format("/db/V%03d.sql", version))); //$NON-NLS-1$
	}

	/** The scripts found by {@code locate}, from version 1 up to the first missing number. */
	static SchemaMigrator from(IntFunction<URL> locate) {
		List<String> scripts = new ArrayList<>();
		for (URL script = locate.apply(1); script != null; script = locate.apply(scripts.size() + 1)) {
			scripts.add(read(script));
		}
		return new SchemaMigrator(scripts);
	}

	int latestVersion() {
		return scripts.size();
	}

	/**
	 * Returns the version found before migrating; throws {@link NewerSchemaException} for a database written by a
	 * newer version, which is left untouched.
	 */
	int migrate(Connection connection, String actor) throws SQLException, NewerSchemaException {
		boolean autoCommit = connection.getAutoCommit();
		connection.setAutoCommit(false);
		try {
			createVersionTableIfMissing(connection);
			int found = currentVersion(connection);
			if (found > latestVersion()) {
				throw new NewerSchemaException(found, latestVersion());
			}
			for (int version = found + 1; version <= latestVersion(); version++) {
				apply(connection, version, actor);
			}
			return found;
		} catch (SQLException | NewerSchemaException | RuntimeException e) {
			connection.rollback();
			throw e;
		} finally {
			connection.setAutoCommit(autoCommit);
		}
	}

	static int currentVersion(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT MAX(VERSION) FROM " + VERSION_TABLE)) { //$NON-NLS-1$
			result.next();
			return result.getInt(1);
		}
	}

	private void apply(Connection connection, int version, String actor) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			for (String sql : statements(scripts.get(version - 1))) {
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

	private static void createVersionTableIfMissing(Connection connection) throws SQLException {
		try (ResultSet tables = connection.getMetaData().getTables(null, null, VERSION_TABLE, null)) {
			if (tables.next()) {
				return;
			}
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE " + VERSION_TABLE + " (VERSION INT NOT NULL PRIMARY KEY," //$NON-NLS-1$ //$NON-NLS-2$
					+ " APPLIED_AT TIMESTAMP NOT NULL, APPLIED_BY VARCHAR(128) NOT NULL)"); //$NON-NLS-1$
		}
		connection.commit();
	}

	/** Splits a script at semicolons that end a line; lines starting with -- are comments. */
	static List<String> statements(String script) {
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

	/** The database is newer than every script here. */
	static final class NewerSchemaException extends Exception {
		private static final long serialVersionUID = 1L;
		final int found;
		final int known;

		NewerSchemaException(int found, int known) {
			super("Schema version " + found + " is newer than " + known); //$NON-NLS-1$ //$NON-NLS-2$
			this.found = found;
			this.known = known;
		}
	}
}
