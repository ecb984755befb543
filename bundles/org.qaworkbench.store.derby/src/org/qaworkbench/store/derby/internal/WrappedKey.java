package org.qaworkbench.store.derby.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * The database key of one account, wrapped with AES-256-GCM under a key derived from the person's password with
 * Argon2id. Only someone who knows the password can unwrap it: a wrong password fails GCM's authentication tag, so
 * nothing ever compares a stored password or hash. The user name is the associated data, so an entry copied onto
 * another account does not unwrap there.
 *
 * @param memoryKiB   Argon2id memory, in KiB
 * @param iterations  Argon2id passes over that memory
 * @param parallelism Argon2id lanes
 * @param salt        random, one per account and password
 * @param nonce       the GCM nonce, random, new each time the key is wrapped
 * @param wrapped     the database key encrypted, with GCM's tag at its end
 */
record WrappedKey(int memoryKiB, int iterations, int parallelism, byte[] salt, byte[] nonce, byte[] wrapped) {

	/**
	 * OWASP's Password Storage Cheat Sheet (2025): Argon2id with at least 19 MiB of memory, 2 iterations and 1 lane.
	 * Each sign-in takes a fraction of a second on a desktop; each guess costs an attacker the same 19 MiB and time.
	 */
	static final int MEMORY_KIB = 19 * 1024;
	static final int ITERATIONS = 2;
	static final int PARALLELISM = 1;
	/** AES-256: the database key and the key that wraps it. */
	static final int KEY_BYTES = 32;
	private static final int SALT_BYTES = 16;
	private static final int NONCE_BYTES = 12;
	private static final int TAG_BITS = 128;
	private static final String CIPHER = "AES/GCM/NoPadding"; //$NON-NLS-1$
	private static final String CONTEXT = "qaworkbench-keyring-1:"; //$NON-NLS-1$
	private static final SecureRandom RANDOM = new SecureRandom();

	/** A new random key for a new database. */
	static byte[] newDatabaseKey() {
		byte[] key = new byte[KEY_BYTES];
		RANDOM.nextBytes(key);
		return key;
	}

	/** Wraps {@code databaseKey} for {@code userName} under their password, with a new salt and nonce. */
	static WrappedKey wrap(byte[] databaseKey, String userName, char[] password) {
		byte[] salt = random(SALT_BYTES);
		byte[] nonce = random(NONCE_BYTES);
		byte[] passwordKey = derive(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM);
		try {
			Cipher cipher = cipher(Cipher.ENCRYPT_MODE, passwordKey, nonce, userName);
			return new WrappedKey(MEMORY_KIB, ITERATIONS, PARALLELISM, salt, nonce, cipher.doFinal(databaseKey));
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("AES-GCM is part of every Java runtime", e); //$NON-NLS-1$
		} finally {
			Arrays.fill(passwordKey, (byte) 0);
		}
	}

	/** The database key, or null when the password is not the one it was wrapped with. */
	byte[] unwrap(String userName, char[] password) {
		byte[] passwordKey = derive(password, salt, memoryKiB, iterations, parallelism);
		try {
			return cipher(Cipher.DECRYPT_MODE, passwordKey, nonce, userName).doFinal(wrapped);
		} catch (AEADBadTagException wrongPassword) {
			return null;
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("AES-GCM is part of every Java runtime", e); //$NON-NLS-1$
		} finally {
			Arrays.fill(passwordKey, (byte) 0);
		}
	}

	private static Cipher cipher(int mode, byte[] key, byte[] nonce, String userName) throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance(CIPHER);
		cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce)); //$NON-NLS-1$
		cipher.updateAAD((CONTEXT + userName).getBytes(StandardCharsets.UTF_8));
		return cipher;
	}

	/** Argon2id (version 1.3) over the password's UTF-8 bytes, which are wiped afterwards. */
	private static byte[] derive(char[] password, byte[] salt, int memoryKiB, int iterations, int parallelism) {
		Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
				.withVersion(Argon2Parameters.ARGON2_VERSION_13)
				.withMemoryAsKB(memoryKiB)
				.withIterations(iterations)
				.withParallelism(parallelism)
				.withSalt(salt)
				.build();
		Argon2BytesGenerator generator = new Argon2BytesGenerator();
		generator.init(parameters);
		byte[] passwordBytes = utf8(password);
		byte[] key = new byte[KEY_BYTES];
		try {
			generator.generateBytes(passwordBytes, key);
		} finally {
			Arrays.fill(passwordBytes, (byte) 0);
		}
		return key;
	}

	/** Encodes without making a String, which could not be wiped. */
	private static byte[] utf8(char[] password) {
		ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
		byte[] bytes = new byte[encoded.remaining()];
		encoded.get(bytes);
		if (encoded.hasArray()) {
			Arrays.fill(encoded.array(), (byte) 0);
		}
		return bytes;
	}

	private static byte[] random(int length) {
		byte[] bytes = new byte[length];
		RANDOM.nextBytes(bytes);
		return bytes;
	}
}
