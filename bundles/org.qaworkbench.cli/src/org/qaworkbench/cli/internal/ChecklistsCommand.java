package org.qaworkbench.cli.internal;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.Services;
import org.qaworkbench.core.cli.QaCommand;

/**
 * {@code qa checklists SUB-COMMAND}: checklist plugins. Each sub-command is a {@link QaCommand} of its own, named
 * by the word after {@code checklists}; adding one (such as {@code install}) is one class and one entry in
 * {@link #SUB_COMMANDS}; another bundle adds one as a {@link QaCommand} service whose {@link QaCommand#group()} is
 * {@code checklists}. The summary in {@code qa --help} lists the sub-commands by themselves.
 */
final class ChecklistsCommand implements QaCommand {

	private static final List<QaCommand> SUB_COMMANDS = List.of(new ListChecklistsCommand(), new ValidateChecklistCommand(), new ChecklistInstallCommand(),
			new ChecklistUninstallCommand());

	private final Map<String, QaCommand> subCommands = new LinkedHashMap<>();

	ChecklistsCommand() {
		SUB_COMMANDS.forEach(command -> subCommands.put(command.name(), command));
		Services.all(QaCommand.class).stream().filter(command -> name().equals(command.group()))
				.forEach(command -> subCommands.putIfAbsent(command.name(), command));
	}

	@Override
	public String name() {
		return "checklists"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return NLS.bind(Messages.Checklists_summary, String.join("|", subCommands.keySet())); //$NON-NLS-1$
	}

	@Override
	public int run(List<String> arguments, PrintStream out, PrintStream err) throws Exception {
		if (arguments.isEmpty()) {
			QaCommand.fail(err, NLS.bind(Messages.Checklists_missing, String.join("|", subCommands.keySet()))); //$NON-NLS-1$
			return USAGE;
		}
		if (List.of("--help", "-h", "help").contains(arguments.get(0))) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			out.println(Messages.Checklists_usage);
			subCommands.values().forEach(command -> out.printf("  %-10s %s%n", command.name(), command.summary())); //$NON-NLS-1$
			return OK;
		}
		QaCommand command = subCommands.get(arguments.get(0));
		if (command == null) {
			QaCommand.fail(err, NLS.bind(Messages.Checklists_unknown, arguments.get(0), String.join(", ", subCommands.keySet()))); //$NON-NLS-1$
			return USAGE;
		}
		return command.run(arguments.subList(1, arguments.size()), out, err);
	}
}
