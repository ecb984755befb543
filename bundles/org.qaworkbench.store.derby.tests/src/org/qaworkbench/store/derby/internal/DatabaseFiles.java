package org.qaworkbench.store.derby.internal;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads every file under a folder as bytes, to look for text that must not be there in clear. */
final class DatabaseFiles {

	private static final List<Charset> ENCODINGS = List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE);

	private DatabaseFiles() {
	}

	/** The files under {@code folder} holding {@code text} in UTF-8 or UTF-16 (Derby keeps strings in modified UTF-8). */
	static List<Path> containing(Path folder, String text) throws IOException {
		List<byte[]> needles = new ArrayList<>();
		for (Charset encoding : ENCODINGS) {
			needles.add(text.getBytes(encoding));
		}
		return containing(folder, needles);
	}

	static List<Path> containing(Path folder, List<byte[]> needles) throws IOException {
		List<Path> found = new ArrayList<>();
		try (var files = Files.walk(folder)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				byte[] content = Files.readAllBytes(file);
				if (needles.stream().anyMatch(needle -> indexOf(content, needle) >= 0)) {
					found.add(file);
				}
			}
		}
		return found;
	}

	static long fileCount(Path folder) throws IOException {
		try (var files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).count();
		}
	}

	private static int indexOf(byte[] content, byte[] needle) {
		outer: for (int i = 0; i <= content.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (content[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}
}
