package org.qaworkbench.audits.internal;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.cli.QaCommand;

/**
 * {@code qa audits list|export}: contributed to {@code qa} as a Declarative Services component. Each sub-command is a
 * {@link QaCommand} of its own; {@code qa audits} alone or with {@code --help} prints the usage.
 */
public final class AuditsCommand implements QaCommand {

	private final Map<String, QaCommand> subCommands = new LinkedHashMap<>();

	public AuditsCommand() {
		List.of(new ListAuditsCommand(), new ExportAuditsCommand()).forEach(command -> subCommands.put(command.name(), command));
	}

	@Override
	public String name() {
		return "audits"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.Audits_summary;
	}

	@Override
	public int run(List<String> arguments, PrintStream out, PrintStream err) throws Exception {
		if (arguments.isEmpty() || isHelp(arguments.get(0))) {
			out.println(Messages.Audits_usage);
			return OK;
		}
		QaCommand command = subCommands.get(arguments.get(0));
		if (command == null) {
			QaCommand.fail(err, NLS.bind(Messages.Audits_unknown, arguments.get(0)));
			return USAGE;
		}
		List<String> rest = arguments.subList(1, arguments.size());
		if (rest.stream().anyMatch(AuditsCommand::isHelp)) {
			out.println(Messages.Audits_usage);
			return OK;
		}
		return command.run(rest, out, err);
	}

	private static boolean isHelp(String argument) {
		return List.of("--help", "-h", "help").contains(argument); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
