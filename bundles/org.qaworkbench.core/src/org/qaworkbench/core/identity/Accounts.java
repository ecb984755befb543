package org.qaworkbench.core.identity;

import java.util.List;

import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.StoreException;

/**
 * Who may sign in to a database, and with which password. Each engine keeps them its own way (embedded Derby: a
 * keyring of wrapped database keys; PostgreSQL: a login role per person). Only an administrator changes them; every
 * refusal is a {@link StoreException} whose message says why, and changes nothing.
 */
public interface Accounts {

	/** Every account, by user name. */
	List<Account> list() throws StoreException;

	/** Gives the member of staff whose user id is {@code userName} an account with this password. */
	void add(Actor by, String userName, char[] password) throws StoreException;

	/** Refuses the account's sign-in from now on; the last enabled administrator cannot be disabled. */
	void disable(Actor by, String userName) throws StoreException;

	void enable(Actor by, String userName) throws StoreException;

	void resetPassword(Actor by, String userName, char[] password) throws StoreException;

	/**
	 * Checks a user name and password: {@link StoreException.Reason#SIGN_IN_REFUSED} (one message for an unknown
	 * user or a wrong password) or {@link StoreException.Reason#ACCOUNT_DISABLED}.
	 */
	void verify(Credentials who) throws StoreException;
}
