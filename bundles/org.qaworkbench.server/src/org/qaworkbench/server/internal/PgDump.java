package org.qaworkbench.server.internal;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;

/**
 * A backup of a team database with PostgreSQL's own tool: {@code pg_dump --format=custom}, which {@code pg_restore}
 * brings back. The password goes to pg_dump in its environment (PGPASSWORD), never on its command line. Where
 * pg_dump is not installed, the exact command to run elsewhere is the answer.
 */
final class PgDump {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss"); //$NON-NLS-1$
	private final List<Path> searchPath;

	PgDump(List<Path> searchPath) {
		this.searchPath = searchPath;
	}

	/** The PATH, then where Debian/Ubuntu and the Windows installer put the server's programs, newest first. */
	static PgDump installed() {
		List<Path> folders = new ArrayList<>();
		for (String entry : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) { //$NON-NLS-1$ //$NON-NLS-2$
			if (!entry.isBlank()) {
				folders.add(Path.of(entry));
			}
		}
		folders.addAll(versionFolders(Path.of("/usr/lib/postgresql"), "bin")); //$NON-NLS-1$ //$NON-NLS-2$
		folders.addAll(versionFolders(Path.of("C:\\Program Files\\PostgreSQL"), "bin")); //$NON-NLS-1$ //$NON-NLS-2$
		return new PgDump(folders);
	}

	Optional<Path> find() {
		for (Path folder : searchPath) {
			for (String name : List.of("pg_dump", "pg_dump.exe")) { //$NON-NLS-1$ //$NON-NLS-2$
				Path candidate = folder.resolve(name);
				if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
					return Optional.of(candidate);
				}
			}
		}
		return Optional.empty();
	}

	/** Where a dump of {@code address} made now goes in {@code folder}. */
	static Path fileFor(ServerAddress address, Path folder) {
		return folder.toAbsolutePath().resolve(address.database() + "-" + LocalDateTime.now().format(STAMP) + ".dump"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The command a person runs to make the same dump, for a machine where pg_dump is installed. */
	static String command(ServerAddress address, String user, Path file) {
		return "pg_dump --format=custom --file=\"" + file + "\" \"" + libpqUri(address, user) + "\""; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** Dumps the database into {@code file}; refuses with pg_dump's own words when it fails. {@code password} may be null. */
	Path dump(Path pgDump, ServerAddress address, String user, String password, Path file) throws ServerException, IOException, InterruptedException {
		Files.createDirectories(file.getParent());
		ProcessBuilder builder = new ProcessBuilder(pgDump.toString(), "--format=custom", "--no-password", //$NON-NLS-1$ //$NON-NLS-2$
				"--file=" + file, "--dbname=" + libpqUri(address, user)).redirectErrorStream(true); //$NON-NLS-1$ //$NON-NLS-2$
		if (password != null) { // else pg_dump finds it in ~/.pgpass, as psql would
			builder.environment().put(PasswordSource.PGPASSWORD, password);
		}
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		if (process.waitFor() != 0) {
			Files.deleteIfExists(file);
			throw new ServerException(NLS.bind(Messages.Backup_failed, address, output));
		}
		return file;
	}

	/** libpq's form of the address: the same as ours with the user in it, settings such as sslmode kept. */
	private static String libpqUri(ServerAddress address, String user) {
		return "postgresql://" + user + "@" + address.host() + ":" + address.port() + "/" + address.database() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				+ (address.query().isEmpty() ? "" : "?" + address.query()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static List<Path> versionFolders(Path root, String child) {
		if (!Files.isDirectory(root)) {
			return List.of();
		}
		try (Stream<Path> versions = Files.list(root)) {
			return versions.filter(path -> path.getFileName().toString().matches("\\d+(\\.\\d+)?")) //$NON-NLS-1$
					.sorted(Comparator.comparing((Path path) -> Double.parseDouble(path.getFileName().toString())).reversed())
					.map(path -> path.resolve(child)).toList();
		} catch (IOException e) {
			return List.of(); // an unreadable folder holds no pg_dump we could run
		}
	}
}
