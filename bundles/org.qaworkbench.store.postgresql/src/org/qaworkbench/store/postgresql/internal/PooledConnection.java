package org.qaworkbench.store.postgresql.internal;

import java.sql.Array;
import java.sql.Blob;
import java.sql.CallableStatement;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.NClob;
import java.sql.PreparedStatement;
import java.sql.SQLClientInfoException;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.SQLXML;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Struct;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executor;

/**
 * A connection lent by the {@link ConnectionPool}: close() gives it back (once) instead of closing it, and a failure
 * of the connection itself (SQLState class 08) is noted so that the pool drops it. A plain delegating class rather
 * than a reflective proxy: every unit of work makes a dozen calls through it, and the proxy's reflection cost about
 * 4% of a save's client time.
 */
final class PooledConnection implements Connection {

	/** Where a lent connection goes back to. */
	interface Owner {
		void giveBack(Connection connection, boolean broken);
	}

	private final Connection connection;
	private final Owner owner;
	private boolean returned;
	private boolean broken;

	PooledConnection(Connection connection, Owner owner) {
		this.connection = connection;
		this.owner = owner;
	}

	@Override
	public void close() {
		if (!returned) {
			returned = true;
			owner.giveBack(connection, broken);
		}
	}

	@Override
	public boolean isClosed() throws SQLException {
		return returned || connection.isClosed();
	}

