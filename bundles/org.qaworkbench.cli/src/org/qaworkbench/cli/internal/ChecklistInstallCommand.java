package org.qaworkbench.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.qaworkbench.core.DataFolder;
import org.qaworkbench.core.checklists.registry.PluginFolder;
import org.qaworkbench.core.checklists.registry.PluginFolderException;
import org.qaworkbench.core.checklists.validation.PluginResult;
import org.qaworkbench.core.checklists.validation.PluginValidator;
import org.qaworkbench.core.checklists.validation.ProblemSummary;
import org.qaworkbench.core.cli.Options;
import org.qaworkbench.core.cli.QaCommand;
import org.qaworkbench.core.store.NotPermittedException;
import org.qaworkbench.model.StaffMember;

/**
 * {@code qa checklists install FILE.jar [--as USER]}: for those the permission matrix lets install plugins, checks a checklist plugin like {@code qa checklists validate}, then copies it
 * into the data folder's plugin folder and installs it, so every later start has it too. A plugin with problems is
 * refused, each problem on its own line, and nothing is copied.
 */
public final class ChecklistInstallCommand implements QaCommand {

	@Override
	public String name() {
		return "install"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.ChecklistInstall_summary;
	}

	@Override
	public int run(List<String> arguments, PrintStream out, PrintStream err) throws Exception {
		Options options = Options.parse(arguments, Set.of(ActingStaff.AS));
		if (options.positional().size() != 1) {
			QaCommand.fail(err, Messages.ChecklistInstall_usage);
			return USAGE;
		}
		Path jar = Path.of(options.positional().get(0)).toAbsolutePath();
		if (java.nio.file.Files.isRegularFile(jar)) {
			PluginResult checked = PluginValidator.validate(jar);
			if (!checked.isValid()) {
				ProblemSummary.of(checked.allProblems()).forEach(problem -> QaCommand.fail(err, problem.toString()));
				return FAILED;
			}
		}
		StaffMember by = ActingStaff.signIn(options);
		PluginFolder folder = PluginFolder.of(DataFolder.resolve());
		try {
			Bundle bundle = folder.install(jar, by);
			out.println(NLS.bind(Messages.ChecklistInstall_done, new Object[] { bundle.getSymbolicName(), bundle.getVersion(), folder.folder() }));
			return OK;
		} catch (PluginFolderException | NotPermittedException e) {
			QaCommand.fail(err, e.getMessage());
			return FAILED;
		}
	}
}
