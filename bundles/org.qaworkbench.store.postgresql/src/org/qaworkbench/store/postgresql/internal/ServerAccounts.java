package org.qaworkbench.store.postgresql.internal;

import java.nio.file.Path;
import java.util.List;

import org.qaworkbench.core.identity.Account;
import org.qaworkbench.core.identity.Accounts;
import org.qaworkbench.core.identity.Credentials;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.StoreException;

/**
 * The accounts of a team database are PostgreSQL login roles, managed on the server. Until the login-role work
 * (issue 10, PostgreSQL part) replaces this class, every request is refused with a message saying so; nothing here
 * pretends to have checked or changed an account.
 */
final class ServerAccounts implements Accounts {

	private final Path dataFolder;
	private final String server;

	ServerAccounts(Path dataFolder, String server) {
		this.dataFolder = dataFolder;
		this.server = server;
	}

	@Override
	public List<Account> list() throws StoreException {
		throw refused();
	}

	@Override
	public void add(Actor by, String userName, char[] password) throws StoreException {
		throw refused();
	}

	@Override
	public void disable(Actor by, String userName) throws StoreException {
		throw refused();
	}

	@Override
	public void enable(Actor by, String userName) throws StoreException {
		throw refused();
	}

	@Override
	public void resetPassword(Actor by, String userName, char[] password) throws StoreException {
		throw refused();
	}

	@Override
	public void verify(Credentials who) throws StoreException {
		throw refused();
	}

	private StoreException refused() {
		return StoreException.accountsOnServer(dataFolder, server);
	}
}
