package org.qaworkbench.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.qaworkbench.core.DataFolder;
import org.qaworkbench.core.checklists.registry.PluginFolder;
import org.qaworkbench.core.checklists.registry.PluginFolderException;
import org.qaworkbench.core.cli.QaCommand;

/**
 * {@code qa checklists install FILE.jar} (for now also the top-level {@code qa checklists-install FILE.jar}): copies
 * a checklist plugin into the data folder's plugin folder and installs it, so every later start has it too.
 */
public final class ChecklistInstallCommand implements QaCommand {

	@Override
	public String name() {
		return "checklists-install"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.ChecklistInstall_summary;
	}

	@Override
	public int run(List<String> arguments, PrintStream out, PrintStream err) {
		if (arguments.size() != 1) {
			QaCommand.fail(err, Messages.ChecklistInstall_usage);
			return USAGE;
		}
		PluginFolder folder = PluginFolder.of(DataFolder.resolve());
		try {
			Bundle bundle = folder.install(Path.of(arguments.get(0)).toAbsolutePath());
			out.println(NLS.bind(Messages.ChecklistInstall_done, new Object[] { bundle.getSymbolicName(), bundle.getVersion(), folder.folder() }));
			return OK;
		} catch (PluginFolderException e) {
			QaCommand.fail(err, e.getMessage());
			return FAILED;
		}
	}
}
