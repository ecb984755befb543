package org.qaworkbench.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.DataFolder;
import org.qaworkbench.core.cli.Options;
import org.qaworkbench.core.cli.QaCommand;
import org.qaworkbench.core.cli.SignIn;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.store.StoreLocation;
import org.qaworkbench.server.internal.ServerBackup;

/**
 * {@code qa backup DIR}: an online copy of the embedded database, which Derby's own tools can open too; of a team
 * database, a pg_dump.
 */
final class BackupCommand implements QaCommand {

	private static final String AS = "as"; //$NON-NLS-1$

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
		Options options = Options.parse(arguments, Set.of(AS));
		List<String> folder = options.positional();
		if (folder.size() != 1) {
			QaCommand.fail(err, Messages.Backup_usage);
			return USAGE;
		}
		StoreLocation location = StoreLocation.resolve(DataFolder.resolve());
		if (!location.isEmbedded()) { // a team database: PostgreSQL's own pg_dump, as the person signing in
			return new ServerBackup().run(location, SignIn.fromEnvironment(), options.value(AS, null), Path.of(folder.get(0)), out, err);
		}
		try (Store store = SignIn.fromEnvironment().open(location, options.value(AS, null))) {
			Path database = store.backup(Path.of(folder.get(0)));
			out.println(NLS.bind(Messages.Backup_done, database));
		}
		return OK;
	}
}
