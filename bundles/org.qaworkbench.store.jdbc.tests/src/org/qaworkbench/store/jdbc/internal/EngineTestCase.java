package org.qaworkbench.store.jdbc.internal;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

/**
 * A test of the store contract, written once for every engine: a subclass per engine says which one (see
 * {@link Engine}).
 */
abstract class EngineTestCase {

	@TempDir
	Path temp;

	/** The engine this test class runs against. */
	abstract Engine engine();

	/** A store on a new, empty database of the engine. */
	StoreFixture newFixture() throws Exception {
		return new StoreFixture(engine().newDatabase(temp));
	}
}
