package org.qaworkbench.bench.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.qaworkbench.model.Answer;
import org.qaworkbench.model.Assessment;

/**
 * The baseline: the same rows as the store writes and reads for an audit, with hand-written SQL and plain JDBC
 * (no model, no reflection, no validation). What the store costs is the difference.
 */
final class RawAudits implements AutoCloseable {

	private static final List<String> CHILD_TABLES = List.of("ASSESSMENT_ASSESSORS", "ASSESSMENT_ANSWERS", "ASSESSMENT_SCORES", "ASSESSMENT_SIGN_OFFS", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"ASSESSMENT_AMENDMENTS"); //$NON-NLS-1$

	private final Connection connection;
	private final String actor;
	private final PreparedStatement nextId;
	private final PreparedStatement insertAudit;
	private final PreparedStatement insertAnswer;
	private final PreparedStatement insertHistory;
	private final PreparedStatement selectAudit;
	private final List<PreparedStatement> selectChildren = new java.util.ArrayList<>();
	private int pending;

	/**
	 * The record tables are named in quoted upper case, as the migrations create them (PostgreSQL folds unquoted
	 * names to lower case); HISTORY and the sequence unquoted, likewise.
	 */
	RawAudits(Connection connection, String actor) throws SQLException {
		this.connection = connection;
		this.actor = actor;
		connection.setAutoCommit(false);
		boolean postgresql = connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres"); //$NON-NLS-1$
		nextId = connection.prepareStatement(postgresql ? "SELECT nextval('record_ids')" : "VALUES NEXT VALUE FOR RECORD_IDS"); //$NON-NLS-1$ //$NON-NLS-2$
		insertAudit = connection.prepareStatement("INSERT INTO \"ASSESSMENTS\" (\"ID\", \"ROW_VERSION\", \"MODIFIED_BY\", \"MODIFIED_AT\", \"DEFINITION_ID\", " //$NON-NLS-1$
				+ "\"DEFINITION_VERSION\", \"DEFINITION_HASH\", \"SUBJECT_KIND\", \"SUBJECT_KEY\", \"LOCALITY_ID\", \"STARTED_ON\", \"COMPLETED_ON\", \"STATE\", " //$NON-NLS-1$
				+ "\"JUDGEMENT\") VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"); //$NON-NLS-1$
		insertAnswer = connection.prepareStatement("INSERT INTO \"ASSESSMENT_ANSWERS\" (\"PARENT_ID\", \"SEQ\", \"ITEM_ID\", \"FILE_INDEX\", \"VALUE\") VALUES (?, ?, ?, 0, ?)"); //$NON-NLS-1$
		insertHistory = connection.prepareStatement("INSERT INTO HISTORY (RECORD_TYPE, RECORD_ID, ROW_VERSION, ACTOR, \"AT\", \"ACTION\", CHANGES) VALUES ('Assessment', ?, 1, ?, ?, 'created', '')"); //$NON-NLS-1$
		selectAudit = connection.prepareStatement("SELECT * FROM \"ASSESSMENTS\" WHERE \"ID\" = ?"); //$NON-NLS-1$
		for (String table : CHILD_TABLES) {
			selectChildren.add(connection.prepareStatement("SELECT * FROM \"" + table + "\" WHERE \"PARENT_ID\" = ? ORDER BY \"SEQ\"")); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** One audit in its own transaction, as a save does. */
	long save(Assessment audit) throws SQLException {
		long id = add(audit);
		flush();
		return id;
	}

	/** Adds an audit to the open batch; {@link #flush} writes and commits it. */
	long add(Assessment audit) throws SQLException {
		long id;
		try (ResultSet next = nextId.executeQuery()) {
			next.next();
			id = next.getLong(1);
		}
		Timestamp now = Timestamp.from(Instant.now());
		insertAudit.setLong(1, id);
		insertAudit.setString(2, actor);
		insertAudit.setTimestamp(3, now);
		insertAudit.setString(4, audit.getDefinitionId());
		insertAudit.setString(5, audit.getDefinitionVersion());
		insertAudit.setString(6, audit.getDefinitionHash());
		insertAudit.setString(7, audit.getSubjectKind().getName());
		insertAudit.setString(8, audit.getSubjectKey());
		insertAudit.setLong(9, audit.getLocality().getId());
		insertAudit.setDate(10, Date.valueOf(audit.getStartedOn()));
		insertAudit.setDate(11, Date.valueOf(audit.getCompletedOn()));
		insertAudit.setString(12, audit.getState().getName());
		insertAudit.setString(13, audit.getJudgement());
		insertAudit.addBatch();
		List<Answer> answers = audit.getAnswers();
		for (int seq = 0; seq < answers.size(); seq++) {
			insertAnswer.setLong(1, id);
			insertAnswer.setInt(2, seq);
			insertAnswer.setString(3, answers.get(seq).getItemId());
			insertAnswer.setString(4, answers.get(seq).getValue());
			insertAnswer.addBatch();
		}
		insertHistory.setLong(1, id);
		insertHistory.setString(2, actor);
		insertHistory.setTimestamp(3, now);
		insertHistory.addBatch();
		pending++;
		return id;
	}

	void flush() throws SQLException {
		if (pending > 0) {
			insertAudit.executeBatch();
			insertAnswer.executeBatch();
			insertHistory.executeBatch();
			connection.commit();
			pending = 0;
		}
	}

	/** Reads the audit's row and every row of its child tables, as a load does; returns the values read. */
	int load(long id) throws SQLException {
		int values = 0;
		selectAudit.setLong(1, id);
		try (ResultSet row = selectAudit.executeQuery()) {
			values += readAll(row);
		}
		for (PreparedStatement select : selectChildren) {
			select.setLong(1, id);
			try (ResultSet rows = select.executeQuery()) {
				values += readAll(rows);
			}
		}
		connection.commit();
		return values;
	}

	private static int readAll(ResultSet rows) throws SQLException {
		int values = 0;
		int columns = rows.getMetaData().getColumnCount();
		while (rows.next()) {
			for (int column = 1; column <= columns; column++) {
				if (rows.getObject(column) != null) {
					values++;
				}
			}
		}
		return values;
	}

	@Override
	public void close() throws SQLException {
		flush();
		connection.close();
	}
}
