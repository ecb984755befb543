package org.qaworkbench.server.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.DataFolder;
import org.qaworkbench.core.cli.Options;
import org.qaworkbench.core.cli.QaCommand;
import org.qaworkbench.core.cli.SignIn;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.store.StoreLocation;

/**
 * {@code qa connect postgresql://host:5432/qa [--as USER]} points this workstation's data folder at a team database
 * for good, after signing in to it once as the person running the command (so a wrong address or password is said
 * now, not at the next start); {@code qa connect --embedded} goes back to the embedded database. Only the address is
 * kept, in the data folder's {@link StoreLocation#SERVER_FILE}: no user and no password, since everyone signs in
 * with their own login each time. The file stays readable by its owner only all the same.
 */
public final class ConnectCommand implements QaCommand {

	private static final String AS = "as"; //$NON-NLS-1$
	private static final String EMBEDDED = "embedded"; //$NON-NLS-1$

	@Override
	public String name() {
		return "connect"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.Connect_summary;
	}

	@Override
	public int run(List<String> arguments, PrintStream out, PrintStream err) throws Exception {
		Options options = Options.parse(arguments, Set.of(AS), Set.of(EMBEDDED));
		Path dataFolder = DataFolder.resolve();
		if (options.flag(EMBEDDED) && options.positional().isEmpty()) {
			Files.deleteIfExists(dataFolder.resolve(StoreLocation.SERVER_FILE));
			out.println(NLS.bind(Messages.Connect_embedded, dataFolder));
			warnIfOverridden(dataFolder, err);
			return OK;
		}
		if (options.positional().size() != 1 || options.flag(EMBEDDED)) {
			QaCommand.fail(err, Messages.Connect_usage);
			return USAGE;
		}
		ServerAddress address = ServerAddress.parse(options.positional().get(0));
		String url = address.toString(); // ServerAddress refuses a user or password in it
		SignIn signIn = SignIn.fromEnvironment();
		String user = signIn.userName(options.value(AS, null));
		int version;
		try (Store store = signIn.open(StoreLocation.server(dataFolder, url), user)) {
			version = store.info().schemaVersion();
		}
		keepOwnerOnly(dataFolder.resolve(StoreLocation.SERVER_FILE));
		StoreLocation.connect(dataFolder, url);
		out.println(NLS.bind(Messages.Connect_done, new Object[] { address, user, version, dataFolder }));
		warnIfOverridden(dataFolder, err);
		return OK;
	}

	/** --server and QA_WORKBENCH_SERVER win over the file: say so rather than let the user wonder. */
	private static void warnIfOverridden(Path dataFolder, PrintStream err) {
		String property = System.getProperty(StoreLocation.SERVER_PROPERTY);
		String environment = System.getenv(StoreLocation.SERVER_ENVIRONMENT_VARIABLE);
		if ((property != null && !property.isBlank()) || (environment != null && !environment.isBlank())) {
			err.println(NLS.bind(Messages.Connect_overridden, StoreLocation.SERVER_ENVIRONMENT_VARIABLE));
		}
	}

	/** Owner-only, as it was when it held a password: the address of the team database is nobody else's business. */
	private static void keepOwnerOnly(Path file) throws IOException {
		Files.createDirectories(file.getParent());
		if (!Files.exists(file)) {
			Files.createFile(file);
		}
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) { //$NON-NLS-1$
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------")); //$NON-NLS-1$
		}
	}
}
