package org.qaworkbench.store.postgresql.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ServerAddressTest {

	private static final Map<String, String> NO_ENVIRONMENT = Map.of();

	@Test
	void takesTheLoginFromTheUserInfoAndPassesOtherParametersToTheDriver() {
		ServerAddress address = ServerAddress.of(URI.create("postgresql://qa_app:s%40cret@db.example.org:6543/team?sslmode=verify-full"),
				Map.of("PGUSER", "other", "PGPASSWORD", "other")::get);

		assertEquals(new ServerAddress("db.example.org", 6543, "team", "qa_app", "s@cret", Map.of("sslmode", "verify-full")), address);
		assertEquals("postgresql://db.example.org:6543/team", address.describe());
		assertEquals("jdbc:postgresql://db.example.org:6543/team", address.jdbcUrl());
	}

	@Test
	void takesTheLoginFromParametersThenFromPgUserAndPgPassword() {
		ServerAddress fromQuery = ServerAddress.of(URI.create("postgresql://db/qa?user=sam&password=pw"), NO_ENVIRONMENT::get);
		assertEquals("sam", fromQuery.user());
		assertEquals("pw", fromQuery.password());
		assertEquals(Map.of(), fromQuery.parameters());

		ServerAddress fromEnvironment = ServerAddress.of(URI.create("postgresql://db/qa"), Map.of("PGUSER", "alex", "PGPASSWORD", "pw2")::get);
		assertEquals("alex", fromEnvironment.user());
		assertEquals("pw2", fromEnvironment.password());
		assertEquals(ServerAddress.DEFAULT_PORT, fromEnvironment.port());
	}

	@Test
	void withoutALoginUsesThePersonLoggedInAndNoPassword() {
		ServerAddress address = ServerAddress.of(URI.create("postgresql://db:5432/qa"), NO_ENVIRONMENT::get);
		assertEquals(System.getProperty("user.name"), address.user());
		assertNull(address.password(), "the driver reads ~/.pgpass then");
	}
}
