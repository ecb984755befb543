package org.qaworkbench.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.qaworkbench.core.cli.Options;
import org.qaworkbench.core.cli.QaCommand;
import org.qaworkbench.core.store.StoreException;

/** What a command printed and how it ended, run as qa's dispatcher runs it: a usage error or a refused sign-in in one line. */
public record CommandRun(int exitCode, String out, String err) {

	public List<String> lines() {
		return out.lines().toList();
	}

	public static CommandRun of(QaCommand command, String... arguments) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exitCode;
		try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8); PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
			try {
				exitCode = command.run(List.of(arguments), outStream, errStream);
			} catch (Options.UsageException e) {
				QaCommand.fail(errStream, e.getMessage());
				exitCode = QaCommand.USAGE;
			} catch (StoreException e) {
				QaCommand.fail(errStream, e.getMessage());
				exitCode = QaCommand.FAILED;
			}
		}
		return new CommandRun(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}
}
