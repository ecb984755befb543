package org.qaworkbench.store.derby.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.core.identity.Credentials;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.store.StoreLocation;
import org.qaworkbench.core.store.Stores;
import org.qaworkbench.model.Case;
import org.qaworkbench.model.Role;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.store.jdbc.internal.SchemaMigrator;

/**
 * Every installation from before accounts has an unencrypted database. Creating its first administrator backs it up,
 * encrypts it in place and keeps every row; the backup's folder is reported so the user can be told where it is.
 */
class EncryptOnUpgradePTest {

	private static final String CHILD = "Barnaby Oldrecord-Fairweather";

	@TempDir
	Path temp;

	@Test
	void aReleasedUnencryptedDatabaseIsBackedUpThenEncryptedWithItsRowsKept() throws Exception {
		Path database = temp.resolve("db");
		releasedDatabaseWithACaseAndItsWorker(database);
		assertFalse(DatabaseFiles.containing(database, CHILD).isEmpty(), "in clear before");

		Path backup;
		try (Credentials who = new Credentials("lee.manager", "lees-long-password".toCharArray());
				Store store = Stores.createFirstAdministrator(StoreLocation.embedded(temp), "Lee Manager", who)) {
			backup = store.info().backupBeforeEncryption();
			assertNotNull(backup, "the user is told where the backup is");
			List<Case> cases = store.records().list(Case.class);
			assertEquals(1, cases.size());
			assertEquals(CHILD, cases.get(0).getChild().getName());
			StaffMember lee = store.records().list(StaffMember.class).get(0);
			assertEquals("lee.manager", lee.getUserId(), "the person already on the staff list is the administrator");
			assertTrue(lee.getRoles().contains(Role.ADMINISTRATOR));
			assertTrue(lee.getRoles().contains(Role.TEAM_LEADER), "and keeps their role");
			assertEquals(1, store.records().list(StaffMember.class).size());
		}

		assertTrue(backup.startsWith(temp.resolve(DerbyStoreProvider.BACKUPS)), backup.toString());
		assertTrue(Files.isRegularFile(backup.resolve("db/service.properties")));
		assertFalse(DatabaseFiles.containing(backup, CHILD).isEmpty(), "the backup is the database as it was");
		assertTrue(Encryption.isEncrypted(database));
		assertEquals(List.of(), DatabaseFiles.containing(database, CHILD), "encrypted now");
		try (Credentials who = new Credentials("lee.manager", "lees-long-password".toCharArray());
				Store again = Stores.open(StoreLocation.embedded(temp), who)) {
			assertEquals(1, again.records().list(Case.class).size());
			assertEquals(null, again.info().backupBeforeEncryption(), "encrypted once");
		}
	}

	/** A database as the first released version made it (its frozen scripts), with rows written in its own SQL. */
	private static void releasedDatabaseWithACaseAndItsWorker(Path database) throws Exception {
		EmbeddedDataSource released = new EmbeddedDataSource();
		released.setDatabaseName(database.toString());
		released.setCreateDatabase("create");
		try (Connection connection = released.getConnection()) {
			SchemaMigrator.from(version -> version <= 3 ? ReleasedScriptsPTest.class.getResource(String.format("released/V%03d.sql", version)) : null)
					.migrate(connection, new DerbyDialect(database), "old");
			try (Statement statement = connection.createStatement()) {
				statement.executeUpdate("INSERT INTO \"STAFF_MEMBERS\" (\"ID\", \"ROW_VERSION\", \"NAME\", \"USER_ID\") VALUES (1, 1, 'Lee Manager', 'lee.manager')");
				statement.executeUpdate("INSERT INTO \"STAFF_MEMBER_ROLES\" (\"PARENT_ID\", \"SEQ\", \"VALUE\") VALUES (1, 0, 'TEAM_LEADER')");
				statement.executeUpdate("INSERT INTO \"CASES\" (\"ID\", \"ROW_VERSION\", \"CASE_NUMBER\", \"CHILD_NAME\", \"STATUS\") VALUES (2, 1, 'LL000001', '"
						+ CHILD + "', 'CHILD_IN_NEED')");
				for (int used = 1; used <= 2; used++) { // the ids the rows took, as the released version took them
					statement.executeQuery("VALUES NEXT VALUE FOR RECORD_IDS").close();
				}
			}
		}
		DerbyDialect.shutdown(database.toString());
	}
}
