package org.qaworkbench.store.jdbc.internal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh store per test on the engine of the test class, holding the sample audit definition. */
abstract class StoreTestCase extends EngineTestCase {

	StoreFixture fixture;
	String definitionHash;

	@BeforeEach
	void open() throws Exception {
		fixture = newFixture();
		definitionHash = fixture.store.definitions().store(Samples.auditDefinition(3), StoreFixture.ALEX);
	}

	@AfterEach
	void close() {
		fixture.close();
	}
}
