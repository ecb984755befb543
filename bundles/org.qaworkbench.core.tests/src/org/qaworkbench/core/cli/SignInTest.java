package org.qaworkbench.core.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.core.cli.Options.UsageException;

class SignInTest {

	@TempDir
	Path temp;

	private final List<String> prompts = new ArrayList<>();

	@Test
	void theUserIsTheAsOptionElseQaUserElseTheOperatingSystemUser() {
		assertEquals("jo", signIn(Map.of("QA_USER", "sam")).userName("jo"));
		assertEquals("sam", signIn(Map.of("QA_USER", "sam")).userName(null));
		assertEquals(System.getProperty("user.name"), signIn(Map.of()).userName(" "));
	}

	@Test
	void thePasswordComesFromQaPasswordBeforeItsFile() throws Exception {
		Path file = Files.writeString(temp.resolve("password"), "from-the-file\n");

		assertArrayEquals("from-the-variable".toCharArray(), signIn(Map.of("QA_PASSWORD", "from-the-variable", "QA_PASSWORD_FILE", file.toString())).password("sam"));
		assertArrayEquals("from-the-file".toCharArray(), signIn(Map.of("QA_PASSWORD_FILE", file.toString())).password("sam"), "the first line, without its end");
		assertTrue(prompts.isEmpty(), "nobody was asked");
	}

	@Test
	void withoutEitherThePasswordIsTypedAtAPrompt() throws Exception {
		SignIn signIn = signIn(Map.of());

		assertArrayEquals("typed".toCharArray(), signIn.password("sam"));
		assertEquals(List.of("Password for sam: "), prompts);
		assertFalse(signIn.passwordIsGiven());
	}

	@Test
	void withNoConsoleTheMessageNamesTheVariablesToSet() {
		UsageException refused = assertThrows(UsageException.class, () -> new SignIn(Map.<String, String> of()::get, null).password("sam"));

		assertTrue(refused.getMessage().contains("QA_PASSWORD"), refused.getMessage());
		assertTrue(refused.getMessage().contains("QA_PASSWORD_FILE"), refused.getMessage());
	}

	@Test
	void anUnreadablePasswordFileIsNamed() {
		Path missing = temp.resolve("no-such-file");
		UsageException refused = assertThrows(UsageException.class, () -> signIn(Map.of("QA_PASSWORD_FILE", missing.toString())).password("sam"));

		assertTrue(refused.getMessage().contains(missing.toString()), refused.getMessage());
	}

	@Test
	void aNewPasswordTypedTwiceMustMatch() throws Exception {
		SignIn differing = new SignIn(Map.<String, String> of()::get, prompt -> {
			prompts.add(prompt);
			return (prompts.size() == 1 ? "first-try" : "second-try").toCharArray();
		});
		SignIn matching = new SignIn(Map.<String, String> of()::get, prompt -> "the-same-twice".toCharArray());
		SignIn automated = signIn(Map.of("QA_NEW_PASSWORD", "from-automation"));

		assertThrows(UsageException.class, () -> differing.newPassword("sam"));
		assertArrayEquals("the-same-twice".toCharArray(), matching.newPassword("sam"));
		assertArrayEquals("from-automation".toCharArray(), automated.newPassword("sam"));
	}

	private SignIn signIn(Map<String, String> environment) {
		return new SignIn(environment::get, prompt -> {
			prompts.add(prompt);
			return "typed".toCharArray();
		});
	}
}
