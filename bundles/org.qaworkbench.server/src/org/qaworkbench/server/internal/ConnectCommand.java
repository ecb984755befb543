package org.qaworkbench.server.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.store.StoreLocation;
import org.qaworkbench.core.store.Stores;

/**
 * {@code qa connect postgresql://host:5432/qa [--user NAME]} points this workstation's data folder at a team
 * database for good, after opening it once with the login given (so a wrong address or password is said now, not at
 * the next start); {@code qa connect --embedded} goes back to the embedded database. The login is kept with the
 * address in the data folder's {@link StoreLocation#SERVER_FILE}, readable by its owner only, as PostgreSQL's own
 * ~/.pgpass is.
 */
public final class ConnectCommand implements QaCommand {

	private static final String USER = "user"; //$NON-NLS-1$
	private static final String EMBEDDED = "embedded"; //$NON-NLS-1$

	private final PasswordSource passwords;

	public ConnectCommand() {
		this(PasswordSource.environmentOrTerminal());
	}

	ConnectCommand(PasswordSource passwords) {
		this.passwords = passwords;
	}

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
		Options options = Options.parse(arguments, Set.of(USER), Set.of(EMBEDDED));
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
		String user = options.value(USER, TeamRoles.of(address.database()).app());
		String url = "postgresql://" + encode(user) + ":" + encode(passwords.password(user, address.toString())) + "@" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ address.host() + ":" + address.port() + "/" + address.database() + (address.query().isEmpty() ? "" : "?" + address.query()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		int version;
		try (Store store = Stores.open(StoreLocation.server(dataFolder, url))) {
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

	/** The file will hold a password: made readable by its owner only before anything is written into it. */
	private static void keepOwnerOnly(Path file) throws IOException {
		Files.createDirectories(file.getParent());
		if (!Files.exists(file)) {
			Files.createFile(file);
		}
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) { //$NON-NLS-1$
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------")); //$NON-NLS-1$
		}
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
