package org.qaworkbench.store.jdbc.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.store.StoreException;
import org.qaworkbench.core.store.StoreLocation;
import org.qaworkbench.core.store.Stores;
import org.qaworkbench.model.StaffMember;

/** An open store on a new database, with the raw SQL a test needs to look behind the API. */
final class StoreFixture implements AutoCloseable {

	static final Actor ALEX = new Actor("alex");
	static final Actor SAM = new Actor("sam");

	final StoreLocation location;
	final Store store;

	StoreFixture(StoreLocation location) throws StoreException {
		this.location = location;
		this.store = Stores.open(location);
	}

	JdbcStore jdbc() {
		return (JdbcStore) store;
	}

	long countRows(String table) throws SQLException {
		return Long.parseLong(query("SELECT COUNT(*) FROM " + table).strip());
	}

	String query(String sql) throws SQLException {
		try (Connection connection = jdbc().dataSource().getConnection(); Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			return result.next() ? result.getString(1) : null;
		}
	}

	int update(String sql) throws SQLException {
		try (Connection connection = jdbc().dataSource().getConnection(); Statement statement = connection.createStatement()) {
			return statement.executeUpdate(sql);
		}
	}

	StaffMember staff(String name) throws Exception {
		StaffMember staff = Samples.QA.createStaffMember();
		staff.setName(name);
		return store.records().save(staff, ALEX);
	}

	@Override
	public void close() {
		store.close();
	}
}
