package org.qaworkbench.store.jdbc.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.TimeZone;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;

/** How a model value type is stored, and how it crosses JDBC. Times are stored in UTC. */
enum SqlType {
	SHORT_TEXT("VARCHAR(255)", Types.VARCHAR), //$NON-NLS-1$
	TEXT("VARCHAR(32672)", Types.VARCHAR), //$NON-NLS-1$
	INTEGER("INTEGER", Types.INTEGER), //$NON-NLS-1$
	BIGINT("BIGINT", Types.BIGINT), //$NON-NLS-1$
	BOOLEAN("BOOLEAN", Types.BOOLEAN), //$NON-NLS-1$
	DATE("DATE", Types.DATE), //$NON-NLS-1$
	TIMESTAMP("TIMESTAMP", Types.TIMESTAMP), //$NON-NLS-1$
	DECIMAL("DECIMAL(12,4)", Types.DECIMAL), //$NON-NLS-1$
	ENUM("VARCHAR(64)", Types.VARCHAR); //$NON-NLS-1$

	private static final ThreadLocal<Calendar> UTC = ThreadLocal.withInitial(() -> Calendar.getInstance(TimeZone.getTimeZone("UTC"))); //$NON-NLS-1$

	final String ddl;
	private final int jdbcType;

	SqlType(String ddl, int jdbcType) {
		this.ddl = ddl;
		this.jdbcType = jdbcType;
	}

	/**
	 * Now, as every engine keeps a TIMESTAMP: to the microsecond (PostgreSQL rounds finer times), so that a record
	 * reads back with the time it was saved with.
	 */
	static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MICROS);
	}

	static SqlType of(EClassifier type, String featureName) {
		if (type instanceof EEnum) {
			return ENUM;
		}
		Class<?> javaType = type.getInstanceClass();
		if (javaType == String.class) {
			return isShort(featureName) ? SHORT_TEXT : TEXT;
		}
		if (javaType == int.class || javaType == Integer.class) {
			return INTEGER;
		}
		if (javaType == long.class || javaType == Long.class) {
			return BIGINT;
		}
		if (javaType == boolean.class || javaType == Boolean.class) {
			return BOOLEAN;
		}
		if (javaType == LocalDate.class) {
			return DATE;
		}
		if (javaType == Instant.class) {
			return TIMESTAMP;
		}
		if (javaType == BigDecimal.class) {
			return DECIMAL;
		}
		throw new IllegalArgumentException("No SQL type for " + type.getName()); //$NON-NLS-1$
	}

	/** Identifiers and keys get an indexable size; everything people type gets the most Derby allows. */
	private static boolean isShort(String featureName) {
		return featureName.endsWith("Id") || featureName.endsWith("Key") || featureName.endsWith("Hash") || featureName.endsWith("Version") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				|| featureName.endsWith("By") || featureName.equals("by") || featureName.equals("caseNumber") || featureName.equals("initials"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	void set(PreparedStatement statement, int index, Object value) throws SQLException {
		if (value == null) {
			statement.setNull(index, jdbcType);
			return;
		}
		switch (this) {
		case SHORT_TEXT, TEXT -> statement.setString(index, (String) value);
		case INTEGER -> statement.setInt(index, (Integer) value);
		case BIGINT -> statement.setLong(index, (Long) value);
		case BOOLEAN -> statement.setBoolean(index, (Boolean) value);
		case DATE -> statement.setDate(index, Date.valueOf((LocalDate) value));
		case TIMESTAMP -> statement.setTimestamp(index, Timestamp.from((Instant) value), UTC.get());
		case DECIMAL -> statement.setBigDecimal(index, (BigDecimal) value);
		case ENUM -> statement.setString(index, ((Enumerator) value).getName());
		}
	}

	/** Reads a column; enum values come back as their literal's name, for the caller to look up. */
	Object get(ResultSet result, int index) throws SQLException {
		Object value = switch (this) {
		case SHORT_TEXT, TEXT, ENUM -> result.getString(index);
		case INTEGER -> result.getInt(index);
		case BIGINT -> result.getLong(index);
		case BOOLEAN -> result.getBoolean(index);
		case DATE -> {
			Date date = result.getDate(index);
			yield date == null ? null : date.toLocalDate();
		}
		case TIMESTAMP -> {
			Timestamp timestamp = result.getTimestamp(index, UTC.get());
			yield timestamp == null ? null : timestamp.toInstant();
		}
		case DECIMAL -> result.getBigDecimal(index);
		};
		return result.wasNull() ? null : value;
	}
}
