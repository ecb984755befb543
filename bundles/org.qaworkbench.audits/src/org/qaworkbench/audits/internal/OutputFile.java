package org.qaworkbench.audits.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file whole or not at all: into a temporary file beside it, moved over the named file once complete, so a
 * failed export never leaves half a file (or spoils the one that was there).
 */
public final class OutputFile {

	/** What goes into the file. */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	private OutputFile() {
	}

	public static void write(Path file, Content content) throws IOException {
		Path target = file.toAbsolutePath();
		if (Files.isDirectory(target)) {
			throw new FileSystemException(target.toString(), null, "is a folder"); //$NON-NLS-1$
		}
		Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part"); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
				content.writeTo(out);
			}
			try {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temp);
		}
	}
}
