package org.qaworkbench.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.product.tests.Launcher.Result;

class JavaVersionTest {

	@TempDir
	Path temp;

	@Test
	void aTooOldJavaIsNamedWithWhatIsNeeded() throws Exception {
		Path oldJdk = temp.resolve("jdk-17");
		Files.createDirectories(oldJdk.resolve("bin"));
		Files.writeString(oldJdk.resolve("release"), "JAVA_VERSION=\"17.0.15\"\n");
		Path java = Files.writeString(oldJdk.resolve("bin/java"), "#!/bin/sh\nexit 99\n");
		Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));

		Result refused = Launcher.qa(Map.of("JAVA_HOME", oldJdk.toString(), "PATH", pathWithoutJava().toString(), "QA_JDK_FOLDERS",
				temp.resolve("none/*").toString()), temp.resolve("data"), "info");

		assertEquals(1, refused.exitCode());
		assertEquals(1, refused.errLines().size(), refused.err());
		assertEquals("QA Workbench needs Java 21 or newer, but found Java 17 at " + oldJdk
				+ ". Install a JDK 21+ (for example Temurin 21) or set JAVA_HOME to one.", refused.errLines().get(0));
	}

	/** A PATH with the shell tools the launcher uses and no java, whatever this machine has in /usr/bin. */
	private Path pathWithoutJava() throws Exception {
		Path bin = Files.createDirectories(temp.resolve("bin"));
		for (String tool : new String[] { "bash", "env", "dirname", "basename", "readlink", "realpath", "sed", "head", "mkdir" }) {
			Path found = Path.of("/usr/bin", tool);
			Files.createSymbolicLink(bin.resolve(tool), Files.exists(found) ? found : Path.of("/bin", tool));
		}
		return bin;
	}
}