	private void live() throws SQLException {
		if (returned) {
			throw new SQLException("The connection was given back to the pool", "08003"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** SQLState class 08: the connection itself failed, not the statement. */
	private SQLException noted(SQLException failure) {
		broken |= failure.getSQLState() != null && failure.getSQLState().startsWith("08"); //$NON-NLS-1$
		return failure;
	}

	@Override
	public void setClientInfo(String name, String value) throws SQLClientInfoException {
		connection.setClientInfo(name, value);
	}

	@Override
	public void setClientInfo(Properties properties) throws SQLClientInfoException {
		connection.setClientInfo(properties);
	}

	@Override
	public Statement createStatement() throws SQLException {
		live();
		try {
			return connection.createStatement();
		} catch (SQLException e) {
			throw noted(e);
		}
	}

	@Override
	public PreparedStatement prepareStatement(String sql) throws SQLException {
		live();
		try {
			return connection.prepareStatement(sql);
		} catch (SQLException e) {
			throw noted(e);
		}
	}

	@Override
	public CallableStatement prepareCall(String sql) throws SQLException {
		live();
		try {
			return connection.prepareCall(sql);
		} catch (SQLException e) {
			throw noted(e);
		}
	}

	@Override
	public String nativeSQL(String sql) throws SQLException {
		live();
		try {
			return connection.nativeSQL(sql);
		} catch (SQLException e) {
			throw noted(e);
		}
	}

	@Override
	public void setAutoCommit(boolean autoCommit) throws SQLException {
		live();
		try {
			connection.setAutoCommit(autoCommit);
		} catch (SQLException e) {
			throw noted(e);
		}
	}

	@Override
	public boolean getAutoCommit() throws SQLException {
		live();
		try {
			return connection.getAutoCommit();
		} catch (SQLException e) {
			throw noted(e);
		}
	}

	@Override
	public void commit() throws SQLException {
		live();
		try {
			connection.commit();
		} catch (SQLException e) {
			throw noted(e);
		}
	}

	@Override
	public void rollback() throws SQLException {
		live();
		try {
			connection.rollback();
		} catch (SQLException e) {
			throw noted(e);
		}
	}

	@Override
	public DatabaseMetaData getMetaData() throws SQLException {
		live();
		try {
			return connection.getMetaData();
		} catch (SQLException e) {
			throw noted(e);
		}
	}

	@Override
	public void setReadOnly(boolean readOnly) throws SQLException {
		live();
		try {
			connection.setReadOnly(readOnly);
		} catch (SQLException e) {
			throw noted(e);
		}
	}

	@Override
	public boolean isReadOnly() throws SQLException {
		live();
		try {
			return connection.isReadOnly();
		} catch (SQLException e) {
			throw noted(e);
		}
	}

	@Override
	public void setCatalog(String catalog) throws SQLException {
		live();
		try {
			connection.setCatalog(catalog);
		} catch (SQLException e) {
			throw noted(e);
		}
	}

	@Override
	public String getCatalog() throws SQLException {
		live();
		try {
			return connection.getCatalog();
		} catch (SQLException e) {
			throw noted(e);
		}
	}

	@Override
	public void setTransactionIsolation(int level) throws SQLException {
		live();
		try {
			connection.setTransactionIsolation(level);
		} catch (SQLException e) {
			throw noted(e);
		}
	}

	@Override
	public int getTransactionIsolation() throws SQLException {
		live();
		try {
			return connection.getTransactionIsolation();
		} catch (SQLException e) {
			throw noted(e);
		}
	}

	@Override
	public SQLWarning getWarnings() throws SQLException {
		live();
		try {
			return connection.getWarnings();
		} catch (SQLException e) {
			throw noted(e);
		}
	}

	@Override
	public void clearWarnings() throws SQLException {
		live();
		try {
			connection.clearWarnings();
		} catch (SQLException e) {
			throw noted(e);
		}
	}

	@Override
	public Statement createStatement(int resultSetType, int resultSetConcurrency) throws SQLException {
		live();
		try {
			return connection.createStatement(resultSetType, resultSetConcurrency);
		} catch (SQLException e) {
			throw noted(e);
		}
	}

	@Override
	public PreparedStatement prepareStatement(String sql, int resultSetType, int resultSetConcurrency) throws SQLException {
		live();
		try {
			return connection.prepareStatement(sql, resultSetType, resultSetConcurrency);
		} catch (SQLException e) {
			throw noted(e);
		}
	}

	@Override
	public CallableStatement prepareCall(String sql, int resultSetType, int resultSetConcurrency) throws SQLException {
		live();
		try {
			return connection.prepareCall(sql, resultSetType, resultSetConcurrency);
		} catch (SQLException e) {
			throw noted(e);
		}
	}

	@Override
	public Map<String, Class<?>> getTypeMap() throws SQLException {
		live();
		try {
			return connection.getTypeMap();
		} catch (SQLException e) {
			throw noted(e);
		}
	}

	@Override
	public void setTypeMap(Map<String, Class<?>> map) throws SQLException {
		live();
		try {
			connection.setTypeMap(map);
		} catch (SQLException e) {
			throw noted(e);
		}
	}

	@Override
	public void setHoldability(int holdability) throws SQLException {
		live();
		try {
			connection.setHoldability(holdability);
		} catch (SQLException e) {
			throw noted(e);
		}
	}

	@Override
	public int getHoldability() throws SQLException {
		live();
		try {
			return connection.getHoldability();
		} catch (SQLException e) {
			throw noted(e);
		}
	}

	@Override
	public Savepoint setSavepoint() throws SQLException {
		live();
		try {
			return connection.setSavepoint();
		} catch (SQLException e) {
			throw noted(e);
		}
	}

	@Override
	public Savepoint setSavepoint(String name) throws SQLException {
		live();
		try {
			return connection.setSavepoint(name);
		} catch (SQLException e) {
			throw noted(e);
		}
	}

	@Override
	public void rollback(Savepoint savepoint) throws SQLException {
		live();
		try {
			connection.rollback(savepoint);
		} catch (SQLException e) {
			throw noted(e);
		}
	}

	@Override
	public void releaseSavepoint(Savepoint savepoint) throws SQLException {
		live();
		try {
			connection.releaseSavepoint(savepoint);
		} catch (SQLException e) {
			throw noted(e);
		}
	}

	@Override
	public Statement createStatement(int resultSetType, int resultSetConcurrency, int resultSetHoldability) throws SQLException {
		live();
		try {
			return connection.createStatement(resultSetType, resultSetConcurrency, resultSetHoldability);
		} catch (SQLException e) {
			throw noted(e);
		}
	}

	@Override
	public PreparedStatement prepareStatement(String sql, int resultSetType, int resultSetConcurrency, int resultSetHoldability) throws SQLException {
		live();
		try {
			return connection.prepareStatement(sql, resultSetType, resultSetConcurrency, resultSetHoldability);
		} catch (SQLException e) {
			throw noted(e);
		}
	}

	@Override
	public CallableStatement prepareCall(String sql, int resultSetType, int resultSetConcurrency, int resultSetHoldability) throws SQLException {
		live();
		try {
			return connection.prepareCall(sql, resultSetType, resultSetConcurrency, resultSetHoldability);
		} catch (SQLException e) {
			throw noted(e);
		}
	}

	@Override
	public PreparedStatement prepareStatement(String sql, int autoGeneratedKeys) throws SQLException {
		live();
		try {
			return connection.prepareStatement(sql, autoGeneratedKeys);
		} catch (SQLException e) {
			throw noted(e);
		}
	}

	@Override
	public PreparedStatement prepareStatement(String sql, int[] columnIndexes) throws SQLException {
		live();
		try {
			return connection.prepareStatement(sql, columnIndexes);
		} catch (SQLException e) {
			throw noted(e);
		}
	}

	@Override
	public PreparedStatement prepareStatement(String sql, String[] columnNames) throws SQLException {
		live();
		try {
			return connection.prepareStatement(sql, columnNames);
		} catch (SQLException e) {
			throw noted(e);
		}
	}

	@Override
	public Clob createClob() throws SQLException {
		live();
		try {
			return connection.createClob();
		} catch (SQLException e) {
			throw noted(e);
		}
	}

	@Override
	public Blob createBlob() throws SQLException {
		live();
		try {
			return connection.createBlob();
		} catch (SQLException e) {
			throw noted(e);
		}
	}

	@Override
	public NClob createNClob() throws SQLException {
		live();
		try {
			return connection.createNClob();
		} catch (SQLException e) {
			throw noted(e);
		}
	}

	@Override
	public SQLXML createSQLXML() throws SQLException {
		live();
		try {
			return connection.createSQLXML();
		} catch (SQLException e) {
			throw noted(e);
		}
	}

	@Override
	public boolean isValid(int timeout) throws SQLException {
		live();
		try {
			return connection.isValid(timeout);
		} catch (SQLException e) {
			throw noted(e);
		}
	}

	@Override
	public String getClientInfo(String name) throws SQLException {
		live();
		try {
			return connection.getClientInfo(name);
		} catch (SQLException e) {
			throw noted(e);
		}
	}

	@Override
	public Properties getClientInfo() throws SQLException {
		live();
		try {
			return connection.getClientInfo();
		} catch (SQLException e) {
			throw noted(e);
		}
	}

	@Override
	public Array createArrayOf(String typeName, Object[] elements) throws SQLException {
		live();
		try {
			return connection.createArrayOf(typeName, elements);
		} catch (SQLException e) {
			throw noted(e);
		}
	}

	@Override
	public Struct createStruct(String typeName, Object[] attributes) throws SQLException {
		live();
		try {
			return connection.createStruct(typeName, attributes);
		} catch (SQLException e) {
			throw noted(e);
		}
	}

	@Override
	public void setSchema(String schema) throws SQLException {
		live();
		try {
			connection.setSchema(schema);
		} catch (SQLException e) {
			throw noted(e);
		}
	}

	@Override
	public String getSchema() throws SQLException {
		live();
		try {
			return connection.getSchema();
		} catch (SQLException e) {
			throw noted(e);
		}
	}

	@Override
	public void abort(Executor executor) throws SQLException {
		live();
		try {
			connection.abort(executor);
		} catch (SQLException e) {
			throw noted(e);
		}
	}

	@Override
	public void setNetworkTimeout(Executor executor, int milliseconds) throws SQLException {
		live();
		try {
			connection.setNetworkTimeout(executor, milliseconds);
		} catch (SQLException e) {
			throw noted(e);
		}
	}

	@Override
	public int getNetworkTimeout() throws SQLException {
		live();
		try {
			return connection.getNetworkTimeout();
		} catch (SQLException e) {
			throw noted(e);
		}
	}

	@Override
	public <T> T unwrap(Class<T> type) throws SQLException {
		live();
		try {
			return connection.unwrap(type);
		} catch (SQLException e) {
			throw noted(e);
		}
	}

	@Override
	public boolean isWrapperFor(Class<?> type) throws SQLException {
		live();
		try {
			return connection.isWrapperFor(type);
		} catch (SQLException e) {
			throw noted(e);
		}
	}
}
