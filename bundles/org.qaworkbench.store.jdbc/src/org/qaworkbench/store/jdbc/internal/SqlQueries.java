package org.qaworkbench.store.jdbc.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.qaworkbench.core.queries.ActionEntry;
import org.qaworkbench.core.queries.AssessmentEntry;
import org.qaworkbench.core.queries.AuditCriteria;
import org.qaworkbench.core.queries.AuditEntry;
import org.qaworkbench.core.queries.CaseEntry;
import org.qaworkbench.core.queries.GradeCount;
import org.qaworkbench.core.queries.LocalityEntry;
import org.qaworkbench.core.queries.MonthCount;
import org.qaworkbench.core.queries.Queries;
import org.qaworkbench.core.queries.SupervisionQueries;
import org.qaworkbench.model.AssessmentState;

/**
 * The read models in plain, standard SQL over the portable schema, whatever the engine: joins, GROUP BY, CASE, COALESCE
 * and NULLIF only, so the same statements run on Derby and PostgreSQL. Record tables are named quoted and upper case
 * as the migrations create them; DEFINITIONS is created unquoted, so it is named unquoted (PostgreSQL folds both
 * sides to lower case). Months are bucketed from per-day counts in Java: no engine's date functions are needed, and
 * a year has at most 366 days per locality. Lists come back in id order, as the records API lists them.
 */
final class SqlQueries implements Queries {

	private static final String DRAFT = AssessmentState.DRAFT.getName();
	/** Rows fetched at a time while streaming (PostgreSQL reads a whole result into memory without it). */
	private static final int FETCH = 500;
	/** The overall grade as it stands: the moderator's where there is one, else the auditor's judgement. */
	private static final String GRADE = "COALESCE(NULLIF(A.\"MODERATED_JUDGEMENT\", ''), NULLIF(A.\"JUDGEMENT\", ''))"; //$NON-NLS-1$

	private final Database database;
	private final SupervisionQueries supervision;

	SqlQueries(Database database) {
		this.database = database;
		this.supervision = new SqlSupervisionQueries(database);
	}

	@Override
	public SupervisionQueries supervision() {
		return supervision;
	}

	/** One read transaction: the statements of a query see the same committed data; failures as the dialect reads them. */
	private <T> T read(Transactions.Work<T, RuntimeException> work) {
		return Transactions.read(database, work);
	}

