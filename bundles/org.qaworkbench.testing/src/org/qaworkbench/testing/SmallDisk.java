package org.qaworkbench.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A small tmpfs mounted on a folder, to fill for real: the test run is root, on CI too. A machine where mounting is
 * not allowed fails the test with why, rather than skipping it. Unmounted on close.
 */
public final class SmallDisk implements AutoCloseable {

	private final Path folder;
	private int fillers;

	private SmallDisk(Path folder) {
		this.folder = folder;
	}

	public static SmallDisk mount(Path folder, int megabytes) throws IOException, InterruptedException {
		Files.createDirectories(folder);
		run("mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m", "tmpfs", folder.toString());
		return new SmallDisk(folder);
	}

	/** Writes a file until the disk says it is full; again after something was freed, another file. */
	public void fill() throws IOException {
		byte[] block = new byte[4096];
		try (OutputStream out = Files.newOutputStream(folder.resolve("filler-" + ++fillers))) {
			while (true) {
				out.write(block);
			}
		} catch (IOException full) {
			if (!String.valueOf(full.getMessage()).contains("No space left on device")) {
				throw full;
			}
		}
	}

	public void free() throws IOException {
		for (; fillers > 0; fillers--) {
			Files.delete(folder.resolve("filler-" + fillers));
		}
	}

	@Override
	public void close() throws IOException, InterruptedException {
		run("umount", "--lazy", folder.toString());
	}

	private static void run(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IOException(String.join(" ", command) + " failed (the full-disk tests need root, as CI has): " + output);
		}
	}
}
