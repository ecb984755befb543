package org.qaworkbench.store.derby.internal;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.store.StoreInfo;

/** An open embedded Derby database. Closing it shuts the database down, which releases its lock. */
final class DerbyStore implements Store {

	static final String URL_PREFIX = "jdbc:derby:"; //$NON-NLS-1$

	private final DataSource dataSource;
	private final StoreInfo info;

	DerbyStore(DataSource dataSource, StoreInfo info) {
		this.dataSource = dataSource;
		this.info = info;
	}

	@Override
	public StoreInfo info() {
		return info;
	}

	DataSource dataSource() {
		return dataSource;
	}

	@Override
	public void close() {
		shutdown(((EmbeddedDataSource) dataSource).getDatabaseName());
	}

	/** Derby reports a clean shutdown as an exception with SQLState 08006. */
	static void shutdown(String databaseName) {
		EmbeddedDataSource shutdown = new EmbeddedDataSource();
		shutdown.setDatabaseName(databaseName);
		shutdown.setShutdownDatabase("shutdown"); //$NON-NLS-1$
		try {
			shutdown.getConnection().close();
		} catch (SQLException expected) {
			// 08006 is the normal answer; anything else means the database was not booted.
		}
	}
}
