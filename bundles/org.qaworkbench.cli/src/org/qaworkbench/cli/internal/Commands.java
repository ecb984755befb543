package org.qaworkbench.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

/** Dispatches {@code qa COMMAND [ARGUMENTS]} to its command; unknown input gets a one-line message and exit 2. */
final class Commands {

	private final PrintStream out;
	private final PrintStream err;
	private final Map<String, Command> commands;

	Commands(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
		this.commands = List.<Command>of(new InfoCommand()).stream()
				.collect(Collectors.toMap(Command::name, Function.identity()));
	}

	int run(List<String> arguments) {
		if (arguments.isEmpty() || isHelp(arguments.get(0))) {
			printHelp();
			return Command.OK;
		}
		Command command = commands.get(arguments.get(0));
		if (command == null) {
			QaCommandLine.fail(err, NLS.bind(Messages.Commands_unknown, arguments.get(0)));
			return Command.USAGE;
		}
		try {
			return command.run(arguments.subList(1, arguments.size()), out, err);
		} catch (Exception e) {
			QaCommandLine.fail(err, e.getMessage() == null ? e.toString() : e.getMessage());
			return Command.FAILED;
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
				.forEach(command -> out.printf("  %-12s %s%n", command.name(), command.summary())); //$NON-NLS-1$
		out.println();
		out.println(Messages.Commands_options);
	}
}
