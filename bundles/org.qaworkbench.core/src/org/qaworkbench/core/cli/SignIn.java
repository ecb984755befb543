package org.qaworkbench.core.cli;

import java.io.Console;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.UnaryOperator;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.cli.Options.UsageException;
import org.qaworkbench.core.identity.Credentials;
import org.qaworkbench.core.identity.SignInThrottle;
import org.qaworkbench.core.internal.IdentityMessages;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.store.StoreException;
import org.qaworkbench.core.store.StoreLocation;
import org.qaworkbench.core.store.Stores;

/**
 * How every {@code qa} command that opens a store signs in, in one place. The user is {@code --as USER}, else
 * {@value #USER_VARIABLE}, else the operating-system user. The password is {@value #PASSWORD_VARIABLE}, else the
 * contents of the file {@value #PASSWORD_FILE_VARIABLE} names, else typed at a prompt without echo; never a
 * command-line argument (other users see those in the process list). A wrong typed password is asked for again,
 * after the {@link SignInThrottle}'s growing delay.
 */
public final class SignIn {

	public static final String USER_VARIABLE = "QA_USER"; //$NON-NLS-1$
	public static final String PASSWORD_VARIABLE = "QA_PASSWORD"; //$NON-NLS-1$
	public static final String PASSWORD_FILE_VARIABLE = "QA_PASSWORD_FILE"; //$NON-NLS-1$
	/** Where {@code qa users} reads a new password from, for automation. */
	public static final String NEW_PASSWORD_VARIABLE = "QA_NEW_PASSWORD"; //$NON-NLS-1$
	public static final String NEW_PASSWORD_FILE_VARIABLE = "QA_NEW_PASSWORD_FILE"; //$NON-NLS-1$
	private static final int TYPED_ATTEMPTS = 3;
	private static final SignInThrottle THROTTLE = new SignInThrottle();

	/** Reads a password typed at a prompt, without echo; null at the end of input. */
	@FunctionalInterface
	public interface PasswordPrompt {
		char[] read(String prompt);
	}

	private final UnaryOperator<String> environment;
	private final PasswordPrompt prompt;

	/** {@code prompt} null: nobody to ask (no console). */
	public SignIn(UnaryOperator<String> environment, PasswordPrompt prompt) {
		this.environment = environment;
		this.prompt = prompt;
	}

	/** From this process's environment, with the console's prompt when there is a console. */
	public static SignIn fromEnvironment() {
		Console console = System.console();
		return new SignIn(SignIn::variable, console == null ? null : text -> console.readPassword("%s", text)); //$NON-NLS-1$
	}

	/**
	 * An environment variable, else (for commands run inside a test, which cannot set the environment) a system
	 * property of the same name; never {@value #PASSWORD_VARIABLE} or {@value #NEW_PASSWORD_VARIABLE} from a property,
	 * which could be given on a command line for everyone to see.
	 */
	static String variable(String name) {
		String value = System.getenv(name);
		if (value != null || name.equals(PASSWORD_VARIABLE) || name.equals(NEW_PASSWORD_VARIABLE)) {
			return value;
		}
		return System.getProperty(name);
	}

	/** The user name: {@code as} (the command's --as), else {@value #USER_VARIABLE}, else the operating-system user. */
	public String userName(String as) {
		if (as != null && !as.isBlank()) {
			return as.strip();
		}
		String user = environment.apply(USER_VARIABLE);
		return user != null && !user.isBlank() ? user.strip() : Actor.localUser().userId();
	}

	/** The person acting once signed in: the same user name. */
	public Actor actor(String as) {
		return new Actor(userName(as));
	}

	/** The password of {@code userName}, from the environment, a file, or a prompt. */
	public char[] password(String userName) throws UsageException {
		char[] given = fromEnvironment(PASSWORD_VARIABLE, PASSWORD_FILE_VARIABLE);
		if (given != null) {
			return given;
		}
		return typed(NLS.bind(IdentityMessages.passwordPrompt, userName), PASSWORD_VARIABLE, PASSWORD_FILE_VARIABLE);
	}

	/** The user name and password of whoever signs in (for work that checks them itself, such as a restore). */
	public Credentials credentials(String as) throws UsageException {
		String userName = userName(as);
		return new Credentials(userName, password(userName));
	}

