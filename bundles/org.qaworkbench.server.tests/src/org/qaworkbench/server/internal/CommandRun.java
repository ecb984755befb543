package org.qaworkbench.server.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.qaworkbench.core.DataFolder;
import org.qaworkbench.core.cli.Options;
import org.qaworkbench.core.cli.QaCommand;

/** One run of a qa command in this JVM, with a data folder of its own, as the qa launcher would run it. */
record CommandRun(int exitCode, String out, String err) {

	static CommandRun run(QaCommand command, Path dataFolder, String... arguments) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		String before = System.getProperty(DataFolder.PROPERTY);
		System.setProperty(DataFolder.PROPERTY, dataFolder.toString());
		try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
				PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
			int exitCode;
			try {
				exitCode = command.run(List.of(arguments), outStream, errStream);
			} catch (Options.UsageException e) { // as the command line's dispatcher (cli's Commands) reports them
				QaCommand.fail(errStream, e.getMessage());
				exitCode = QaCommand.USAGE;
			} catch (Exception e) {
				QaCommand.fail(errStream, e.getMessage() == null ? e.toString() : e.getMessage());
				exitCode = QaCommand.FAILED;
			}
			return new CommandRun(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
		} finally {
			if (before == null) {
				System.clearProperty(DataFolder.PROPERTY);
			} else {
				System.setProperty(DataFolder.PROPERTY, before);
			}
		}
	}
}
