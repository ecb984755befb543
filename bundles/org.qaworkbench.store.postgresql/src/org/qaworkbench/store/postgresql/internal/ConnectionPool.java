package org.qaworkbench.store.postgresql.internal;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * A small pool of connections to one server: every unit of work of the store takes a connection and gives it back,
 * and logging in to PostgreSQL for each (a new backend process, a SCRAM exchange) would cost more than most saves.
 * A connection that broke (the server went away) is dropped rather than given back, and one that sat idle is
 * checked before it is handed out again, so that the pool heals by itself once the server is back. HikariCP would
 * do this, but does not resolve here (see the README, "Dependencies").
 */
final class ConnectionPool implements DataSource, AutoCloseable {

	/** Idle longer than this, a connection is checked before use: the server may have restarted meanwhile. */
	private static final long CHECK_AFTER_IDLE_NANOS = TimeUnit.SECONDS.toNanos(1);
	private static final int CHECK_TIMEOUT_SECONDS = 5;
	private static final long WAIT_FOR_CONNECTION_SECONDS = 30;

	private record Idle(Connection connection, long since) {
	}

	private final DataSource server;
	private final Semaphore permits;
	private final Deque<Idle> idle = new ArrayDeque<>();
	private boolean closed;

	ConnectionPool(DataSource server, int maxConnections) {
		this.server = server;
		this.permits = new Semaphore(maxConnections, true);
	}

	@Override
	public Connection getConnection() throws SQLException {
		try {
			if (!permits.tryAcquire(WAIT_FOR_CONNECTION_SECONDS, TimeUnit.SECONDS)) {
				throw new SQLException("All connections to the server are in use", "08004"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new SQLException("Interrupted while waiting for a connection", "08004", e); //$NON-NLS-1$ //$NON-NLS-2$
		}
		try {
			return lend(healthyIdleOrNew());
		} catch (SQLException | RuntimeException e) {
			permits.release();
			throw e;
		}
	}

	private Connection healthyIdleOrNew() throws SQLException {
		while (true) {
			Idle next;
			synchronized (this) {
				if (closed) {
					throw new SQLException("The store is closed", "08003"); //$NON-NLS-1$ //$NON-NLS-2$
				}
				next = idle.pollFirst();
			}
			if (next == null) {
				return server.getConnection();
			}
			if (System.nanoTime() - next.since() < CHECK_AFTER_IDLE_NANOS || isValid(next.connection())) {
				return next.connection();
			}
			closeQuietly(next.connection());
		}
	}

	private static boolean isValid(Connection connection) {
		try {
			return connection.isValid(CHECK_TIMEOUT_SECONDS);
		} catch (SQLException e) {
			return false;
		}
	}

	/** Hands out a view of the connection whose close() gives it back (once) instead of closing it. */
	private Connection lend(Connection connection) {
		return new PooledConnection(connection, this::giveBack);
	}

	/**
	 * A connection that broke is closed rather than lent again, and so are the idle ones: the server went away,
	 * and they went with it.
	 */
	private void giveBack(Connection connection, boolean broken) {
		if (broken) {
			Deque<Idle> stale;
			synchronized (this) {
				stale = new ArrayDeque<>(idle);
				idle.clear();
			}
			stale.forEach(each -> closeQuietly(each.connection()));
			closeQuietly(connection);
			permits.release();
			return;
		}
		try {
			boolean reusable = !connection.isClosed();
			if (reusable && !connection.getAutoCommit()) {
				connection.rollback();
				connection.setAutoCommit(true);
			}
			synchronized (this) {
				if (reusable && !closed) {
					idle.addFirst(new Idle(connection, System.nanoTime()));
					return;
				}
			}
			closeQuietly(connection);
		} catch (SQLException failed) {
			closeQuietly(connection);
		} finally {
			permits.release();
		}
	}

	@Override
	public void close() {
		Deque<Idle> closing;
		synchronized (this) {
			closed = true;
			closing = new ArrayDeque<>(idle);
			idle.clear();
		}
		closing.forEach(each -> closeQuietly(each.connection()));
	}

	private static void closeQuietly(Connection connection) {
		try {
			connection.close();
		} catch (SQLException e) {
			// already broken: nothing to release
		}
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		throw new SQLFeatureNotSupportedException("The pool logs in as the configured user only"); //$NON-NLS-1$
	}

	@Override
	public PrintWriter getLogWriter() {
		return null;
	}

	@Override
	public void setLogWriter(PrintWriter out) {
		// no logging of its own
	}

	@Override
	public void setLoginTimeout(int seconds) throws SQLException {
		server.setLoginTimeout(seconds);
	}

	@Override
	public int getLoginTimeout() throws SQLException {
		return server.getLoginTimeout();
	}

	@Override
	public Logger getParentLogger() throws SQLFeatureNotSupportedException {
		throw new SQLFeatureNotSupportedException();
	}

	@Override
	public <T> T unwrap(Class<T> type) throws SQLException {
		if (type.isInstance(this)) {
			return type.cast(this);
		}
		throw new SQLException("Not a wrapper of " + type.getName()); //$NON-NLS-1$
	}

	@Override
	public boolean isWrapperFor(Class<?> type) {
		return type.isInstance(this);
	}
}
