package org.qaworkbench.core.store;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.UnaryOperator;

/**
 * Where the database of a workstation is: the embedded Derby database in {@code <data folder>/db}, or a team
 * database on a server. The server is chosen by the system property {@value #SERVER_PROPERTY} (the launchers'
 * {@code --server URL} option), else the environment variable {@value #SERVER_ENVIRONMENT_VARIABLE}, else the
 * {@value #SERVER_KEY} in {@code <data folder>/}{@value #SERVER_FILE} (written by {@code qa connect}); with none of
 * these, the embedded database is used. The data folder is used in both cases, for logs and settings.
 */
public final class StoreLocation {

	public static final String SERVER_PROPERTY = "qaworkbench.server"; //$NON-NLS-1$
	public static final String SERVER_ENVIRONMENT_VARIABLE = "QA_WORKBENCH_SERVER"; //$NON-NLS-1$
	/** The file in the data folder that names the team database this workstation connects to. */
	public static final String SERVER_FILE = "server.properties"; //$NON-NLS-1$
	public static final String SERVER_KEY = "url"; //$NON-NLS-1$

	private final Path dataFolder;
	private final URI server;

	private StoreLocation(Path dataFolder, URI server) {
		this.dataFolder = Objects.requireNonNull(dataFolder);
		this.server = server;
	}

	public static StoreLocation embedded(Path dataFolder) {
		return new StoreLocation(dataFolder, null);
	}

	/** A team database at {@code url}, such as {@code postgresql://host:5432/qa}. */
	public static StoreLocation server(Path dataFolder, String url) throws StoreException {
		return new StoreLocation(dataFolder, parse(dataFolder, url));
	}

	/** The configured location of a data folder's database (see the class comment). */
	public static StoreLocation resolve(Path dataFolder) throws StoreException {
		return resolve(dataFolder, System::getProperty, System::getenv);
	}

	static StoreLocation resolve(Path dataFolder, UnaryOperator<String> properties, UnaryOperator<String> environment) throws StoreException {
		String url = firstNonBlank(properties.apply(SERVER_PROPERTY), environment.apply(SERVER_ENVIRONMENT_VARIABLE), fromFile(dataFolder));
		return url == null ? embedded(dataFolder) : server(dataFolder, url);
	}

	/** Points the data folder at a team database for good, as {@code qa connect URL} does. */
	public static void connect(Path dataFolder, String url) throws StoreException {
		parse(dataFolder, url);
		Properties settings = new Properties();
		settings.setProperty(SERVER_KEY, url.strip());
		try {
			Files.createDirectories(dataFolder);
			try (Writer out = Files.newBufferedWriter(dataFolder.resolve(SERVER_FILE), StandardCharsets.UTF_8)) {
				settings.store(out, "The team database of this workstation (qa connect); delete this file to use the embedded one."); //$NON-NLS-1$
			}
		} catch (IOException e) {
			throw StoreException.folderNotWritable(dataFolder, e);
		}
	}

	private static String fromFile(Path dataFolder) throws StoreException {
		Path file = dataFolder.resolve(SERVER_FILE);
		if (!Files.isRegularFile(file)) {
			return null;
		}
		Properties settings = new Properties();
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			settings.load(in);
		} catch (IOException e) {
			throw StoreException.failed(dataFolder, e);
		}
		return settings.getProperty(SERVER_KEY);
	}

	private static URI parse(Path dataFolder, String url) throws StoreException {
		try {
			URI uri = new URI(url.strip());
			if (uri.getScheme() == null || uri.getHost() == null) {
				throw StoreException.badServerAddress(dataFolder, url);
			}
			return uri;
		} catch (URISyntaxException e) {
			throw StoreException.badServerAddress(dataFolder, url);
		}
	}

	private static String firstNonBlank(String... candidates) {
		for (String candidate : candidates) {
			if (candidate != null && !candidate.isBlank()) {
				return candidate.strip();
			}
		}
		return null;
	}

	public Path dataFolder() {
		return dataFolder;
	}

	public boolean isEmbedded() {
		return server == null;
	}

	/** The server's address as configured, password and all: for the engine that connects to it. */
	public Optional<URI> server() {
		return Optional.ofNullable(server);
	}

	/** The kind of server ({@code postgresql}), or empty for the embedded database. */
	public String scheme() {
		return server == null ? "" : server.getScheme(); //$NON-NLS-1$
	}

	/** Where the database is, for people: the data folder, or the server without user name or password. */
	public String describe() {
		if (server == null) {
			return dataFolder.toString();
		}
		String port = server.getPort() < 0 ? "" : ":" + server.getPort(); //$NON-NLS-1$ //$NON-NLS-2$
		return server.getScheme() + "://" + server.getHost() + port + (server.getPath() == null ? "" : server.getPath()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public String toString() {
		return describe();
	}
}
