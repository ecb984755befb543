package org.qaworkbench.core.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * A sub-command of {@code qa}. Bundles contribute commands as OSGi services (Declarative Services), so that, for
 * example, the storage bundle can offer its benchmark without the command line knowing about Derby.
 */
public interface QaCommand {

	int OK = 0;
	/** The command could not do its work; a one-line reason was printed. */
	int FAILED = 1;
	/** The command line was wrong; a one-line reason was printed. */
	int USAGE = 2;

	String name();

	/**
	 * The command this one is a sub-command of ({@code qa GROUP NAME}), such as {@code checklists}; null for a
	 * command of its own. Lets a bundle add, say, {@code qa checklists import} without the command line knowing it.
	 */
	default String group() {
		return null;
	}

	/** One line for {@code qa --help}. */
	String summary();

	/** The arguments after the command's name. Errors: print one line starting with "qa: " to err. */
	int run(List<String> arguments, PrintStream out, PrintStream err) throws Exception;

	/** Prints the one-line message every failure of {@code qa} uses. */
	static void fail(PrintStream err, String message) {
		err.println("qa: " + message); //$NON-NLS-1$
	}
}
