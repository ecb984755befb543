package org.qaworkbench.ui.internal.signin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.qaworkbench.core.identity.Credentials;
import org.qaworkbench.core.identity.AccountRules;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.store.StoreException;
import org.qaworkbench.core.store.StoreLocation;
import org.qaworkbench.core.store.Stores;

/**
 * The sign-in before the window: opens the store as the person who signs in ({@link Stores#open(StoreLocation,
 * Credentials)}), so every later read and write is theirs. With {@value #USER} and {@value #PASSWORD} (or
 * {@value #PASSWORD_FILE}) in the environment it signs in with those, still verified, without a dialog (a refused
 * one shows the dialog with the refusal); on a new installation those create the first administrator. Otherwise
 * the sign-in dialog asks, or on a new installation the first administrator's dialog. A store that cannot be opened
 * for any other reason (a server not reachable, a schema too old or too new, a database in use) is thrown, for the
 * application to explain as before.
 */
public final class SignInAtStart {

	public static final String USER = "QA_USER"; //$NON-NLS-1$
	public static final String PASSWORD = "QA_PASSWORD"; //$NON-NLS-1$
	public static final String PASSWORD_FILE = "QA_PASSWORD_FILE"; //$NON-NLS-1$

	private final StoreLocation location;
	private final Map<String, String> environment;
	private final Shell parent;
	private Store opened;
	private Actor person;
	private StoreException failure;
	private boolean newInstallation;

	public SignInAtStart(StoreLocation location, Map<String, String> environment, Shell parent) {
		this.location = location;
		this.environment = environment;
		this.parent = parent;
	}

	/** The store opened as whoever signed in; empty when they quit instead. */
	public Optional<Store> open() throws StoreException {
		String userName = environment.get(USER);
		String refusal = null;
		Optional<char[]> password = automaticPassword();
		if (userName != null && !userName.isBlank() && password.isPresent()) {
			try {
				signIn(userName, password.get(), true);
				return signedIn(true);
			} catch (Refused refused) {
				if (failure != null) {
					throw failure;
				}
				refusal = refused.getMessage();
			} finally {
				Arrays.fill(password.get(), '\0');
			}
		}
		newInstallation = newInstallation || isNewEmbeddedInstallation();
		while (true) {
			if (newInstallation) {
				FirstAdministratorDialog first = new FirstAdministratorDialog(parent, firstAdministrator());
				return first.open() == Window.OK ? signedIn(false) : failed();
			}
			SignInDialog dialog = new SignInDialog(parent, (name, typed) -> signIn(name, typed, false), userName, refusal);
			if (dialog.open() == Window.OK) {
				return signedIn(false);
			}
			if (!newInstallation) {
				return failed();
			}
		}
	}

	/**
	 * Whether an embedded database has no accounts yet, asked before anyone types: the engine says so before it looks
	 * at a user name (a team database is never new to a workstation: its server was set up with an administrator).
	 */
	private boolean isNewEmbeddedInstallation() {
		if (!location.isEmbedded()) {
			return false;
		}
		// Asked of the engine directly: a sign-in tried as nobody would cost an Argon2id derivation at every start.
		try {
			return Stores.needsFirstAdministrator(location);
		} catch (StoreException e) {
			return false; // an unwritable folder and the like: signing in says so
		}
	}

	/**
	 * The store opened; an old database encrypted on the way is said, with where its unencrypted backup is: on
	 * standard error, and in a dialog unless signed in automatically (where nobody may be there to close it).
	 */
	private Optional<Store> signedIn(boolean automatic) {
		Path backup = opened.info().backupBeforeEncryption();
		if (backup != null) {
			String message = NLS.bind(Messages.Backup_message, backup);
			System.err.println(message);
			if (!automatic) {
				MessageDialog.openInformation(parent, Messages.Backup_title, message);
			}
		}
		return Optional.of(opened);
	}

	/** Who signed in, once {@link #open} has opened the store. */
	public Actor person() {
		return person;
	}

	private Optional<Store> failed() throws StoreException {
		if (failure != null) {
			throw failure;
		}
		return Optional.empty();
	}

	/**
	 * Opens the store as this person. A new installation found on the way is remembered (automation creates its first
	 * administrator with these credentials; the dialog hands over to the first administrator's dialog).
	 */
	private void signIn(String userName, char[] password, boolean automatic) throws Refused {
		try (Credentials who = new Credentials(userName, password.clone())) {
			opened = Stores.open(location, who);
			person = new Actor(who.userName());
			SignInRefusals.succeeded(userName);
		} catch (StoreException e) {
			if (e.reason() == StoreException.Reason.NO_ACCOUNTS) {
				newInstallation = true;
				if (automatic) {
					createFirstAdministrator(userName, userName, password);
					return;
				}
				// Closes the sign-in dialog: the first administrator's opens in its place.
				throw Refused.handOver(e.getMessage());
			}
			if (SignInRefusals.isRefusal(e)) {
				throw SignInRefusals.refused(userName, e);
			}
			// Not about the person: the application explains it as before, so the dialog closes.
			failure = e;
			throw Refused.handOver(e.getMessage());
		}
	}

	private NewAccount firstAdministrator() {
		return new NewAccount() {
			@Override
			public int minimumPasswordLength() {
				return AccountRules.MINIMUM_PASSWORD_LENGTH;
			}

			@Override
			public void create(String fullName, String userName, char[] password) throws Refused {
				createFirstAdministrator(fullName, userName, password);
			}
		};
	}

	private void createFirstAdministrator(String fullName, String userName, char[] password) throws Refused {
		try (Credentials who = new Credentials(userName, password.clone())) {
			opened = Stores.createFirstAdministrator(location, fullName, who);
			person = new Actor(who.userName());
		} catch (StoreException e) {
			if (!SignInRefusals.isRefusal(e) && e.reason() != StoreException.Reason.NO_ACCOUNTS) {
				failure = e;
			}
			throw new Refused(e.getMessage());
		}
	}

	/** {@value #PASSWORD}, else the first line of the file {@value #PASSWORD_FILE} names (as a shell's echo writes it). */
	private Optional<char[]> automaticPassword() {
		String password = environment.get(PASSWORD);
		if (password != null) {
			return Optional.of(password.toCharArray());
		}
		String file = environment.get(PASSWORD_FILE);
		if (file == null || file.isBlank()) {
			return Optional.empty();
		}
		try {
			String content = Files.readString(Path.of(file), StandardCharsets.UTF_8);
			int end = content.indexOf('\n');
			String line = end < 0 ? content : content.substring(0, end);
			return Optional.of((line.endsWith("\r") ? line.substring(0, line.length() - 1) : line).toCharArray()); //$NON-NLS-1$
		} catch (IOException e) {
			return Optional.empty();
		}
	}
}
