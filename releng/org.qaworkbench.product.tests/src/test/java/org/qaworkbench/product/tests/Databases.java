package org.qaworkbench.product.tests;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Looks into a closed QA Workbench database with Derby's own JDBC driver, as a user's tools (ij) would, and damages
 * a copy of one as a failing disk would.
 */
final class Databases {

	private Databases() {
	}

	/** The first column of each row of a query, counted by value: how many rows share it. */
	static Map<String, Long> tally(Path database, String sql) throws SQLException {
		Map<String, Long> tally = new HashMap<>();
		try (Connection connection = open(database); Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				tally.merge(rows.getString(1), rows.getLong(2), Long::sum);
			}
		} finally {
			shutdown(database);
		}
		return tally;
	}

	/**
	 * Overwrites 64 bytes in the middle of the second data page of {@code table}'s file in seg0, so that the page's
	 * checksum no longer matches.
	 */
	static void damage(Path database, String table) throws SQLException, IOException {
		long conglomerate;
		int pageSize;
		try (Connection connection = open(database); Statement statement = connection.createStatement()) {
			conglomerate = single(statement, "SELECT C.CONGLOMERATENUMBER FROM SYS.SYSCONGLOMERATES C JOIN SYS.SYSTABLES T ON C.TABLEID = T.TABLEID"
					+ " WHERE T.TABLENAME = '" + table + "' AND C.ISINDEX = FALSE");
			pageSize = (int) single(statement, "SELECT PAGESIZE FROM TABLE(SYSCS_DIAG.SPACE_TABLE('" + table + "')) S WHERE ISINDEX = 0");
		} finally {
			shutdown(database);
		}
		Path file = database.resolve("seg0").resolve("c" + Long.toHexString(conglomerate) + ".dat");
		try (RandomAccessFile data = new RandomAccessFile(file.toFile(), "rw")) {
			long offset = 2L * pageSize + pageSize / 2;
			if (data.length() < offset + 64) {
				throw new IllegalStateException(file + " is too small to damage a page in the middle: " + data.length() + " bytes");
			}
			data.seek(offset);
			for (int i = 0; i < 16; i++) {
				data.writeInt(0xDEADBEEF);
			}
		}
	}

	private static long single(Statement statement, String sql) throws SQLException {
		try (ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		}
	}

	private static Connection open(Path database) throws SQLException {
		if (System.getProperty("derby.stream.error.file") == null) {
			System.setProperty("derby.stream.error.file", database.resolveSibling("derby-test.log").toString());
		}
		return DriverManager.getConnection("jdbc:derby:" + database + bootPassword(database));
	}

	/**
	 * An encrypted database boots with its key as the boot password: unwrapped here from the keyring beside it with
	 * the demo administrator's password, as QA Workbench does (Argon2id, then AES-GCM with the user name as associated
	 * data), so these tests read the format as documented rather than through the product's code.
	 */
	private static String bootPassword(Path database) throws SQLException {
		Path keyring = database.resolveSibling("keyring.properties");
		if (!Files.isRegularFile(keyring)) {
			return "";
		}
		try {
			Properties accounts = new Properties();
			try (Reader in = Files.newBufferedReader(keyring, StandardCharsets.UTF_8)) {
				accounts.load(in);
			}
			String entry = "account." + Launcher.DEMO_USER + ".";
			String[] argon2 = accounts.getProperty(entry + "argon2id").split(",");
			Argon2BytesGenerator generator = new Argon2BytesGenerator();
			generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(Argon2Parameters.ARGON2_VERSION_13)
					.withMemoryAsKB(Integer.parseInt(argon2[0])).withIterations(Integer.parseInt(argon2[1])).withParallelism(Integer.parseInt(argon2[2]))
					.withSalt(Base64.getDecoder().decode(accounts.getProperty(entry + "salt"))).build());
			byte[] passwordKey = new byte[32];
			generator.generateBytes(Launcher.DEMO_PASSWORD.getBytes(StandardCharsets.UTF_8), passwordKey);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(passwordKey, "AES"),
					new GCMParameterSpec(128, Base64.getDecoder().decode(accounts.getProperty(entry + "nonce"))));
			cipher.updateAAD(("qaworkbench-keyring-1:" + Launcher.DEMO_USER).getBytes(StandardCharsets.UTF_8));
			return ";bootPassword=" + HexFormat.of().formatHex(cipher.doFinal(Base64.getDecoder().decode(accounts.getProperty(entry + "key"))));
		} catch (IOException | GeneralSecurityException e) {
			throw new SQLException("cannot unwrap the key of " + database + " from " + keyring, e);
		}
	}

	/** Releases the database for the launchers: Derby answers a clean shutdown with SQLState 08006. */
	private static void shutdown(Path database) {
		try {
			DriverManager.getConnection("jdbc:derby:" + database + ";shutdown=true").close();
		} catch (SQLException expected) {
			if (!"08006".equals(expected.getSQLState())) {
				throw new IllegalStateException("Derby did not shut " + database + " down: " + expected.getMessage(), expected);
			}
		}
	}
}
