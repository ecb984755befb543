package org.qaworkbench.store.derby.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Base64;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.qaworkbench.core.store.StoreException;

/**
 * The accounts of an embedded database, in {@value #FILE} beside it: for each person their {@link WrappedKey} (the
 * database key wrapped under their password) and whether the account is disabled. Neither a password nor the
 * database key is ever in it in clear. It is written whole to a temporary file that then replaces it in one move,
 * so a crash leaves the old file or the new one, never half of one.
 */
final class Keyring {

	static final String FILE = "keyring.properties"; //$NON-NLS-1$
	private static final String FORMAT_KEY = "format"; //$NON-NLS-1$
	private static final String FORMAT = "qaworkbench-keyring-1 argon2id aes-256-gcm"; //$NON-NLS-1$
	private static final String PREFIX = "account."; //$NON-NLS-1$
	private static final String ARGON2 = ".argon2id"; //$NON-NLS-1$
	private static final String SALT = ".salt"; //$NON-NLS-1$
	private static final String NONCE = ".nonce"; //$NON-NLS-1$
	private static final String KEY = ".key"; //$NON-NLS-1$
	private static final String DISABLED = ".disabled"; //$NON-NLS-1$

	/** One person's entry. */
	record Entry(WrappedKey key, boolean disabled) {
	}

	private final Path dataFolder;
	private final Path file;
	private final Map<String, Entry> entries;

	private Keyring(Path dataFolder, Path file, Map<String, Entry> entries) {
		this.dataFolder = dataFolder;
		this.file = file;
		this.entries = entries;
	}

	static Path fileOf(Path folder) {
		return folder.resolve(FILE);
	}

	static boolean exists(Path folder) {
		return Files.isRegularFile(fileOf(folder));
	}

	/** An empty keyring for a folder that has none yet (nothing is written until {@link #write}). */
	static Keyring empty(Path dataFolder) {
		return new Keyring(dataFolder, fileOf(dataFolder), new TreeMap<>());
	}

	/** The keyring file of {@code folder} (a data folder, or a backup's folder). */
	static Keyring read(Path dataFolder, Path folder) throws StoreException {
		Path file = fileOf(folder);
		Properties properties = new Properties();
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(in);
		} catch (IOException e) {
			throw StoreException.keyringDamaged(dataFolder, file, e.getMessage(), e);
		}
		if (!FORMAT.equals(properties.getProperty(FORMAT_KEY))) {
			throw StoreException.keyringDamaged(dataFolder, file, "format " + properties.getProperty(FORMAT_KEY), null); //$NON-NLS-1$
		}
		Map<String, Entry> entries = new TreeMap<>();
		Base64.Decoder base64 = Base64.getDecoder();
		try {
			for (String name : properties.stringPropertyNames()) {
				if (!name.startsWith(PREFIX) || !name.endsWith(KEY)) {
					continue;
				}
				String user = name.substring(PREFIX.length(), name.length() - KEY.length());
				String[] argon2 = required(properties, user, ARGON2).split(","); //$NON-NLS-1$
				WrappedKey key = new WrappedKey(Integer.parseInt(argon2[0].strip()), Integer.parseInt(argon2[1].strip()), Integer.parseInt(argon2[2].strip()),
						base64.decode(required(properties, user, SALT)), base64.decode(required(properties, user, NONCE)), base64.decode(required(properties, user, KEY)));
				entries.put(user, new Entry(key, Boolean.parseBoolean(properties.getProperty(PREFIX + user + DISABLED))));
			}
		} catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
			throw StoreException.keyringDamaged(dataFolder, file, e.getMessage(), e);
		}
		return new Keyring(dataFolder, file, entries);
	}

	private static String required(Properties properties, String user, String suffix) {
		String value = properties.getProperty(PREFIX + user + suffix);
		if (value == null) {
			throw new IllegalArgumentException("no " + PREFIX + user + suffix); //$NON-NLS-1$
		}
		return value;
	}

	Map<String, Entry> entries() {
		return Collections.unmodifiableMap(entries);
	}

	Entry entry(String userName) {
		return entries.get(userName);
	}

	void put(String userName, Entry entry) {
		entries.put(userName, entry);
	}

	/** Writes the whole keyring to a temporary file, flushed to disk, then moves it over the old one. */
	void write() throws StoreException {
		Properties properties = new Properties();
		properties.setProperty(FORMAT_KEY, FORMAT);
		Base64.Encoder base64 = Base64.getEncoder();
		entries.forEach((user, entry) -> {
			WrappedKey key = entry.key();
			properties.setProperty(PREFIX + user + ARGON2, key.memoryKiB() + "," + key.iterations() + "," + key.parallelism()); //$NON-NLS-1$ //$NON-NLS-2$
			properties.setProperty(PREFIX + user + SALT, base64.encodeToString(key.salt()));
			properties.setProperty(PREFIX + user + NONCE, base64.encodeToString(key.nonce()));
			properties.setProperty(PREFIX + user + KEY, base64.encodeToString(key.wrapped()));
			properties.setProperty(PREFIX + user + DISABLED, Boolean.toString(entry.disabled()));
		});
		try {
			Files.createDirectories(file.getParent());
			Path temporary = Files.createTempFile(file.getParent(), FILE, ".writing"); //$NON-NLS-1$
			try {
				try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
					properties.store(out, "QA Workbench accounts: the database key wrapped under each person's password (Argon2id, AES-256-GCM). Never edit."); //$NON-NLS-1$
				}
				try (var channel = java.nio.channels.FileChannel.open(temporary, java.nio.file.StandardOpenOption.WRITE)) {
					channel.force(true);
				}
				move(temporary, file);
			} finally {
				Files.deleteIfExists(temporary);
			}
		} catch (IOException e) {
			throw StoreException.keyringDamaged(dataFolder, file, e.getMessage(), e);
		}
	}

	/** Copies this keyring's file into {@code folder} (a backup), atomically as {@link #write} does. */
	static void copy(Path from, Path folder) throws IOException {
		Path temporary = Files.createTempFile(folder, FILE, ".writing"); //$NON-NLS-1$
		try {
			Files.copy(fileOf(from), temporary, StandardCopyOption.REPLACE_EXISTING);
			move(temporary, fileOf(folder));
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	private static void move(Path temporary, Path target) throws IOException {
		try {
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}
}
