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
import org.qaworkbench.core.audits.evidence.TimescalesReader;
import org.qaworkbench.core.audits.evidence.TimescalesResult;
import org.qaworkbench.core.checklists.validation.DefinitionLoader;
import org.qaworkbench.core.checklists.validation.DefinitionProblem;
import org.qaworkbench.core.checklists.validation.DefinitionResult;
import org.qaworkbench.core.checklists.validation.PluginResult;
import org.qaworkbench.core.checklists.validation.PluginValidator;
import org.qaworkbench.core.checklists.validation.ProblemSummary;
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
			plugin.warnings().forEach(warning -> err.println(NLS.bind(Messages.ChecklistsValidate_warning, warning)));
		} else if (isTimescales(file)) {
			return timescales(file, err);
		} else {
			DefinitionResult definition = DefinitionLoader.load(file).validated();
			definitions.add(definition);
			problems.addAll(definition.problems());
		}
		definitions.stream().filter(DefinitionResult::isValid).map(result -> result.definition().orElseThrow()).forEach(definition -> out
				.println(NLS.bind(Messages.ChecklistsValidate_valid, new Object[] { definition.getDefinitionId(), definition.getVersion(), definition.getTitle() })));
		ProblemSummary.of(problems).forEach(problem -> QaCommand.fail(err, problem.toString()));
		return problems.isEmpty() ? OK : FAILED;
	}

	/**
	 * A timescales file names items of a checklist it is not part of: it is read for what can be checked alone, and
	 * the user is sent to the jar, where it is checked with its checklist (and EMF never sees it as a definition).
	 */
	private static int timescales(Path file, PrintStream err) throws IOException {
		TimescalesResult result;
		try (InputStream in = Files.newInputStream(file)) {
			result = TimescalesReader.read(in, file.toString());
		}
		ProblemSummary.of(result.problems()).forEach(problem -> QaCommand.fail(err, problem.toString()));
		QaCommand.fail(err, NLS.bind(Messages.ChecklistsValidate_timescalesAlone, file));
		return FAILED;
	}

	private static boolean isTimescales(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return TimescalesReader.isTimescales(in);
		}
	}

	/** A jar (any zip archive) starts with "PK\3\4"; everything else is read as a definition file. */
	private static boolean isZip(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			byte[] magic = in.readNBytes(4);
			return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
		}
	}
}