	@Override
	public List<LocalityEntry> localities() {
		return read(connection -> {
			Set<Long> withCases = longs(connection, "SELECT DISTINCT C.\"LOCALITY_ID\" FROM \"CASES\" C WHERE C.\"LOCALITY_ID\" IS NOT NULL"); //$NON-NLS-1$
			List<LocalityEntry> localities = new ArrayList<>();
			try (PreparedStatement select = connection.prepareStatement("SELECT L.\"ID\", L.\"NAME\" FROM \"LOCALITIES\" L ORDER BY L.\"ID\""); //$NON-NLS-1$
					ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					long id = rows.getLong(1);
					localities.add(new LocalityEntry(id, rows.getString(2), withCases.contains(id)));
				}
			}
			return localities;
		});
	}

	@Override
	public List<CaseEntry> casesOf(long localityId) {
		return read(connection -> {
			Set<String> audited = new HashSet<>();
			try (PreparedStatement select = connection.prepareStatement("SELECT DISTINCT A.\"SUBJECT_KEY\" FROM \"ASSESSMENTS\" A " //$NON-NLS-1$
					+ "JOIN \"CASES\" C ON C.\"CASE_NUMBER\" = A.\"SUBJECT_KEY\" WHERE C.\"LOCALITY_ID\" = ?")) { //$NON-NLS-1$
				select.setLong(1, localityId);
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						audited.add(rows.getString(1));
					}
				}
			}
			List<CaseEntry> cases = new ArrayList<>();
			try (PreparedStatement select = connection.prepareStatement("SELECT C.\"ID\", C.\"CASE_NUMBER\", C.\"FAMILY_NAMES\" FROM \"CASES\" C " //$NON-NLS-1$
					+ "WHERE C.\"LOCALITY_ID\" = ? ORDER BY C.\"ID\"")) { //$NON-NLS-1$
				select.setLong(1, localityId);
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						String caseNumber = rows.getString(2);
						cases.add(new CaseEntry(rows.getLong(1), caseNumber, rows.getString(3), localityId, audited.contains(caseNumber)));
					}
				}
			}
			return cases;
		});
	}

	@Override
	public List<AssessmentEntry> assessmentsOf(String caseNumber) {
		return read(connection -> {
			List<AssessmentEntry> assessments = new ArrayList<>();
			try (PreparedStatement select = connection.prepareStatement("SELECT A.\"ID\", A.\"DEFINITION_ID\", D.TITLE, A.\"STATE\", A.\"STARTED_ON\", " //$NON-NLS-1$
					+ "A.\"COMPLETED_ON\" FROM \"ASSESSMENTS\" A LEFT JOIN DEFINITIONS D ON D.HASH = A.\"DEFINITION_HASH\" " //$NON-NLS-1$
					+ "WHERE A.\"SUBJECT_KEY\" = ? ORDER BY A.\"ID\"")) { //$NON-NLS-1$
				select.setString(1, caseNumber);
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						String definitionId = rows.getString(2);
						String title = rows.getString(3);
						assessments.add(new AssessmentEntry(rows.getLong(1), definitionId, title == null ? definitionId : title, state(rows.getString(4)),
								date(rows, 5), date(rows, 6)));
					}
				}
			}
			return assessments;
		});
	}

	@Override
	public List<ActionEntry> actions() {
		return read(connection -> {
			Map<Long, List<String>> auditors = new HashMap<>();
			try (PreparedStatement select = connection.prepareStatement("SELECT AA.\"PARENT_ID\", S.\"NAME\" FROM \"ASSESSMENT_ASSESSORS\" AA " //$NON-NLS-1$
					+ "LEFT JOIN \"STAFF_MEMBERS\" S ON S.\"ID\" = AA.\"TARGET_ID\" " //$NON-NLS-1$
					+ "WHERE AA.\"PARENT_ID\" IN (SELECT R.\"ASSESSMENT_ID\" FROM \"REMEDIAL_ACTIONS\" R) ORDER BY AA.\"PARENT_ID\", AA.\"SEQ\"")) { //$NON-NLS-1$
				select.setFetchSize(FETCH);
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						auditors.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>()).add(orEmpty(rows.getString(2)));
					}
				}
			}
			// The locality is the audit's own, else (an audit that names none) its case's.
			List<ActionEntry> actions = new ArrayList<>();
			try (PreparedStatement select = connection.prepareStatement("SELECT R.\"ID\", A.\"ID\", A.\"DEFINITION_ID\", A.\"SUBJECT_KEY\", " //$NON-NLS-1$
					+ "CASE WHEN A.\"LOCALITY_ID\" IS NULL THEN CL.\"NAME\" ELSE AL.\"NAME\" END, O.\"NAME\", R.\"ACTION\", R.\"DUE_ON\", " //$NON-NLS-1$
					+ "R.\"COMPLETED_ON\", R.\"FOLLOW_UP_DUE_ON\", R.\"FOLLOW_UP_CHECKED_ON\", R.\"FOLLOW_UP_DONE\", R.\"OBSERVATION_ID\" FROM \"REMEDIAL_ACTIONS\" R " //$NON-NLS-1$
					+ "LEFT JOIN \"ASSESSMENTS\" A ON A.\"ID\" = R.\"ASSESSMENT_ID\" " //$NON-NLS-1$
					+ "LEFT JOIN \"LOCALITIES\" AL ON AL.\"ID\" = A.\"LOCALITY_ID\" " //$NON-NLS-1$
					+ "LEFT JOIN \"CASES\" C ON C.\"CASE_NUMBER\" = A.\"SUBJECT_KEY\" AND A.\"LOCALITY_ID\" IS NULL " //$NON-NLS-1$
					+ "LEFT JOIN \"LOCALITIES\" CL ON CL.\"ID\" = C.\"LOCALITY_ID\" " //$NON-NLS-1$
					+ "LEFT JOIN \"STAFF_MEMBERS\" O ON O.\"ID\" = R.\"OWNER_ID\" ORDER BY R.\"ID\"")) { //$NON-NLS-1$
				select.setFetchSize(FETCH);
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						long auditId = rows.getLong(2);
						boolean done = rows.getBoolean(12);
						Boolean followUpDone = rows.wasNull() ? null : done;
						actions.add(new ActionEntry(rows.getLong(1), auditId, rows.getString(3), orEmpty(rows.getString(4)), orEmpty(rows.getString(5)),
								orEmpty(rows.getString(6)), List.copyOf(auditors.getOrDefault(auditId, List.of())), rows.getString(7), date(rows, 8),
								date(rows, 9), date(rows, 10), date(rows, 11), followUpDone, rows.getLong(13)));
					}
				}
			}
			return actions;
		});
	}

	@Override
	public void audits(AuditCriteria criteria, Consumer<? super AuditEntry> each) {
		Where where = Where.of(criteria, false);
		read(connection -> {
			// Two result sets in id order, merged as they stream: the audits (with their overall score) and their
			// auditors. The overall score is the one without a section; a second one, if ever stored, is skipped.
			try (PreparedStatement audits = connection.prepareStatement("SELECT A.\"ID\", A.\"SUBJECT_KEY\", L.\"NAME\", A.\"STATE\", A.\"STARTED_ON\", " //$NON-NLS-1$
					+ "A.\"COMPLETED_ON\", A.\"DEFINITION_ID\", A.\"DEFINITION_HASH\", D.TITLE, S.\"VALUE\", S.\"LABEL\", A.\"JUDGEMENT\", " //$NON-NLS-1$
					+ "A.\"MODERATED_JUDGEMENT\" FROM \"ASSESSMENTS\" A LEFT JOIN \"LOCALITIES\" L ON L.\"ID\" = A.\"LOCALITY_ID\" " //$NON-NLS-1$
					+ "LEFT JOIN DEFINITIONS D ON D.HASH = A.\"DEFINITION_HASH\" " //$NON-NLS-1$
					+ "LEFT JOIN \"ASSESSMENT_SCORES\" S ON S.\"PARENT_ID\" = A.\"ID\" AND (S.\"SECTION_ID\" IS NULL OR S.\"SECTION_ID\" = '') " //$NON-NLS-1$
					+ "AND S.\"VALUE\" IS NOT NULL" + where.sql() + " ORDER BY A.\"ID\", S.\"SEQ\""); //$NON-NLS-1$ //$NON-NLS-2$
					PreparedStatement assessors = connection.prepareStatement("SELECT AA.\"PARENT_ID\", AA.\"TARGET_ID\", S.\"NAME\" " //$NON-NLS-1$
							+ "FROM \"ASSESSMENT_ASSESSORS\" AA JOIN \"ASSESSMENTS\" A ON A.\"ID\" = AA.\"PARENT_ID\" " //$NON-NLS-1$
							+ "LEFT JOIN \"STAFF_MEMBERS\" S ON S.\"ID\" = AA.\"TARGET_ID\"" + where.sql() + " ORDER BY AA.\"PARENT_ID\", AA.\"SEQ\"")) { //$NON-NLS-1$ //$NON-NLS-2$
				where.bind(audits);
				where.bind(assessors);
				audits.setFetchSize(FETCH);
				assessors.setFetchSize(FETCH);
				try (ResultSet rows = audits.executeQuery(); ResultSet names = assessors.executeQuery()) {
					Assessors merged = new Assessors(names);
					long last = -1;
					while (rows.next()) {
						long id = rows.getLong(1);
						if (id == last) {
							continue;
						}
						last = id;
						String definitionId = rows.getString(7);
						String title = rows.getString(9);
						each.accept(new AuditEntry(id, rows.getString(2), rows.getString(3), state(rows.getString(4)), date(rows, 5), date(rows, 6),
								merged.of(id), definitionId, rows.getString(8), title == null ? definitionId : title, rows.getBigDecimal(10), rows.getString(11),
								rows.getString(12), rows.getString(13)));
					}
				}
			}
			return null;
		});
	}

	/** The auditors' names of audits asked in id order, read along a result set in the same order. */
	private static final class Assessors {
		private final ResultSet rows;
		private boolean more;

		Assessors(ResultSet rows) throws SQLException {
			this.rows = rows;
			this.more = rows.next();
		}

		/** Names in the order recorded; one whose person is gone is shown by id. */
		List<String> of(long auditId) throws SQLException {
			while (more && rows.getLong(1) < auditId) {
				more = rows.next();
			}
			List<String> names = new ArrayList<>();
			while (more && rows.getLong(1) == auditId) {
				String name = rows.getString(3);
				names.add(name == null ? "#" + rows.getLong(2) : name); //$NON-NLS-1$
				more = rows.next();
			}
			return List.copyOf(names);
		}
	}

	@Override
	public List<GradeCount> gradeDistribution(AuditCriteria criteria) {
		Where where = Where.of(criteria, true);
		return read(connection -> {
			List<GradeCount> counts = new ArrayList<>();
			try (PreparedStatement select = connection.prepareStatement("SELECT G.GRADE, COUNT(*), SUM(G.MODERATED) FROM (SELECT " + GRADE //$NON-NLS-1$
					+ " AS GRADE, CASE WHEN NULLIF(A.\"MODERATED_JUDGEMENT\", '') IS NULL THEN 0 ELSE 1 END AS MODERATED FROM \"ASSESSMENTS\" A" //$NON-NLS-1$
					+ where.sql() + ") G GROUP BY G.GRADE")) { //$NON-NLS-1$
				where.bind(select);
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						counts.add(new GradeCount(rows.getString(1), rows.getLong(2), rows.getLong(3)));
					}
				}
			}
			counts.sort(Comparator.comparing(GradeCount::grade, Comparator.nullsLast(SqlQueries::compareGrades)));
			return counts;
		});
	}

	/** Grades are numbers on a scale ("1".."5") or words: numbers in numeric order, first. */
	private static int compareGrades(String one, String other) {
		boolean oneNumber = one.matches("\\d{1,9}"); //$NON-NLS-1$
		boolean otherNumber = other.matches("\\d{1,9}"); //$NON-NLS-1$
		if (oneNumber && otherNumber) {
			return Integer.compare(Integer.parseInt(one), Integer.parseInt(other));
		}
		return oneNumber != otherNumber ? (oneNumber ? -1 : 1) : one.compareTo(other);
	}

	@Override
	public List<MonthCount> completedByLocalityAndMonth(AuditCriteria criteria) {
		Where where = Where.of(criteria, true);
		return read(connection -> {
			Map<Long, String> names = new HashMap<>();
			try (PreparedStatement select = connection.prepareStatement("SELECT L.\"ID\", L.\"NAME\" FROM \"LOCALITIES\" L"); //$NON-NLS-1$
					ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					names.put(rows.getLong(1), rows.getString(2));
				}
			}
			record Bucket(Long localityId, YearMonth month) {
			}
			Map<Bucket, Long> counts = new HashMap<>();
			try (PreparedStatement select = connection.prepareStatement("SELECT A.\"LOCALITY_ID\", A.\"COMPLETED_ON\", COUNT(*) FROM \"ASSESSMENTS\" A" //$NON-NLS-1$
					+ where.sql() + " GROUP BY A.\"LOCALITY_ID\", A.\"COMPLETED_ON\"")) { //$NON-NLS-1$
				where.bind(select);
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						long id = rows.getLong(1);
						Long localityId = rows.wasNull() ? null : id;
						counts.merge(new Bucket(localityId, YearMonth.from(date(rows, 2))), rows.getLong(3), Long::sum);
					}
				}
			}
			List<MonthCount> months = new ArrayList<>();
			counts.forEach((bucket, audits) -> months.add(new MonthCount(bucket.localityId(), bucket.localityId() == null ? null : names.get(bucket.localityId()),
					bucket.month(), audits)));
			months.sort(Comparator.comparing(MonthCount::locality, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))
					.thenComparing(MonthCount::localityId, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(MonthCount::month));
			return months;
		});
	}

	/**
	 * The WHERE clause of audit criteria over ASSESSMENTS A, and its parameters. Counts of completed audits take only
	 * those past draft with a completion date, which is then their date.
	 */
	private record Where(String sql, List<Object> parameters) {

		static Where of(AuditCriteria criteria, boolean completedOnly) {
			List<String> conditions = new ArrayList<>();
			List<Object> parameters = new ArrayList<>();
			if (completedOnly) {
				conditions.add("A.\"STATE\" <> '" + DRAFT + "' AND A.\"COMPLETED_ON\" IS NOT NULL"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			if (criteria.localityId() != null) {
				conditions.add("A.\"LOCALITY_ID\" = ?"); //$NON-NLS-1$
				parameters.add(criteria.localityId());
			}
			if (criteria.definitionId() != null) {
				conditions.add("A.\"DEFINITION_ID\" = ?"); //$NON-NLS-1$
				parameters.add(criteria.definitionId());
			}
			if (criteria.state() != null) {
				conditions.add("A.\"STATE\" = ?"); //$NON-NLS-1$
				parameters.add(criteria.state().getName());
			}
			String date = completedOnly ? "A.\"COMPLETED_ON\"" : "COALESCE(A.\"COMPLETED_ON\", A.\"STARTED_ON\")"; //$NON-NLS-1$ //$NON-NLS-2$
			if (criteria.from() != null) {
				conditions.add(date + " >= ?"); //$NON-NLS-1$
				parameters.add(criteria.from());
			}
			if (criteria.to() != null) {
				conditions.add(date + " <= ?"); //$NON-NLS-1$
				parameters.add(criteria.to());
			}
			return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), List.copyOf(parameters)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}

		void bind(PreparedStatement statement) throws SQLException {
			for (int i = 0; i < parameters.size(); i++) {
				Object value = parameters.get(i);
				if (value instanceof Long number) {
					statement.setLong(i + 1, number);
				} else if (value instanceof LocalDate day) {
					statement.setDate(i + 1, Date.valueOf(day));
				} else {
					statement.setString(i + 1, (String) value);
				}
			}
		}
	}

	private static Set<Long> longs(Connection connection, String sql) throws SQLException {
		Set<Long> values = new HashSet<>();
		try (PreparedStatement select = connection.prepareStatement(sql); ResultSet rows = select.executeQuery()) {
			while (rows.next()) {
				values.add(rows.getLong(1));
			}
		}
		return values;
	}

	private static LocalDate date(ResultSet rows, int column) throws SQLException {
		Date date = rows.getDate(column);
		return date == null ? null : date.toLocalDate();
	}

	private static AssessmentState state(String name) {
		return name == null ? null : AssessmentState.getByName(name);
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}
}
