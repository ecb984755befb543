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
import org.qaworkbench.core.identity.Credentials;
import org.qaworkbench.core.store.StoreException;
import org.qaworkbench.core.store.Stores;

/** {@code qa restore DIR}: replaces the database with a backup; the replaced one is kept aside. */
final class RestoreCommand implements QaCommand {

	private static final String AS = "as"; //$NON-NLS-1$

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
		Options options = Options.parse(arguments, Set.of(AS));
		List<String> folder = options.positional();
		if (folder.size() != 1) {
			QaCommand.fail(err, Messages.Restore_usage);
			return USAGE;
		}
		Path dataFolder = DataFolder.resolve();
		try {
			Stores.restore(dataFolder, Path.of(folder.get(0)));
		} catch (StoreException e) {
			if (e.reason() != StoreException.Reason.SIGN_IN_NEEDED) {
				throw e;
			}
			// An encrypted backup: its own accounts unlock it.
			try (Credentials who = SignIn.fromEnvironment().credentials(options.value(AS, null))) {
				Stores.restore(dataFolder, Path.of(folder.get(0)), who);
			}
		}
		out.println(NLS.bind(Messages.Restore_done, folder.get(0), dataFolder));
		return OK;
	}
}
