package org.qaworkbench.store.derby.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Properties;

import org.apache.derby.jdbc.EmbeddedDataSource;

/**
 * Derby's encryption at rest: AES in CBC mode with a 256-bit key (Derby's default would be DES: always name AES).
 * Derby makes that key itself and keeps it in service.properties encrypted under the boot password; our boot
 * password is the {@link Keyring}'s random 256-bit database key, written in hex, which is stored only wrapped under
 * each person's password. So no file holds anything that opens the database without a password. Derby encrypts
 * every page and its log, and records the algorithm and key length, which a test reads back.
 */
final class Encryption {

	private static final String ALGORITHM = "encryptionAlgorithm=AES/CBC/NoPadding;encryptionKeyLength=256"; //$NON-NLS-1$
	private static final String SERVICE_PROPERTIES = "service.properties"; //$NON-NLS-1$

	private Encryption() {
	}

	/** The attributes that boot an encrypted database (a connection attribute string: never logged, never a URL). */
	static String boot(byte[] key) {
		return "bootPassword=" + HexFormat.of().formatHex(key); //$NON-NLS-1$
	}

	/** The attributes that create a database encrypted, or encrypt an unencrypted one as it boots. */
	static String encrypt(byte[] key) {
		return "dataEncryption=true;" + ALGORITHM + ";" + boot(key); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Whether Derby recorded the database as encrypted (its service.properties says dataEncryption=true). */
	static boolean isEncrypted(Path database) throws IOException {
		Properties service = new Properties();
		try (Reader in = Files.newBufferedReader(database.resolve(SERVICE_PROPERTIES), StandardCharsets.ISO_8859_1)) {
			service.load(in);
		}
		return Boolean.parseBoolean(service.getProperty("dataEncryption")); //$NON-NLS-1$
	}

	/**
	 * Encrypts an unencrypted database in place by booting it once with the encryption attributes, then shuts it
	 * down. Derby rolls an interrupted encryption back at its next boot.
	 */
	static void encryptInPlace(Path database, byte[] key) throws SQLException {
		EmbeddedDataSource dataSource = new EmbeddedDataSource();
		dataSource.setDatabaseName(database.toString());
		dataSource.setConnectionAttributes(encrypt(key));
		try (Connection connection = dataSource.getConnection()) {
			// booting did the work
		} finally {
			DerbyDialect.shutdown(database.toString());
		}
	}
}
