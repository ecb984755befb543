package org.qaworkbench.store.derby.internal;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A fresh store per test, holding the sample audit definition. */
abstract class StoreTestCase {

	@TempDir
	Path temp;

	StoreFixture fixture;
	String definitionHash;

	@BeforeEach
	void open() throws Exception {
		fixture = new StoreFixture(temp);
		definitionHash = fixture.store.definitions().store(Samples.auditDefinition(3), StoreFixture.ALEX);
	}

	@AfterEach
	void close() {
		fixture.close();
	}
}
