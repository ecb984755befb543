package org.qaworkbench.store.derby.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.qaworkbench.store.jdbc.internal.SchemaMigrator;

/**
 * The scripts became one set for every engine: on Derby they must still run exactly the statements they ran when
 * they were released for Derby alone (copies in released/), so that databases made then and now are the same.
 */
class ReleasedScriptsPTest {

	@Test
	void derbyRunsExactlyTheStatementsOfTheReleasedScripts() throws IOException {
		DerbyDialect derby = new DerbyDialect(Path.of("unused"));
		for (int version = 1; version <= 3; version++) {
			String name = String.format("V%03d.sql", version);
			String released = read(ReleasedScriptsPTest.class.getResource("released/" + name));
			String shipped = read(SchemaMigrator.class.getResource("/db/" + name));

			assertEquals(SchemaMigrator.statements(released), SchemaMigrator.statements(SchemaMigrator.forEngine(shipped, derby)), name);
		}
	}

	private static String read(URL url) throws IOException {
		try (InputStream in = url.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
