package org.qaworkbench.audits.internal;

import java.nio.file.Path;

import org.qaworkbench.core.DataFolder;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.testing.TestAccounts;

/**
 * A test class's commands run on one data folder, everyone on its staff list with an account, signed in as the tests'
 * administrator unless their {@code --as} says otherwise; closing puts the data folder and the sign-in back.
 */
final class CommandsSignedIn implements AutoCloseable {

	private final String before;
	private final AutoCloseable signIn;

	private CommandsSignedIn(String before, AutoCloseable signIn) {
		this.before = before;
		this.signIn = signIn;
	}

	/** {@code temp}: where the password file is written. */
	static CommandsSignedIn on(Path data, Path temp) throws Exception {
		String before = System.getProperty(DataFolder.PROPERTY);
		System.setProperty(DataFolder.PROPERTY, data.toString());
		try (Store accounts = TestAccounts.open(data)) {
			TestAccounts.giveEveryoneAccounts(accounts);
		}
		return new CommandsSignedIn(before, TestAccounts.commandsSignIn(temp, TestAccounts.USER));
	}

	@Override
	public void close() throws Exception {
		signIn.close();
		if (before == null) {
			System.clearProperty(DataFolder.PROPERTY);
		} else {
			System.setProperty(DataFolder.PROPERTY, before);
		}
	}
}
