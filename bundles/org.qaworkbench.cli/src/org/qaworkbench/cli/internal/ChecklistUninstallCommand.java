package org.qaworkbench.cli.internal;

import java.io.PrintStream;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.DataFolder;
import org.qaworkbench.core.checklists.registry.PluginFolder;
import org.qaworkbench.core.checklists.registry.PluginFolderException;
import org.qaworkbench.core.cli.QaCommand;

/**
 * {@code qa checklists uninstall NAME}: removes a plugin installed with {@code qa checklists install}; assessments
 * made with it still open from the definitions stored with them.
 */
final class ChecklistUninstallCommand implements QaCommand {

	@Override
	public String name() {
		return "uninstall"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.ChecklistUninstall_summary;
	}

	@Override
	public int run(List<String> arguments, PrintStream out, PrintStream err) {
		if (arguments.size() != 1) {
			QaCommand.fail(err, Messages.ChecklistUninstall_usage);
			return USAGE;
		}
		try {
			PluginFolder.of(DataFolder.resolve()).uninstall(arguments.get(0));
			out.println(NLS.bind(Messages.ChecklistUninstall_done, arguments.get(0)));
			return OK;
		} catch (PluginFolderException e) {
			QaCommand.fail(err, e.getMessage());
			return FAILED;
		}
	}
}