	/** Whether the password comes from the environment (then a wrong one is not asked for again). */
	public boolean passwordIsGiven() {
		return isSet(PASSWORD_VARIABLE) || isSet(PASSWORD_FILE_VARIABLE);
	}

	/**
	 * A new password for {@code userName} ({@code qa users}): {@value #NEW_PASSWORD_VARIABLE}, else the file
	 * {@value #NEW_PASSWORD_FILE_VARIABLE} names, else typed twice.
	 */
	public char[] newPassword(String userName) throws UsageException {
		char[] given = fromEnvironment(NEW_PASSWORD_VARIABLE, NEW_PASSWORD_FILE_VARIABLE);
		if (given != null) {
			return given;
		}
		char[] first = typed(NLS.bind(IdentityMessages.newPasswordPrompt, userName), NEW_PASSWORD_VARIABLE, NEW_PASSWORD_FILE_VARIABLE);
		char[] second = typed(IdentityMessages.repeatPasswordPrompt, NEW_PASSWORD_VARIABLE, NEW_PASSWORD_FILE_VARIABLE);
		try {
			if (!Arrays.equals(first, second)) {
				Arrays.fill(first, '\0');
				throw new UsageException(IdentityMessages.passwordsDiffer);
			}
			return first;
		} finally {
			Arrays.fill(second, '\0');
		}
	}

	/** Opens the data folder's configured store signed in as {@link #userName}(as). */
	public Store open(Path dataFolder, String as) throws StoreException, UsageException, InterruptedException {
		return open(StoreLocation.resolve(dataFolder), as);
	}

	/**
	 * Opens {@code location} signed in. A refused typed password is asked for again, up to three times, each after
	 * the throttle's delay; one from the environment is refused at once (a script would only repeat it).
	 */
	public Store open(StoreLocation location, String as) throws StoreException, UsageException, InterruptedException {
		if (Stores.needsFirstAdministrator(location)) { // nobody to sign in as: say so before asking for a password
			throw StoreException.noAccounts(location.dataFolder());
		}
		String userName = userName(as);
		int attempts = passwordIsGiven() ? 1 : TYPED_ATTEMPTS;
		for (int attempt = 1;; attempt++) {
			THROTTLE.await(userName);
			try (Credentials who = new Credentials(userName, password(userName))) {
				Store store = Stores.open(location, who);
				THROTTLE.succeeded(userName);
				return store;
			} catch (StoreException e) {
				if (e.reason() != StoreException.Reason.SIGN_IN_REFUSED) {
					throw e;
				}
				THROTTLE.refused(userName);
				if (attempt >= attempts) {
					throw e;
				}
			}
		}
	}

	private boolean isSet(String variable) {
		String value = environment.apply(variable);
		return value != null && !value.isEmpty();
	}

	private char[] fromEnvironment(String variable, String fileVariable) throws UsageException {
		if (isSet(variable)) {
			return environment.apply(variable).toCharArray();
		}
		if (isSet(fileVariable)) {
			return fromFile(Path.of(environment.apply(fileVariable)));
		}
		return null;
	}

	/** The file's first line, its bytes wiped once decoded. */
	private static char[] fromFile(Path file) throws UsageException {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (IOException e) {
			throw new UsageException(NLS.bind(IdentityMessages.passwordFileUnreadable, file, e.getMessage()));
		}
		CharBuffer decoded = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes));
		Arrays.fill(bytes, (byte) 0);
		int end = 0;
		while (end < decoded.limit() && decoded.get(end) != '\n' && decoded.get(end) != '\r') {
			end++;
		}
		char[] password = new char[end];
		decoded.get(password, 0, end);
		if (decoded.hasArray()) {
			Arrays.fill(decoded.array(), '\0');
		}
		return password;
	}

	private char[] typed(String text, String variable, String fileVariable) throws UsageException {
		if (prompt == null) {
			throw new UsageException(NLS.bind(IdentityMessages.noPassword, variable, fileVariable));
		}
		char[] password = prompt.read(text);
		if (password == null) {
			throw new UsageException(NLS.bind(IdentityMessages.noPassword, variable, fileVariable));
		}
		return password;
	}
}
