package org.qaworkbench.store.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.InvalidRecordException;
import org.qaworkbench.core.store.InvalidRecordException.Problem;
import org.qaworkbench.core.store.Records.BulkInsert;
import org.qaworkbench.core.store.StoreFailureException;
import org.qaworkbench.core.validation.RecordValidator;
import org.qaworkbench.model.Identified;
import org.qaworkbench.store.jdbc.internal.EntityMapping.ChildTable;

/**
 * Batched inserts on one connection, committed once a batch holds {@value #RECORDS_PER_COMMIT} records or more,
 * always at the end of a unit: a crash loses at most the records of the open batch, never a part of one record
 * and never a part of a unit (an audit without its actions).
 */
public final class JdbcBulkInsert implements BulkInsert {

	public static final int RECORDS_PER_COMMIT = 500;

	private final Database database;
	private final RecordValidator validator;
	private final Actor actor;
	private final Connection connection;
	private final PreparedStatement nextId;
	private final PreparedStatement history;
	private final Map<EClass, Statements> statements = new HashMap<>();
	private int pending;
	/** Set when a statement failed part-way through a unit: what is batched then must never be committed. */
	private boolean broken;

	/** The prepared inserts of one record class. */
	private record Statements(EntityMapping mapping, PreparedStatement own, List<PreparedStatement> children) {
	}

	JdbcBulkInsert(Database database, RecordValidator validator, Actor actor) {
		this.database = database;
		this.validator = validator;
		this.actor = actor;
		try {
			connection = database.dataSource().getConnection();
			database.dialect().refuseUnwritable(connection);
			connection.setAutoCommit(false);
			nextId = connection.prepareStatement(database.dialect().nextIdQuery());
			history = connection.prepareStatement(HistoryLog.INSERT);
		} catch (SQLException e) {
			throw failure(e);
		}
	}

	@Override
	public long add(Identified root, List<? extends Identified> parts) throws InvalidRecordException {
		validate(root);
		for (Identified part : parts) {
			validate(part);
		}
		try {
			batch(root);
			for (Identified part : parts) {
				batch(part);
			}
			if (pending >= RECORDS_PER_COMMIT) {
				flush();
			}
			return root.getId();
		} catch (SQLException e) {
			broken = true;
			throw failure(e);
		}
	}

	private void validate(Identified record) throws InvalidRecordException {
		List<Problem> problems = validator.problems(record);
		if (!problems.isEmpty()) {
			throw new InvalidRecordException(problems);
		}
	}

	private void batch(Identified record) throws SQLException {
		Statements prepared = statements(record.eClass());
		try (java.sql.ResultSet id = nextId.executeQuery()) {
			id.next();
			record.setId(id.getLong(1));
		}
		record.setRowVersion(1);
		record.setModifiedBy(actor.userId());
		record.setModifiedAt(SqlType.now());
		RecordTables.bindRow(prepared.own(), prepared.mapping(), record);
		prepared.own().addBatch();
		RecordTables.addChildRows(prepared.children(), prepared.mapping(), record);
		HistoryLog.bind(history, record, actor.userId(), record.getModifiedAt(), HistoryLog.CREATED, List.of());
		history.addBatch();
		pending++;
	}

	private Statements statements(EClass eClass) throws SQLException {
		Statements prepared = statements.get(eClass);
		if (prepared == null) {
			EntityMapping mapping = EntityMapping.of(eClass);
			List<PreparedStatement> children = new ArrayList<>();
			for (ChildTable child : mapping.children) {
				children.add(connection.prepareStatement(RecordTables.childInsertSql(child)));
			}
			prepared = new Statements(mapping, connection.prepareStatement(RecordTables.insertSql(mapping)), children);
			statements.put(eClass, prepared);
		}
		return prepared;
	}

	/** Writes the open batch in one transaction: records before their children, history last. */
	private void flush() throws SQLException {
		for (Statements prepared : statements.values()) {
			prepared.own().executeBatch();
		}
		for (Statements prepared : statements.values()) {
			for (PreparedStatement child : prepared.children()) {
				child.executeBatch();
			}
		}
		history.executeBatch();
		connection.commit();
		pending = 0;
	}

	@Override
	public void close() {
		try (connection) {
			if (broken) {
				connection.rollback();
				return;
			}
			try {
				flush();
			} catch (SQLException e) {
				connection.rollback();
				throw e;
			}
		} catch (SQLException e) {
			throw failure(e);
		}
	}

	private StoreFailureException failure(SQLException e) {
		return Transactions.failure(database, e);
	}
}
