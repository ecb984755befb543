package org.qaworkbench.store.derby.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.qaworkbench.core.identity.Account;
import org.qaworkbench.core.identity.AccountRules;
import org.qaworkbench.core.identity.Accounts;
import org.qaworkbench.core.identity.Credentials;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Records;
import org.qaworkbench.core.store.StoreException;
import org.qaworkbench.store.derby.internal.Keyring.Entry;

/**
 * The accounts of an embedded database, kept in its {@link Keyring}. Adding an account or resetting a password
 * wraps the database key again under the new password: the store, opened by someone who signed in, holds that key.
 * A store opened without anyone signing in (an old unencrypted database) has no key and no accounts to change.
 */
final class KeyringAccounts implements Accounts {

	/** Unwrapped for an unknown user name, so that refusing one takes as long as refusing a wrong password. */
	private static final class Nobody {
		static final WrappedKey KEY = WrappedKey.wrap(new byte[WrappedKey.KEY_BYTES], "", new char[] { '-' }); //$NON-NLS-1$
	}

	private final Path dataFolder;
	private final Records records;
	private final byte[] databaseKey;

	/** {@code databaseKey} null: opened without signing in. */
	KeyringAccounts(Path dataFolder, Records records, byte[] databaseKey) {
		this.dataFolder = dataFolder;
		this.records = records;
		this.databaseKey = databaseKey;
	}

	/**
	 * The database key for {@code who}: refused alike for an unknown user name and a wrong password, and, once the
	 * password is proven right, for a disabled account.
	 */
	static byte[] unlock(Path dataFolder, Keyring keyring, Credentials who) throws StoreException {
		Entry entry = keyring.entry(who.userName());
		byte[] key = (entry == null ? Nobody.KEY : entry.key()).unwrap(who.userName(), who.password());
		if (entry == null || key == null) {
			throw StoreException.signInRefused(dataFolder);
		}
		if (entry.disabled()) {
			Arrays.fill(key, (byte) 0);
			throw StoreException.accountDisabled(dataFolder, who.userName());
		}
		return key;
	}

	@Override
	public synchronized List<Account> list() throws StoreException {
		if (!Keyring.exists(dataFolder)) {
			return List.of();
		}
		List<Account> accounts = new ArrayList<>();
		keyring().entries().forEach((user, entry) -> accounts.add(new Account(user, entry.disabled())));
		return accounts;
	}

	@Override
	public synchronized void add(Actor by, String userName, char[] password) throws StoreException {
		Keyring keyring = changing(by);
		AccountRules.requireStaff(records, userName, dataFolder);
		if (keyring.entry(userName) != null) {
			throw AccountRules.accountExists(dataFolder, userName);
		}
		AccountRules.requirePassword(password, dataFolder);
		keyring.put(userName, new Entry(WrappedKey.wrap(databaseKey, userName, password), false));
		keyring.write();
	}

	@Override
	public synchronized void disable(Actor by, String userName) throws StoreException {
		Keyring keyring = changing(by);
		Entry entry = existing(keyring, userName);
		AccountRules.refuseLastAdministrator(records, list(), userName, dataFolder);
		keyring.put(userName, new Entry(entry.key(), true));
		keyring.write();
	}

	@Override
	public synchronized void enable(Actor by, String userName) throws StoreException {
		Keyring keyring = changing(by);
		Entry entry = existing(keyring, userName);
		keyring.put(userName, new Entry(entry.key(), false));
		keyring.write();
	}

	@Override
	public synchronized void resetPassword(Actor by, String userName, char[] password) throws StoreException {
		Keyring keyring = changing(by);
		Entry entry = existing(keyring, userName);
		AccountRules.requirePassword(password, dataFolder);
		keyring.put(userName, new Entry(WrappedKey.wrap(databaseKey, userName, password), entry.disabled()));
		keyring.write();
	}

	@Override
	public void verify(Credentials who) throws StoreException {
		if (!Keyring.exists(dataFolder)) {
			throw StoreException.noAccounts(dataFolder);
		}
		Arrays.fill(unlock(dataFolder, keyring(), who), (byte) 0);
	}

	/** The keyring, once {@code by} is known to be an administrator of a store someone signed in to. */
	private Keyring changing(Actor by) throws StoreException {
		if (databaseKey == null || !Keyring.exists(dataFolder)) {
			throw StoreException.noAccounts(dataFolder);
		}
		AccountRules.requireAdministrator(records, by, dataFolder);
		return keyring();
	}

	private Entry existing(Keyring keyring, String userName) throws StoreException {
		Entry entry = keyring.entry(userName);
		if (entry == null) {
			throw AccountRules.noSuchAccount(dataFolder, userName);
		}
		return entry;
	}

	private Keyring keyring() throws StoreException {
		return Keyring.read(dataFolder, dataFolder);
	}
}
