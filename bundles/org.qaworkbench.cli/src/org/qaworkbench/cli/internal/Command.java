package org.qaworkbench.cli.internal;

import java.io.PrintStream;
import java.util.List;

/** One {@code qa} sub-command. */
interface Command {

	int OK = 0;
	/** The command could not do its work; a one-line reason was printed. */
	int FAILED = 1;
	/** The command line was wrong; a one-line reason was printed. */
	int USAGE = 2;

	String name();

	/** One line for {@code qa --help}. */
	String summary();

	int run(List<String> arguments, PrintStream out, PrintStream err) throws Exception;
}
