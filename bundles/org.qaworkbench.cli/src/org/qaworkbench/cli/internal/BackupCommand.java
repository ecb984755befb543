package org.qaworkbench.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.DataFolder;
import org.qaworkbench.core.cli.Options;
import org.qaworkbench.core.cli.QaCommand;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.store.Stores;

/** {@code qa backup DIR}: an online copy of the database, which Derby's own tools can open too. */
final class BackupCommand implements QaCommand {

	@Override
	public String name() {
		return "backup"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.Backup_summary;
	}

	@Override
	public int run(List<String> arguments, PrintStream out, PrintStream err) throws Exception {
		List<String> folder = Options.parse(arguments, Set.of()).positional();
		if (folder.size() != 1) {
			QaCommand.fail(err, Messages.Backup_usage);
			return USAGE;
		}
		try (Store store = Stores.open(DataFolder.resolve())) {
			Path database = store.backup(Path.of(folder.get(0)));
			out.println(NLS.bind(Messages.Backup_done, database));
		}
		return OK;
	}
}
