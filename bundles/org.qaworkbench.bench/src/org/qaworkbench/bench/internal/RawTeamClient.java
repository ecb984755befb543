package org.qaworkbench.bench.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.qaworkbench.model.Assessment;

/**
 * The baseline of {@code qa bench team}: the rows the store writes for a new or edited audit, in hand-written SQL on
 * one connection, with the optimistic check in the UPDATE itself ({@code WHERE ROW_VERSION = ?}: no row updated
 * means someone saved first). An edit of the comments writes the audit's row and its history row: the store leaves
 * lists that did not change alone, and so does this.
 */
final class RawTeamClient implements TeamClient<RawTeamClient.Copy> {

	/** What an editor holds of an opened audit: its id, the version read, and its answers as read. */
	record Copy(long id, int rowVersion, List<String[]> answers) {
	}

	private final Connection connection;
	private final String actor;
	private final RawAudits inserts;
	private final PreparedStatement selectAudit;
	private final PreparedStatement selectAnswers;
	private final PreparedStatement update;
	private final PreparedStatement insertHistory;

	RawTeamClient(Connection connection, String actor) throws SQLException {
		this.connection = connection;
		this.actor = actor;
		this.inserts = new RawAudits(connection, actor);
		selectAudit = connection.prepareStatement("SELECT \"ROW_VERSION\" FROM \"ASSESSMENTS\" WHERE \"ID\" = ?"); //$NON-NLS-1$
		selectAnswers = connection.prepareStatement("SELECT \"ITEM_ID\", \"VALUE\" FROM \"ASSESSMENT_ANSWERS\" WHERE \"PARENT_ID\" = ? ORDER BY \"SEQ\""); //$NON-NLS-1$
		update = connection.prepareStatement("UPDATE \"ASSESSMENTS\" SET \"ROW_VERSION\" = ?, \"MODIFIED_BY\" = ?, \"MODIFIED_AT\" = ?, \"COMMENTS\" = ? " //$NON-NLS-1$
				+ "WHERE \"ID\" = ? AND \"ROW_VERSION\" = ?"); //$NON-NLS-1$
		insertHistory = connection.prepareStatement("INSERT INTO HISTORY (RECORD_TYPE, RECORD_ID, ROW_VERSION, ACTOR, \"AT\", \"ACTION\", CHANGES) VALUES ('Assessment', ?, ?, ?, ?, 'updated', ?)"); //$NON-NLS-1$
	}

	@Override
	public long create(Assessment audit) throws SQLException {
		return inserts.save(audit);
	}

	@Override
	public Copy open(long id) throws SQLException {
		int rowVersion;
		selectAudit.setLong(1, id);
		try (ResultSet row = selectAudit.executeQuery()) {
			if (!row.next()) {
				throw new SQLException("no audit " + id); //$NON-NLS-1$
			}
			rowVersion = row.getInt(1);
		}
		List<String[]> answers = new ArrayList<>();
		selectAnswers.setLong(1, id);
		try (ResultSet rows = selectAnswers.executeQuery()) {
			while (rows.next()) {
				answers.add(new String[] { rows.getString(1), rows.getString(2) });
			}
		}
		connection.commit();
		return new Copy(id, rowVersion, answers);
	}

	@Override
	public int saveEdit(Copy copy, String marker) throws SQLException {
		int next = copy.rowVersion() + 1;
		Timestamp now = Timestamp.from(Instant.now());
		try {
			update.setInt(1, next);
			update.setString(2, actor);
			update.setTimestamp(3, now);
			update.setString(4, marker);
			update.setLong(5, copy.id());
			update.setInt(6, copy.rowVersion());
			if (update.executeUpdate() == 0) {
				connection.rollback();
				return REFUSED;
			}
			insertHistory.setLong(1, copy.id());
			insertHistory.setInt(2, next);
			insertHistory.setString(3, actor);
			insertHistory.setTimestamp(4, now);
			insertHistory.setString(5, "COMMENTS: " + marker); //$NON-NLS-1$
			insertHistory.executeUpdate();
			connection.commit();
			return next;
		} catch (SQLException e) {
			connection.rollback();
			throw e;
		}
	}

	@Override
	public void close() throws SQLException {
		connection.close();
	}
}
