package org.qaworkbench.product.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Runs the materialized product's launcher scripts, as a user would from a terminal. */
final class Launcher {

	static final Path PRODUCT = Path.of(System.getProperty("qa.product", "target/missing-product"));
	/** The administrator qa demo-data makes, and the demo password every demo person has (README, "Run it"). */
	static final String DEMO_USER = "alex.morrison";
	static final String DEMO_PASSWORD = "demo-password-2026";
	/**
	 * Every process signs in as the demo administrator, with the password in the environment as automation gives it
	 * (qa demo-data makes them; on another new data folder the first command or start makes them its first
	 * administrator); a test's own variables win. Only {@link #workbenchToSignIn} starts without them.
	 */
	private static final Map<String, String> SIGNED_IN = Map.of("QA_USER", DEMO_USER, "QA_PASSWORD", DEMO_PASSWORD, "QA_NEW_PASSWORD", DEMO_PASSWORD);

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
		return qa(PRODUCT, environment, dataFolder, arguments);
	}

	/** Runs qa of the installation in {@code home}, e.g. a {@link #copyOfProduct copy} of the product. */
	static Result qa(Path home, Map<String, String> environment, Path dataFolder, String... arguments) throws IOException, InterruptedException {
		Path out = Files.createTempFile("qa-out", ".txt");
		Path err = Files.createTempFile("qa-err", ".txt");
		Process process = start(home, "qa", signedIn(environment), dataFolder, out, err, arguments);
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("qa did not finish within 60 s");
		}
		return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
	}

	/** Starts qa without waiting for it: to run two at once, or to kill one. */
	static Process startQa(Path dataFolder, Path stdout, Path stderr, String... arguments) throws IOException {
		return start(PRODUCT, "qa", SIGNED_IN, dataFolder, stdout, stderr, arguments);
	}

	/** Starts the desktop application; output goes to files in the data folder's parent. */
	static Process workbench(Path dataFolder, Path stdout, Path stderr) throws IOException {
		return workbench(PRODUCT, dataFolder, stdout, stderr);
	}

	/** Starts the desktop application with launcher arguments, such as {@code --server URL}, and extra environment variables. */
	static Process workbench(Map<String, String> environment, Path dataFolder, Path stdout, Path stderr, String... arguments) throws IOException {
		return start(PRODUCT, "qa-workbench", signedIn(environment), dataFolder, stdout, stderr, arguments);
	}

	/** Starts the desktop application at its sign-in dialog (or first administrator's), for the test to type into. */
	static Process workbenchToSignIn(Map<String, String> environment, Path dataFolder, Path stdout, Path stderr, String... arguments) throws IOException {
		return start(PRODUCT, "qa-workbench", environment, dataFolder, stdout, stderr, arguments);
	}

	/** Starts the desktop application of the installation in {@code home}. */
	static Process workbench(Path home, Path dataFolder, Path stdout, Path stderr) throws IOException {
		return start(home, "qa-workbench", SIGNED_IN, dataFolder, stdout, stderr);
	}

	/** The installation in {@code home} at its sign-in dialog. */
	static Process workbenchToSignIn(Path home, Path dataFolder, Path stdout, Path stderr) throws IOException {
		return start(home, "qa-workbench", Map.of(), dataFolder, stdout, stderr);
	}

	/** Starts the desktop application of the installation in {@code home} with extra environment variables. */
	static Process workbench(Path home, Map<String, String> environment, Path dataFolder, Path stdout, Path stderr) throws IOException {
		return start(home, "qa-workbench", signedIn(environment), dataFolder, stdout, stderr);
	}

	/** The environment of a process that signs in through automation: {@link #SIGNED_IN}, then the test's own. */
	private static Map<String, String> signedIn(Map<String, String> environment) {
		Map<String, String> signedIn = new HashMap<>(SIGNED_IN);
		signedIn.putAll(environment);
		return signedIn;
	}

	/**
	 * Puts the demo data of seed 5 into the new data folder {@code dataFolder}: a copy of one made by {@code qa
	 * demo-data --seed 5} once per test run (each run of it takes about 12 s), for the tests that start from demo data
	 * rather than test making it.
	 */
	static void demoData(Path dataFolder) throws IOException, InterruptedException {
		Path template = demoTemplate();
		try (Stream<Path> files = Files.walk(template)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Files.copy(file, dataFolder.resolve(template.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
			}
		}
	}

	private static Path demoTemplate;

	private static synchronized Path demoTemplate() throws IOException, InterruptedException {
		if (demoTemplate == null) {
			Path folder = Files.createTempDirectory(Path.of("target"), "demo-data-seed-5").resolve("data").toAbsolutePath();
			Result demo = qa(folder, "demo-data", "--seed", "5");
			if (demo.exitCode() != 0) {
				throw new AssertionError("qa demo-data --seed 5 failed: " + demo.err());
			}
			demoTemplate = folder;
		}
		return demoTemplate;
	}

	/**
	 * Copies the product into {@code target}, with its configuration area as the build left it: a fresh installation
	 * whose framework state no other test has touched.
	 */
	static Path copyOfProduct(Path target) throws IOException {
		if (!Files.isExecutable(PRODUCT.resolve("qa"))) {
			throw new AssertionError("No product at " + PRODUCT + ": build it first (the reactor does)");
		}
		try (Stream<Path> files = Files.walk(PRODUCT)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Path relative = PRODUCT.relativize(file);
				if (!isFrameworkState(relative)) {
					Files.copy(file, target.resolve(relative.toString()), StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
		}
		return target;
	}

	/** What the framework writes into the configuration area as it runs; the build writes the rest. */
	private static boolean isFrameworkState(Path relative) {
		return relative.getNameCount() > 1 && relative.getName(0).toString().equals("configuration")
				&& !Set.of("config.ini", "org.eclipse.equinox.simpleconfigurator", "org.eclipse.update").contains(relative.getName(1).toString());
	}

	private static Process start(Path home, String launcher, Map<String, String> environment, Path dataFolder, Path out, Path err, String... arguments)
			throws IOException {
		Path script = home.resolve(launcher);
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
