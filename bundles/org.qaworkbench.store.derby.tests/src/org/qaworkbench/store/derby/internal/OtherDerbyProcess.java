package org.qaworkbench.store.derby.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;


/** A second JVM running Derby's own ij tool with a database open, as another QA Workbench would. */
final class OtherDerbyProcess implements AutoCloseable {

	private static final String PROMPT = "ij> ";
	private final Process process;

	private OtherDerbyProcess(Process process) {
		this.process = process;
	}

	static OtherDerbyProcess holding(Path database, Path workFolder) throws Exception {
		String java = ProcessHandle.current().info().command().orElse("java");
		Process process = new ProcessBuilder(java, "-cp", derbyClasspath(), "-Dderby.stream.error.file=" + workFolder.resolve("other-derby.log"),
				"org.apache.derby.tools.ij").redirectErrorStream(true).start();
		OtherDerbyProcess other = new OtherDerbyProcess(process);
		other.send("connect 'jdbc:derby:" + database + "';");
		other.awaitPrompts(2);
		return other;
	}

	private static String derbyClasspath() throws IOException {
		return String.join(java.io.File.pathSeparator, ChildJvm.derbyJars());
	}

	private void send(String line) throws IOException {
		OutputStream in = process.getOutputStream();
		in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
		in.flush();
	}

	/** Reads ij's output until it has prompted {@code count} times, i.e. has finished the command. */
	private void awaitPrompts(int count) throws IOException {
		InputStream out = process.getInputStream();
		StringBuilder seen = new StringBuilder();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (seen.toString().split(PROMPT, -1).length - 1 < count) {
			int next = out.read();
			if (next < 0 || System.nanoTime() > deadline) {
				throw new IllegalStateException("ij did not open the database: " + seen);
			}
			seen.append((char) next);
		}
		if (seen.toString().contains("ERROR")) {
			throw new IllegalStateException("ij could not open the database: " + seen);
		}
	}

	@Override
	public void close() throws Exception {
		send("exit;");
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			process.destroyForcibly();
		}
	}
}
