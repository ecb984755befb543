package org.qaworkbench.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.internal.Messages;

/**
 * The room left on the disk that holds a data folder. Below {@link #LOW} the user is told at start, while saving
 * still works; below {@link #FULL} a failed write is taken for a full disk.
 */
public final class DiskSpace {

	/** A year of audits takes a few megabytes; the database also needs room for its log and checkpoints. */
	public static final long LOW = 100L << 20;
	/** Less than one database log file (1 MB): nothing can be relied on to be written. */
	public static final long FULL = 1L << 20;

	private DiskSpace() {
	}

	/** The bytes this process may still write on the disk of {@code folder} (or its nearest existing parent). */
	public static long usable(Path folder) {
		for (Path existing = folder.toAbsolutePath(); existing != null; existing = existing.getParent()) {
			if (Files.exists(existing)) {
				try {
					return Files.getFileStore(existing).getUsableSpace();
				} catch (IOException e) {
					return Long.MAX_VALUE; // cannot tell: assume there is room and let the write itself say
				}
			}
		}
		return Long.MAX_VALUE;
	}

	public static boolean isFull(Path folder) {
		return usable(folder) < FULL;
	}

	/** What to tell the user when the disk of the data folder is nearly full; empty when there is room. */
	public static Optional<String> lowSpaceWarning(Path dataFolder) {
		return lowSpaceWarning(dataFolder, usable(dataFolder));
	}

	static Optional<String> lowSpaceWarning(Path dataFolder, long usable) {
		return usable >= LOW ? Optional.empty() : Optional.of(NLS.bind(Messages.DiskSpace_low, usable >> 20, dataFolder));
	}
}
