package org.qaworkbench.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.DataFolder;
import org.qaworkbench.core.cli.Options;
import org.qaworkbench.core.cli.QaCommand;
import org.qaworkbench.core.cli.SignIn;
import org.qaworkbench.core.InstalledChecklists;
import org.qaworkbench.core.InstalledChecklists.Contribution;
import org.qaworkbench.core.Product;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.store.StoreException;
import org.qaworkbench.core.store.StoreInfo;
import org.qaworkbench.core.store.StoreLocation;

/**
 * {@code qa info [--check]}: what is installed and which database it uses, and with {@code --check} whether every
 * table and index of the database is sound. Opens (and on first use creates) the database.
 */
final class InfoCommand implements QaCommand {

	private static final String CHECK = "check"; //$NON-NLS-1$
	private static final String AS = "as"; //$NON-NLS-1$

	@Override
	public String name() {
		return "info"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.Info_summary;
	}

	@Override
	public int run(List<String> arguments, PrintStream out, PrintStream err) throws Exception {
		Options options = Options.parse(arguments, Set.of(AS), Set.of(CHECK));
		if (!options.positional().isEmpty()) {
			QaCommand.fail(err, NLS.bind(Messages.Commands_unexpectedArgument, options.positional().get(0), name()));
			return USAGE;
		}
		Path dataFolder = DataFolder.resolve();
		try (Store store = SignIn.fromEnvironment().open(dataFolder, options.value(AS, null))) {
			print(store.info(), out);
			if (options.flag(CHECK)) {
				store.check();
				line(out, Messages.Info_check, Messages.Info_sound);
			}
		}
		return OK;
	}

	private static void print(StoreInfo info, PrintStream out) throws StoreException {
		line(out, Messages.Info_product, Product.NAME + " " + Product.version() + " (build " + Product.build() + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		line(out, Messages.Info_dataFolder, info.dataFolder());
		StoreLocation location = StoreLocation.resolve(info.dataFolder());
		line(out, Messages.Info_database, location.isEmbedded() ? NLS.bind(Messages.Info_embedded, info.url())
				: NLS.bind(Messages.Info_server, location.describe()));
		line(out, Messages.Info_schemaVersion, info.schemaVersion());
		line(out, Messages.Info_createdAt, info.createdAt());
		List<Contribution> checklists = InstalledChecklists.in(RegistryFactory.getRegistry());
		line(out, Messages.Info_checklists, checklists.isEmpty() ? Messages.Info_none : checklists.size());
		checklists.forEach(checklist -> out.println("  " + checklist.bundle() + ": " + checklist.file())); //$NON-NLS-1$ //$NON-NLS-2$
		line(out, Messages.Info_java, System.getProperty("java.runtime.version") + " (" //$NON-NLS-1$ //$NON-NLS-2$
				+ System.getProperty("java.vendor") + ") at " + System.getProperty("java.home")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static void line(PrintStream out, String label, Object value) {
		out.printf("%-18s %s%n", label + ":", value); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
