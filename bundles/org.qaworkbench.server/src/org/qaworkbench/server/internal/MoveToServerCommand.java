package org.qaworkbench.server.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.DataFolder;
import org.qaworkbench.core.cli.Options;
import org.qaworkbench.core.cli.QaCommand;
import org.qaworkbench.core.cli.SignIn;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.store.StoreLocation;
import org.qaworkbench.core.store.Stores;
import org.qaworkbench.store.jdbc.JdbcStores;

/**
 * {@code qa move-to-server postgresql://host:5432/qa --admin-user NAME}: copies the data folder's embedded database
 * into a team database that {@code qa server init} made and nobody has used yet (see {@link TableCopy}), prints the
 * rows on both sides table by table, and leaves the embedded database as it was. Runs as an administrator, because
 * moving the id sequences on is the owner's right, not the workstations'.
 */
public final class MoveToServerCommand implements QaCommand {

	private static final String ADMIN_USER = "admin-user"; //$NON-NLS-1$

	private static final String AS = "as"; //$NON-NLS-1$

	private final PasswordSource passwords;

	public MoveToServerCommand() {
		this(PasswordSource.environmentOrTerminal());
	}

	MoveToServerCommand(PasswordSource passwords) {
		this.passwords = passwords;
	}

	@Override
	public String name() {
		return "move-to-server"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.Move_summary;
	}

	/**
	 * The embedded database, signed in; one from before accounts (nobody can sign in to it yet, so it is not
	 * encrypted) is opened as it always was.
	 */
	private static Store openEmbedded(Path dataFolder, String as) throws Exception {
		StoreLocation location = StoreLocation.embedded(dataFolder);
		return Stores.needsFirstAdministrator(location) ? Stores.open(location) : SignIn.fromEnvironment().open(location, as);
	}

	@Override
	public int run(List<String> arguments, PrintStream out, PrintStream err) throws Exception {
		Options options = Options.parse(arguments, Set.of(ADMIN_USER, AS));
		String adminUser = options.value(ADMIN_USER, null);
		if (options.positional().size() != 1 || adminUser == null) {
			QaCommand.fail(err, Messages.Move_usage);
			return USAGE;
		}
		ServerAddress address = ServerAddress.parse(options.positional().get(0));
		Path dataFolder = DataFolder.resolve();
		if (!Files.isDirectory(dataFolder.resolve("db"))) { //$NON-NLS-1$
			QaCommand.fail(err, NLS.bind(Messages.Move_noEmbedded, dataFolder));
			return FAILED;
		}
		String password = passwords.password(adminUser, address.toString());
		List<TableCopy.Count> counts;
		try (Store embedded = openEmbedded(dataFolder, options.value(AS, null));
				Connection source = JdbcStores.dataSourceOf(embedded).getConnection();
				Connection target = ServerInit.connect(address.jdbcUrl(), adminUser, password)) {
			source.setReadOnly(true);
			try (Statement statement = target.createStatement()) {
				statement.execute("SET ROLE " + TeamRoles.quote(TeamRoles.of(address.database()).owner())); //$NON-NLS-1$
			}
			int sourceVersion = TeamSchema.version(source);
			int targetVersion = TeamSchema.version(target);
			if (targetVersion != sourceVersion) {
				QaCommand.fail(err, targetVersion == 0 ? NLS.bind(Messages.Move_notInitialised, address)
						: NLS.bind(Messages.Move_versions, new Object[] { address, targetVersion, sourceVersion }));
				return FAILED;
			}
			counts = new TableCopy(source, target).copy(address.toString());
		} catch (ServerException e) {
			QaCommand.fail(err, e.getMessage());
			return FAILED;
		}
		out.println(NLS.bind(Messages.Move_heading, dataFolder, address));
		out.printf("%-34s %12s %12s%n", Messages.Move_table, Messages.Move_embedded, Messages.Move_server); //$NON-NLS-1$
		long rows = 0;
		for (TableCopy.Count count : counts) {
			out.printf("%-34s %12d %12d%n", count.table(), count.source(), count.target()); //$NON-NLS-1$
			rows += count.target();
		}
		out.println(NLS.bind(Messages.Move_done, new Object[] { counts.size(), rows, dataFolder }));
		out.println("  qa connect " + address); //$NON-NLS-1$
		return OK;
	}
}
