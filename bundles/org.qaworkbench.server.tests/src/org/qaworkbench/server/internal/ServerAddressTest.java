package org.qaworkbench.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.qaworkbench.core.cli.Options.UsageException;

class ServerAddressTest {

	@Test
	void anAddressAsTypedGivesTheDriversUrlWithItsSettings() throws UsageException {
		ServerAddress address = ServerAddress.parse("postgresql://db.example.org:6543/qa?sslmode=verify-full");
		assertEquals("db.example.org", address.host());
		assertEquals(6543, address.port());
		assertEquals("qa", address.database());
		assertEquals("jdbc:postgresql://db.example.org:6543/qa?sslmode=verify-full", address.jdbcUrl());
		assertEquals("jdbc:postgresql://db.example.org:6543/postgres?sslmode=verify-full", address.jdbcUrl("postgres"));
		assertEquals("postgresql://db.example.org:6543/qa?sslmode=verify-full", address.toString());
	}

	@Test
	void thePortDefaultsToPostgresqlsOwn() throws UsageException {
		assertEquals("postgresql://server:5432/qa", ServerAddress.parse("postgres://server/qa").toString());
	}

	@Test
	void aPasswordOrUserInTheAddressIsRefusedWithoutRepeatingAnythingElse() {
		UsageException refused = assertThrows(UsageException.class, () -> ServerAddress.parse("postgresql://qa_app:secret@server/qa"));
		assertTrue(refused.getMessage().contains("PGPASSWORD"), refused.getMessage());
	}

	@Test
	void somethingElseIsRefusedWithTheFormToUse() {
		for (String wrong : new String[] { "server:5432/qa", "postgresql://server", "mysql://server/qa", "postgresql://server:99999/qa" }) {
			UsageException refused = assertThrows(UsageException.class, () -> ServerAddress.parse(wrong), wrong);
			assertTrue(refused.getMessage().contains("postgresql://host:5432/qa"), refused.getMessage());
		}
	}

	@Test
	void aDatabaseNameThatWouldNeedEscapingIsRefused() {
		UsageException refused = assertThrows(UsageException.class, () -> ServerAddress.parse("postgresql://server/qa-team"));
		assertTrue(refused.getMessage().contains("'qa-team'"), refused.getMessage());
	}
}
