package org.qaworkbench.xlsform.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.checklists.validation.PluginResult;
import org.qaworkbench.core.checklists.validation.PluginValidator;
import org.qaworkbench.core.cli.Options;
import org.qaworkbench.core.cli.QaCommand;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.xlsform.ChecklistPlugins;
import org.qaworkbench.xlsform.ChecklistWorkbooks;
import org.qaworkbench.xlsform.WorkbookProblem;
import org.qaworkbench.xlsform.WorkbookResult;

/**
 * {@code qa checklists import FILE.xlsx --out FOLDER_OR_JAR}: reads a checklist workbook (or a survey .csv) and
 * writes its plugin jar, checked as {@code qa checklists install} will check it. What has no meaning here is listed
 * as a warning; with any error, each is printed at its cell and nothing is written.
 */
public final class ImportChecklistCommand implements QaCommand {

	@Override
	public String name() {
		return "import"; //$NON-NLS-1$
	}

	@Override
	public String group() {
		return "checklists"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.Import_summary;
	}

	@Override
	public int run(List<String> arguments, PrintStream out, PrintStream err) throws Exception {
		Options options = Options.parse(arguments, Set.of("out")); //$NON-NLS-1$
		String target = options.value("out", null); //$NON-NLS-1$
		if (options.positional().size() != 1 || target == null) {
			QaCommand.fail(err, Messages.Import_usage);
			return USAGE;
		}
		Path file = Path.of(options.positional().get(0));
		if (!Files.isRegularFile(file)) {
			QaCommand.fail(err, NLS.bind(Messages.Command_noSuchFile, file));
			return FAILED;
		}
		WorkbookResult workbook = ChecklistWorkbooks.read(file);
		for (WorkbookProblem problem : workbook.unsupported()) {
			QaCommand.fail(err, NLS.bind(Messages.Import_leftOut, problem));
		}
		for (WorkbookProblem problem : workbook.problems()) {
			QaCommand.fail(err, problem.isError() ? problem.toString() : NLS.bind(Messages.Import_warning, problem));
		}
		if (!workbook.isValid()) {
			QaCommand.fail(err, NLS.bind(Messages.Import_notWritten, workbook.errors().size()));
			return FAILED;
		}
		Path jar = ChecklistPlugins.write(workbook, Path.of(target));
		PluginResult checked = PluginValidator.validate(jar);
		if (!checked.isValid()) {
			Files.deleteIfExists(jar);
			checked.allProblems().forEach(problem -> QaCommand.fail(err, problem.toString()));
			return FAILED;
		}
		ChecklistDefinition definition = workbook.definition().orElseThrow();
		out.println(NLS.bind(Messages.Import_done, new Object[] { jar, definition.getDefinitionId(), definition.getVersion(), definition.getTitle(),
				workbook.timescales().size() }));
		return OK;
	}
}
