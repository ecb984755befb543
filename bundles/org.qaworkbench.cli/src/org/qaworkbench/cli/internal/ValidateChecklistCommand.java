package org.qaworkbench.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.checklists.validation.DefinitionLoader;
import org.qaworkbench.core.checklists.validation.DefinitionProblem;
import org.qaworkbench.core.checklists.validation.DefinitionResult;
import org.qaworkbench.core.checklists.validation.PluginResult;
import org.qaworkbench.core.checklists.validation.PluginValidator;
import org.qaworkbench.core.cli.Options;
import org.qaworkbench.core.cli.QaCommand;

/**
 * {@code qa checklists validate FILE}: checks a definition file (XMI) or a whole plugin jar before it is installed.
 * Valid: one "valid:" line per definition, exit 0. Otherwise each problem on its own line, exit 1.
 */
final class ValidateChecklistCommand implements QaCommand {

	@Override
	public String name() {
		return "validate"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.ChecklistsValidate_summary;
	}

	@Override
	public int run(List<String> arguments, PrintStream out, PrintStream err) throws Exception {
		List<String> files = Options.parse(arguments, Set.of()).positional();
		if (files.size() != 1) {
			QaCommand.fail(err, Messages.ChecklistsValidate_usage);
			return USAGE;
		}
		Path file = Path.of(files.get(0));
		if (!Files.exists(file)) {
			QaCommand.fail(err, NLS.bind(Messages.ChecklistsValidate_noSuchFile, file));
			return FAILED;
		}
		if (Files.isDirectory(file) || !Files.isReadable(file)) {
			QaCommand.fail(err, NLS.bind(Files.isDirectory(file) ? Messages.ChecklistsValidate_folder : Messages.ChecklistsValidate_unreadable, file));
			return FAILED;
		}
		List<DefinitionResult> definitions = new ArrayList<>();
		List<DefinitionProblem> problems = new ArrayList<>();
		if (isZip(file)) {
			PluginResult plugin = PluginValidator.validate(file);
			definitions.addAll(plugin.definitions());
			problems.addAll(plugin.allProblems());
		} else {
			DefinitionResult definition = DefinitionLoader.load(file).validated();
			definitions.add(definition);
			problems.addAll(definition.problems());
		}
		definitions.stream().filter(DefinitionResult::isValid).map(result -> result.definition().orElseThrow()).forEach(definition -> out
				.println(NLS.bind(Messages.ChecklistsValidate_valid, new Object[] { definition.getDefinitionId(), definition.getVersion(), definition.getTitle() })));
		problems.forEach(problem -> QaCommand.fail(err, problem.toString()));
		return problems.isEmpty() ? OK : FAILED;
	}

	/** A jar (any zip archive) starts with "PK\3\4"; everything else is read as a definition file. */
	private static boolean isZip(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			byte[] magic = in.readNBytes(4);
			return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
		}
	}
}
