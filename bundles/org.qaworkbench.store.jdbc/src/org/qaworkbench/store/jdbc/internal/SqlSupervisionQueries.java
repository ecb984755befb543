package org.qaworkbench.store.jdbc.internal;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.qaworkbench.core.queries.CaseworkEntry;
import org.qaworkbench.core.queries.OpenCaseEntry;
import org.qaworkbench.core.queries.SupervisionContractEntry;
import org.qaworkbench.core.queries.SupervisionQueries;
import org.qaworkbench.core.queries.SupervisionRecordEntry;
import org.qaworkbench.core.queries.SupervisionSessionEntry;
import org.qaworkbench.model.CaseStatus;
import org.qaworkbench.model.SupervisionState;

/**
 * The supervision read models in plain, standard SQL over the portable schema (as {@link SqlQueries}): the columns
 * each needs, the last casework supervision of a case as a MAX per case number, the current worker of a case from the
 * allocations not closed (the newest by SEQ, chosen in Java: no engine's window functions needed).
 */
final class SqlSupervisionQueries implements SupervisionQueries {

	private final Database database;

	SqlSupervisionQueries(Database database) {
		this.database = database;
	}

	@Override
	public List<SupervisionContractEntry> contracts() {
		return Transactions.read(database, connection -> {
			List<SupervisionContractEntry> contracts = new ArrayList<>();
			try (PreparedStatement select = connection.prepareStatement("SELECT C.\"ID\", C.\"SUPERVISOR_ID\", C.\"SUPERVISEE_ID\", C.\"FREQUENCY_PERIOD\", " //$NON-NLS-1$
					+ "C.\"STATE\", C.\"SIGNED_BY_SUPERVISEE_ON\", C.\"SIGNED_BY_SUPERVISOR_ON\", C.\"REVIEW_ON\", C.\"SUPERSEDES_ID\" " //$NON-NLS-1$
					+ "FROM \"SUPERVISION_CONTRACTS\" C ORDER BY C.\"ID\""); //$NON-NLS-1$
					ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					contracts.add(new SupervisionContractEntry(rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getString(4), state(rows.getString(5)),
							date(rows, 6), date(rows, 7), date(rows, 8), rows.getLong(9)));
				}
			}
			return contracts;
		});
	}

	@Override
	public List<SupervisionRecordEntry> records() {
		return Transactions.read(database, connection -> {
			List<SupervisionRecordEntry> records = new ArrayList<>();
			try (PreparedStatement select = connection.prepareStatement("SELECT R.\"ID\", R.\"SUPERVISOR_ID\", R.\"SUPERVISEE_ID\", R.\"HELD_ON\", " //$NON-NLS-1$
					+ "R.\"NEXT_ON\", R.\"NEXT_TIME\", R.\"STATE\" FROM \"SUPERVISION_RECORDS\" R ORDER BY R.\"ID\""); //$NON-NLS-1$
					ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					records.add(new SupervisionRecordEntry(rows.getLong(1), rows.getLong(2), rows.getLong(3), date(rows, 4), date(rows, 5), rows.getString(6),
							state(rows.getString(7))));
				}
			}
			return records;
		});
	}

	@Override
	public List<SupervisionSessionEntry> sessions(LocalDate from) {
		return Transactions.read(database, connection -> {
			List<SupervisionSessionEntry> sessions = new ArrayList<>();
			try (PreparedStatement select = connection.prepareStatement("SELECT S.\"ID\", S.\"SUPERVISOR_ID\", S.\"SUPERVISEE_ID\", S.\"SESSION_ON\", S.\"HELD\", " //$NON-NLS-1$
					+ "S.\"INITIALS\", S.\"MISSED_REASON\", S.\"NEXT_ON\", S.\"NOTES\", S.\"RECORD_ID\" FROM \"SUPERVISION_SESSIONS\" S " //$NON-NLS-1$
					+ "WHERE S.\"SESSION_ON\" >= ? ORDER BY S.\"ID\"")) { //$NON-NLS-1$
				select.setDate(1, Date.valueOf(from));
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						sessions.add(new SupervisionSessionEntry(rows.getLong(1), rows.getLong(2), rows.getLong(3), date(rows, 4), rows.getBoolean(5),
								rows.getString(6), rows.getString(7), date(rows, 8), rows.getString(9), rows.getLong(10)));
					}
				}
			}
			return sessions;
		});
	}

	@Override
	public List<OpenCaseEntry> openCases() {
		return Transactions.read(database, connection -> {
			Map<String, LocalDate> lastCasework = new HashMap<>();
			// Only a signed casework supervision was held: a draft someone is still writing is not one yet.
			try (PreparedStatement select = connection.prepareStatement("SELECT W.\"CASE_NUMBER\", MAX(W.\"HELD_ON\") FROM \"CASEWORK_SUPERVISIONS\" W " //$NON-NLS-1$
					+ "WHERE W.\"STATE\" = ? GROUP BY W.\"CASE_NUMBER\"")) { //$NON-NLS-1$
				select.setString(1, SupervisionState.SIGNED.getName());
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						lastCasework.put(rows.getString(1), date(rows, 2));
					}
				}
			}
			Map<Long, long[]> workers = new HashMap<>();
			Map<Long, LocalDate> allocated = new HashMap<>();
			try (PreparedStatement select = connection.prepareStatement("SELECT A.\"PARENT_ID\", A.\"SEQ\", A.\"WORKER_ID\", A.\"ALLOCATED_ON\" " //$NON-NLS-1$
					+ "FROM \"CASE_ALLOCATIONS\" A WHERE A.\"CLOSED_ON\" IS NULL"); //$NON-NLS-1$
					ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					long caseId = rows.getLong(1);
					int seq = rows.getInt(2);
					long[] known = workers.get(caseId);
					if (known == null || known[0] < seq) {
						workers.put(caseId, new long[] { seq, rows.getLong(3) });
						allocated.put(caseId, date(rows, 4));
					}
				}
			}
			List<OpenCaseEntry> cases = new ArrayList<>();
			try (PreparedStatement select = connection.prepareStatement("SELECT C.\"ID\", C.\"CASE_NUMBER\", C.\"STATUS\", C.\"LOCALITY_ID\", C.\"LINE_MANAGER_ID\" " //$NON-NLS-1$
					+ "FROM \"CASES\" C WHERE C.\"STATUS\" IS NULL OR C.\"STATUS\" <> ? ORDER BY C.\"ID\"")) { //$NON-NLS-1$
				select.setString(1, CaseStatus.CLOSED.getName());
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						long id = rows.getLong(1);
						String caseNumber = rows.getString(2);
						String status = rows.getString(3);
						long[] worker = workers.get(id);
						cases.add(new OpenCaseEntry(id, caseNumber, status == null ? null : CaseStatus.getByName(status), rows.getLong(4), rows.getLong(5),
								worker == null ? 0 : worker[1], allocated.get(id), lastCasework.get(caseNumber)));
					}
				}
			}
			return cases;
		});
	}

	@Override
	public List<CaseworkEntry> caseworkOf(String caseNumber) {
		return Transactions.read(database, connection -> {
			List<CaseworkEntry> casework = new ArrayList<>();
			try (PreparedStatement select = connection.prepareStatement("SELECT W.\"ID\", W.\"CASE_NUMBER\", W.\"SUPERVISOR_ID\", W.\"WORKER_ID\", W.\"HELD_ON\", " //$NON-NLS-1$
					+ "W.\"STATE\" FROM \"CASEWORK_SUPERVISIONS\" W WHERE W.\"CASE_NUMBER\" = ? ORDER BY W.\"ID\"")) { //$NON-NLS-1$
				select.setString(1, caseNumber);
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						casework.add(new CaseworkEntry(rows.getLong(1), rows.getString(2), rows.getLong(3), rows.getLong(4), date(rows, 5), state(rows.getString(6))));
					}
				}
			}
			return casework;
		});
	}

	private static LocalDate date(ResultSet rows, int column) throws SQLException {
		Date date = rows.getDate(column);
		return date == null ? null : date.toLocalDate();
	}

	/** A stored state; a record from before states were kept reads as a draft. */
	private static SupervisionState state(String name) {
		SupervisionState state = name == null ? null : SupervisionState.getByName(name);
		return state == null ? SupervisionState.DRAFT : state;
	}
}
