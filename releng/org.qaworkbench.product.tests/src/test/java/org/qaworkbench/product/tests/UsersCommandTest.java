package org.qaworkbench.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.product.tests.Launcher.Result;

/** Commands sign in, and {@code qa users} keeps the accounts, through the installed launcher. */
class UsersCommandTest {

	private static final String WRONG = "The user name or password is not right.";

	@TempDir
	Path temp;

	@Test
	void anAdministratorKeepsTheAccountsAndEveryCommandSignsIn() throws Exception {
		Path data = temp.resolve("data");
		Result first = Launcher.qa(as("ada.admin", "adas-password", "adas-password"), data, "users", "add", "ada.admin", "--name", "Ada Admin", "--role",
				"administrator");
		assertEquals(0, first.exitCode(), first.err());
		assertTrue(first.out().contains("Created the first administrator, ada.admin"), first.out());

		Result added = Launcher.qa(as("ada.admin", "adas-password", "sams-password"), data, "users", "add", "sam.worker", "--name", "Sam Worker", "--role",
				"PRACTITIONER");
		assertEquals(0, added.exitCode(), added.err());
		assertTrue(added.out().contains("Added Sam Worker (sam.worker) to the staff list as Practitioner"), added.out());

		Result list = Launcher.qa(as("ada.admin", "adas-password", null), data, "users", "list");
		assertEquals(0, list.exitCode(), list.err());
		assertEquals(List.of("ada.admin\tAda Admin\tAdministrator\tenabled", "sam.worker\tSam Worker\tPractitioner\tenabled"), list.out().lines().toList());

		Result notAdministrator = Launcher.qa(as("sam.worker", "sams-password", null), data, "users", "disable", "ada.admin");
		assertEquals(1, notAdministrator.exitCode());
		assertEquals(List.of("qa: Only an administrator may manage accounts, and sam.worker is not one."), notAdministrator.errLines());

		Result wrongPassword = Launcher.qa(as("sam.worker", "not-sams-password", null), data, "info");
		Result unknownUser = Launcher.qa(as("nobody.here", "sams-password", null), data, "info");
		assertEquals(1, wrongPassword.exitCode());
		assertEquals(List.of("qa: " + WRONG + " Check both and try again."), wrongPassword.errLines());
		assertEquals(wrongPassword.errLines(), unknownUser.errLines(), "the same words for an unknown user");

		assertEquals(0, Launcher.qa(as("ada.admin", "adas-password", null), data, "users", "disable", "sam.worker").exitCode());
		Result disabled = Launcher.qa(as("sam.worker", "sams-password", null), data, "info");
		assertEquals(1, disabled.exitCode());
		assertTrue(disabled.err().contains("The account sam.worker is disabled"), disabled.err());

		Result lastAdministrator = Launcher.qa(as("ada.admin", "adas-password", null), data, "users", "disable", "ada.admin");
		assertEquals(1, lastAdministrator.exitCode());
		assertTrue(lastAdministrator.err().contains("last administrator"), lastAdministrator.err());

		Result noPassword = Launcher.qa(Map.of("QA_USER", "ada.admin", "QA_PASSWORD", ""), data, "info");
		assertEquals(2, noPassword.exitCode());
		assertTrue(noPassword.err().contains("set QA_PASSWORD (or QA_PASSWORD_FILE"), noPassword.err());

		Path passwordFile = Files.writeString(temp.resolve("password"), "adas-password\n");
		Result fromFile = Launcher.qa(Map.of("QA_USER", "ada.admin", "QA_PASSWORD", "", "QA_PASSWORD_FILE", passwordFile.toString()), data, "info");
		assertEquals(0, fromFile.exitCode(), fromFile.err());
	}

	@Test
	void everyDemoPersonSignsInWithTheDemoPassword() throws Exception {
		Path data = temp.resolve("demo");
		Result demo = Launcher.qa(data, "demo-data", "--seed", "5");
		assertEquals(0, demo.exitCode(), demo.err());
		assertTrue(demo.out().contains("Sign in as alex.morrison (administrator and quality lead)") && demo.out().contains("demo-password-2026"), demo.out());

		List<String> accounts = Launcher.qa(data, "users", "list").out().lines().toList();
		assertTrue(accounts.size() > 30, "every demo person: " + accounts);
		String practitioner = accounts.stream().filter(line -> line.contains("\tPractitioner\t")).findFirst().orElseThrow().split("\t")[0];
		Result signedIn = Launcher.qa(as(practitioner, "demo-password-2026", null), data, "audits", "list", "--state", "closed");
		assertEquals(0, signedIn.exitCode(), signedIn.err());
		assertFalse(Files.readString(data.resolve("keyring.properties")).contains("demo-password-2026"), "no password in the keyring");
	}

	/** Signs in as {@code user} with {@code password}; {@code newPassword} for qa users add and reset-password. */
	private static Map<String, String> as(String user, String password, String newPassword) {
		return newPassword == null ? Map.of("QA_USER", user, "QA_PASSWORD", password) : Map.of("QA_USER", user, "QA_PASSWORD", password, "QA_NEW_PASSWORD", newPassword);
	}
}
