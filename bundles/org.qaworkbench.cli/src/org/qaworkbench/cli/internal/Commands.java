package org.qaworkbench.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.Services;
import org.qaworkbench.core.cli.Options;
import org.qaworkbench.core.cli.QaCommand;
import org.qaworkbench.core.store.StoreException;

/** Dispatches {@code qa COMMAND [ARGUMENTS]} to its command; unknown input gets a one-line message and exit 2. */
final class Commands {

	private final PrintStream out;
	private final PrintStream err;
	private final Map<String, QaCommand> commands;

	Commands(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
		List<QaCommand> all = new ArrayList<>(List.of(new InfoCommand(), new BackupCommand(), new RestoreCommand(), new ChecklistsCommand(),
				new UsersCommand()));
		Services.all(QaCommand.class).stream().filter(command -> command.group() == null).forEach(all::add);
		this.commands = all.stream().collect(Collectors.toMap(QaCommand::name, Function.identity(), (first, second) -> first));
	}

	int run(List<String> arguments) {
		if (arguments.isEmpty() || isHelp(arguments.get(0))) {
			printHelp();
			return QaCommand.OK;
		}
		QaCommand command = commands.get(arguments.get(0));
		if (command == null) {
			QaCommand.fail(err, NLS.bind(Messages.Commands_unknown, arguments.get(0)));
			return QaCommand.USAGE;
		}
		try {
			return command.run(arguments.subList(1, arguments.size()), out, err);
		} catch (Options.UsageException e) {
			QaCommand.fail(err, e.getMessage());
			return QaCommand.USAGE;
		} catch (StoreException e) {
			QaCommand.fail(err, e.getMessage());
			return QaCommand.FAILED;
		} catch (Exception e) {
			QaCommand.fail(err, e.getMessage() == null ? e.toString() : e.getMessage());
			return QaCommand.FAILED;
		}
	}

	private static boolean isHelp(String argument) {
		return List.of("--help", "-h", "help").contains(argument); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private void printHelp() {
		out.println(Messages.Commands_usage);
		out.println();
		out.println(Messages.Commands_heading);
		commands.values().stream().sorted((a, b) -> a.name().compareTo(b.name()))
				.forEach(command -> out.printf("  %-14s %s%n", command.name(), command.summary())); //$NON-NLS-1$
		out.println();
		out.println(Messages.Commands_options);
	}
}
