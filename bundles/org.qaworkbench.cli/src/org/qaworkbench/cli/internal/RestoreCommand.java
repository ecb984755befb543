package org.qaworkbench.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.DataFolder;
import org.qaworkbench.core.cli.Options;
import org.qaworkbench.core.cli.QaCommand;
import org.qaworkbench.core.store.Stores;

/** {@code qa restore DIR}: replaces the database with a backup; the replaced one is kept aside. */
final class RestoreCommand implements QaCommand {

	@Override
	public String name() {
		return "restore"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.Restore_summary;
	}

	@Override
	public int run(List<String> arguments, PrintStream out, PrintStream err) throws Exception {
		List<String> folder = Options.parse(arguments, Set.of()).positional();
		if (folder.size() != 1) {
			QaCommand.fail(err, Messages.Restore_usage);
			return USAGE;
		}
		Path dataFolder = DataFolder.resolve();
		Stores.restore(dataFolder, Path.of(folder.get(0)));
		out.println(NLS.bind(Messages.Restore_done, folder.get(0), dataFolder));
		return OK;
	}
}
