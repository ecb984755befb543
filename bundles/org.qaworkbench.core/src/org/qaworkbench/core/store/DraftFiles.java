package org.qaworkbench.core.store;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.ecore.EObject;

/**
 * Drafts kept as files in the data folder ({@value #FOLDER}/N{@value #SUFFIX}, one small file per record being
 * edited), for when the database cannot keep them. Each file is written whole beside its place and then moved into
 * it in one step, so a crash or a full disk leaves the previous file or the new one, never half of either.
 */
final class DraftFiles {

	static final String FOLDER = "drafts"; //$NON-NLS-1$
	private static final String SUFFIX = ".draft"; //$NON-NLS-1$

	/** A kept draft: {@code serverId} is the draft on the server it stands for (0: none there yet). */
	record Kept(long number, long serverId, String title, Instant savedAt, EObject content) {
	}

	private final Path folder;

	DraftFiles(Path dataFolder) {
		this.folder = dataFolder.resolve(FOLDER);
	}

	Path folder() {
		return folder;
	}

	/** Writes the draft as file {@code number} (0: a new file), returns its number. */
	long keep(long number, long serverId, String title, EObject content, Actor owner) throws IOException {
		Files.createDirectories(folder);
		long kept = number != 0 ? number : numbers().max().orElse(0) + 1;
		Properties draft = new Properties();
		draft.setProperty("owner", owner.userId()); //$NON-NLS-1$
		draft.setProperty("serverId", Long.toString(serverId)); //$NON-NLS-1$
		draft.setProperty("title", title); //$NON-NLS-1$
		draft.setProperty("savedAt", Instant.now().toString()); //$NON-NLS-1$
		draft.setProperty("content", RecordXmi.write(content)); //$NON-NLS-1$
		StringWriter text = new StringWriter();
		draft.store(text, null);
		Path written = folder.resolve(kept + SUFFIX + ".tmp"); //$NON-NLS-1$
		try (FileChannel channel = FileChannel.open(written, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
			ByteBuffer bytes = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
			while (bytes.hasRemaining()) {
				channel.write(bytes);
			}
			channel.force(true); // on the disk before it takes the place of the previous file
		}
		Files.move(written, file(kept), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		return kept;
	}

	/** The drafts {@code owner} left here, newest first. A file that cannot be read is logged and left alone. */
	List<Kept> of(Actor owner) {
		List<Kept> kept = new ArrayList<>();
		numbers().forEach(number -> {
			try {
				Properties draft = read(number);
				if (owner.userId().equals(draft.getProperty("owner"))) { //$NON-NLS-1$
					kept.add(new Kept(number, Long.parseLong(draft.getProperty("serverId", "0")), draft.getProperty("title"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
							Instant.parse(draft.getProperty("savedAt")), RecordXmi.read(draft.getProperty("content")))); //$NON-NLS-1$ //$NON-NLS-2$
				}
			} catch (IOException | RuntimeException e) {
				ILog.of(DraftFiles.class).warn("Cannot read the draft " + file(number) + "; it is left as it is", e); //$NON-NLS-1$ //$NON-NLS-2$
			}
		});
		kept.sort(Comparator.comparing(Kept::savedAt).reversed());
		return kept;
	}

	/** The draft on the server that file {@code number} stands for; 0 when none (or no such file). */
	long serverId(long number) {
		try {
			return Files.exists(file(number)) ? Long.parseLong(read(number).getProperty("serverId", "0")) : 0; //$NON-NLS-1$ //$NON-NLS-2$
		} catch (IOException | RuntimeException e) {
			return 0;
		}
	}

	void delete(long number) {
		try {
			Files.deleteIfExists(file(number));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private Properties read(long number) throws IOException {
		Properties draft = new Properties();
		draft.load(new StringReader(Files.readString(file(number), StandardCharsets.UTF_8)));
		return draft;
	}

	private Path file(long number) {
		return folder.resolve(number + SUFFIX);
	}

	private LongStream numbers() {
		if (!Files.isDirectory(folder)) {
			return LongStream.empty();
		}
		try (Stream<Path> files = Files.list(folder)) {
			// Only whole files: a .tmp left by a crash while writing is not a draft.
			long[] numbers = files.map(path -> path.getFileName().toString()).filter(name -> name.matches("\\d+" + Pattern.quote(SUFFIX))) //$NON-NLS-1$
					.mapToLong(name -> Long.parseLong(name.substring(0, name.length() - SUFFIX.length()))).toArray();
			return LongStream.of(numbers);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
