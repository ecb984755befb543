package org.qaworkbench.store.jdbc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.store.StoreException;
import org.qaworkbench.core.store.StoreLocation;
import org.qaworkbench.core.store.Stores;

/** The engine is chosen by where the database is, never by which engine started first: both are installed here. */
class StoresPTest {

	@TempDir
	Path temp;

	@Test
	void theEmbeddedLocationOpensDerbyAndAServerAddressPostgresql() throws Exception {
		try (Store embedded = Stores.open(Engine.DERBY.newDatabase(temp.resolve("embedded")))) {
			assertEquals("derby", ((JdbcStore) embedded).dialect().engine());
		}
		try (Store server = Stores.open(Engine.POSTGRESQL.newDatabase(temp.resolve("team")))) {
			assertEquals("postgresql", ((JdbcStore) server).dialect().engine());
		}
	}

	@Test
	void anAddressNoEngineOpensIsRefusedByName() throws Exception {
		StoreLocation unknown = StoreLocation.server(temp, "mysql://db.example.org/qa");

		StoreException refused = assertThrows(StoreException.class, () -> Stores.open(unknown));

		assertTrue(refused.getMessage().contains("mysql://db.example.org/qa"), refused.getMessage());
		assertTrue(refused.getMessage().contains("no storage for that kind of address"), refused.getMessage());
	}

	@Test
	void aTeamDatabaseIsNotRestoredFromAFolder() throws Exception {
		StoreLocation.connect(temp, "postgresql://db.example.org/qa");

		StoreException refused = assertThrows(StoreException.class, () -> Stores.restore(temp, temp.resolve("backup")));

		assertTrue(refused.getMessage().contains("pg_restore"), refused.getMessage());
	}
}
