package org.qaworkbench.product.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the materialized product's launcher scripts, as a user would from a terminal. */
final class Launcher {

	static final Path PRODUCT = Path.of(System.getProperty("qa.product", "target/missing-product"));

	/** What a finished command printed, and how it ended. */
	record Result(int exitCode, String out, String err) {
		List<String> errLines() {
			return err.lines().toList();
		}
	}

	private Launcher() {
	}

	static Result qa(Path dataFolder, String... arguments) throws IOException, InterruptedException {
		return qa(Map.of(), dataFolder, arguments);
	}

	/** Runs qa with extra environment variables. */
	static Result qa(Map<String, String> environment, Path dataFolder, String... arguments) throws IOException, InterruptedException {
		Path out = Files.createTempFile("qa-out", ".txt");
		Path err = Files.createTempFile("qa-err", ".txt");
		Process process = start("qa", environment, dataFolder, out, err, arguments);
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("qa did not finish within 60 s");
		}
		return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
	}

	/** Starts qa without waiting for it, for a test that interrupts it; output goes to the given files. */
	static Process startQa(Path dataFolder, Path out, Path err, String... arguments) throws IOException {
		return start("qa", Map.of(), dataFolder, out, err, arguments);
	}

	/** Starts the desktop application; output goes to files in the data folder's parent. */
	static Process workbench(Path dataFolder, Path stdout, Path stderr) throws IOException {
		return start("qa-workbench", Map.of(), dataFolder, stdout, stderr);
	}

	private static Process start(String launcher, Map<String, String> environment, Path dataFolder, Path out, Path err, String... arguments)
			throws IOException {
		Path script = PRODUCT.resolve(launcher);
		if (!Files.isExecutable(script)) {
			throw new AssertionError("No launcher at " + script + ": build the product first (the reactor does)");
		}
		List<String> command = new ArrayList<>(List.of(script.toString(), "--data", dataFolder.toString()));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
		builder.environment().remove("QA_WORKBENCH_DATA");
		builder.environment().putAll(environment);
		return builder.start();
	}
}
