package org.qaworkbench.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.DataFolder;
import org.qaworkbench.core.checklists.registry.PluginFolder;
import org.qaworkbench.core.checklists.registry.PluginFolderException;
import org.qaworkbench.core.store.NotPermittedException;
import org.qaworkbench.core.cli.Options;
import org.qaworkbench.core.cli.QaCommand;
import org.qaworkbench.model.StaffMember;

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
	public int run(List<String> arguments, PrintStream out, PrintStream err) throws Exception {
		Options options = Options.parse(arguments, Set.of(ActingStaff.AS));
		if (options.positional().size() != 1) {
			QaCommand.fail(err, Messages.ChecklistUninstall_usage);
			return USAGE;
		}
		String name = options.positional().get(0);
		StaffMember by = ActingStaff.signIn(options);
		try {
			PluginFolder.of(DataFolder.resolve()).uninstall(name, by);
			out.println(NLS.bind(Messages.ChecklistUninstall_done, name));
			return OK;
		} catch (PluginFolderException | NotPermittedException e) {
			QaCommand.fail(err, e.getMessage());
			return FAILED;
		}
	}
}
