package org.qaworkbench.bench.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * After a run, reads the database back on a fresh connection: every acknowledged new audit must be there with all
 * its answers, and every shared audit must show each acknowledged edit as one version (so none overwrote another)
 * with the last one's marker standing. What fails is counted as lost.
 */
final class TeamCheck {

	int lostCreates;
	int lostEdits;
	long auditRows;
	long answerRows;
	long historyRows;

	static TeamCheck of(Connection connection, List<Long> shared, List<TeamRun> runs) throws SQLException {
		TeamCheck check = new TeamCheck();
		Map<Long, Integer> answers = new HashMap<>();
		Map<Long, Integer> versions = new HashMap<>();
		Map<Long, String> comments = new HashMap<>();
		try (Statement statement = connection.createStatement()) {
			try (ResultSet rows = statement.executeQuery("SELECT \"ID\", \"ROW_VERSION\", \"COMMENTS\" FROM \"ASSESSMENTS\"")) { //$NON-NLS-1$
				while (rows.next()) {
					versions.put(rows.getLong(1), rows.getInt(2));
					comments.put(rows.getLong(1), rows.getString(3));
				}
			}
			try (ResultSet rows = statement.executeQuery("SELECT \"PARENT_ID\", COUNT(*) FROM \"ASSESSMENT_ANSWERS\" GROUP BY \"PARENT_ID\"")) { //$NON-NLS-1$
				while (rows.next()) {
					answers.put(rows.getLong(1), rows.getInt(2));
					check.answerRows += rows.getInt(2);
				}
			}
			try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM HISTORY WHERE RECORD_TYPE = 'Assessment'")) { //$NON-NLS-1$
				rows.next();
				check.historyRows = rows.getLong(1);
			}
		}
		check.auditRows = versions.size();
		Map<Long, List<TeamRun.Edit>> editsByAudit = new HashMap<>();
		for (TeamRun run : runs) {
			for (long id : run.created) {
				if (!versions.containsKey(id) || answers.getOrDefault(id, 0) != BenchAudits.ANSWERS) {
					check.lostCreates++;
				}
			}
			for (TeamRun.Edit edit : run.edits) {
				editsByAudit.computeIfAbsent(edit.auditId(), id -> new ArrayList<>()).add(edit);
			}
		}
		for (long id : shared) {
			List<TeamRun.Edit> edits = new ArrayList<>(editsByAudit.getOrDefault(id, List.of()));
			edits.sort(Comparator.comparingInt(TeamRun.Edit::rowVersion));
			// each acknowledged edit made the next version: 2, 3, ... A duplicate or a gap is an edit overwritten
			int expected = 2;
			for (TeamRun.Edit edit : edits) {
				if (edit.rowVersion() != expected++) {
					check.lostEdits++;
				}
			}
			if (!edits.isEmpty()) {
				TeamRun.Edit last = edits.get(edits.size() - 1);
				if (!Objects.equals(versions.get(id), last.rowVersion()) || !Objects.equals(comments.get(id), last.marker())) {
					check.lostEdits++;
				}
			}
		}
		return check;
	}

	int lost() {
		return lostCreates + lostEdits;
	}
}
