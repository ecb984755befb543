package org.qaworkbench.store.jdbc.internal;

import java.nio.file.Path;

import org.qaworkbench.core.store.StoreLocation;
import org.qaworkbench.testing.TestPostgres;

/**
 * An engine the contract tests run against, through the same entry point as the product ({@code Stores.open}):
 * each test gets a new, empty database.
 */
interface Engine {

	/** Where a new, empty database of this engine is, with {@code folder} as its data folder. */
	StoreLocation newDatabase(Path folder) throws Exception;

	/** Embedded Derby in the data folder, opened by the store.derby bundle. */
	Engine DERBY = StoreLocation::embedded;

	/** A new database on the throwaway PostgreSQL server of the test JVM, opened by the store.postgresql bundle. */
	Engine POSTGRESQL = folder -> {
		TestPostgres server = TestPostgres.server();
		return StoreLocation.server(folder, "postgresql://" + server.adminUser() + ":" + server.adminPassword() + "@" + server.host() + ":" + server.port()
				+ "/" + server.newDatabase());
	};
}
