package org.qaworkbench.store.jdbc.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Definitions;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.store.jdbc.Dialect.Failure;

/** Definition snapshots in the DEFINITIONS table, keyed by the SHA-256 of their XMI. */
final class JdbcDefinitions implements Definitions {

	private final Database database;
	/** Snapshots never change, so each is parsed once. Shared: never hand these out without copying. */
	private final Map<String, ChecklistDefinition> parsed = new ConcurrentHashMap<>();

	JdbcDefinitions(Database database) {
		this.database = database;
	}

	@Override
	public String hashOf(ChecklistDefinition definition) {
		return sha256(Xmi.write(definition));
	}

	@Override
	public String store(ChecklistDefinition definition, Actor actor) {
		String xmi = Xmi.write(definition);
		String hash = sha256(xmi);
		Transactions.read(database, connection -> {
			if (isStored(connection, hash)) {
				return null;
			}
			try (PreparedStatement insert = connection.prepareStatement(
					"INSERT INTO DEFINITIONS (HASH, DEFINITION_ID, VERSION, TITLE, CONTENT, STORED_BY, STORED_AT) VALUES (?, ?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
				insert.setString(1, hash);
				insert.setString(2, definition.getDefinitionId());
				insert.setString(3, definition.getVersion());
				insert.setString(4, definition.getTitle());
				insert.setString(5, xmi);
				insert.setString(6, actor.userId());
				insert.setTimestamp(7, Timestamp.from(Instant.now()));
				insert.executeUpdate();
			} catch (SQLException e) {
				if (database.dialect().classify(e) != Failure.UNIQUE_VIOLATION) {
					throw e;
				}
				// Another workstation stored the same content just now: nothing to do. The failed statement ended
				// the transaction on some engines, so it is rolled back rather than committed.
				connection.rollback();
			}
			return null;
		});
		return hash;
	}

	private static boolean isStored(java.sql.Connection connection, String hash) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM DEFINITIONS WHERE HASH = ?")) { //$NON-NLS-1$
			select.setString(1, hash);
			try (ResultSet row = select.executeQuery()) {
				return row.next();
			}
		}
	}

	@Override
	public Optional<ChecklistDefinition> find(String hash) {
		return shared(hash).map(EcoreUtil::copy);
	}

	/** The parsed snapshot itself, for read-only use such as validation. */
	Optional<ChecklistDefinition> shared(String hash) {
		ChecklistDefinition cached = parsed.get(hash);
		if (cached != null) {
			return Optional.of(cached);
		}
		String xmi = Transactions.read(database, connection -> {
			try (PreparedStatement select = connection.prepareStatement("SELECT CONTENT FROM DEFINITIONS WHERE HASH = ?")) { //$NON-NLS-1$
				select.setString(1, hash);
				try (ResultSet row = select.executeQuery()) {
					return row.next() ? row.getString(1) : null;
				}
			}
		});
		if (xmi == null) {
			return Optional.empty();
		}
		ChecklistDefinition definition = Xmi.read(xmi);
		parsed.put(hash, definition);
		return Optional.of(definition);
	}

	static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8))); //$NON-NLS-1$
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
