package org.qaworkbench.server.internal;

import java.io.Console;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.cli.Options.UsageException;

/**
 * Where a command gets a server password: never from its command line (other users see it in the process list and
 * it stays in the shell's history), but from PGPASSWORD, as PostgreSQL's own tools read it, or from a prompt on the
 * terminal that does not echo.
 */
@FunctionalInterface
interface PasswordSource {

	String PGPASSWORD = "PGPASSWORD"; //$NON-NLS-1$

	/** The password of {@code user} at {@code where}. */
	String password(String user, String where) throws UsageException;

	static PasswordSource environmentOrTerminal() {
		return (user, where) -> {
			String fromEnvironment = System.getenv(PGPASSWORD);
			if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
				return fromEnvironment;
			}
			Console console = System.console();
			if (console == null) {
				throw new UsageException(NLS.bind(Messages.Password_noTerminal, user));
			}
			char[] typed = console.readPassword("%s", NLS.bind(Messages.Password_prompt, user, where)); //$NON-NLS-1$
			if (typed == null || typed.length == 0) {
				throw new UsageException(NLS.bind(Messages.Password_none, user));
			}
			return new String(typed);
		};
	}
}
