package org.qaworkbench.store.derby.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.store.StoreException;
import org.qaworkbench.model.StaffMember;

/** An open store in a temporary folder, with the raw SQL a test needs to look behind the API. */
final class StoreFixture implements AutoCloseable {

	static final Actor ALEX = new Actor("alex");
	static final Actor SAM = new Actor("sam");

	final Store store;

	StoreFixture(Path folder) throws StoreException {
		this.store = new DerbyStoreProvider().open(folder);
	}

	long countRows(String table) throws SQLException {
		return Long.parseLong(query("SELECT CAST(COUNT(*) AS CHAR(12)) FROM " + table).strip());
	}

	String query(String sql) throws SQLException {
		try (Connection connection = DerbyStoreProvider.dataSourceOf(store).getConnection(); Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			return result.next() ? result.getString(1) : null;
		}
	}

	int update(String sql) throws SQLException {
		try (Connection connection = DerbyStoreProvider.dataSourceOf(store).getConnection(); Statement statement = connection.createStatement()) {
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
