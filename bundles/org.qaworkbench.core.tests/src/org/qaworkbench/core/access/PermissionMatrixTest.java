package org.qaworkbench.core.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.Role;
import org.qaworkbench.model.StaffMember;

/**
 * The README's permission matrix is the code's: its table ("Roles and what each may do") is read and compared cell
 * by cell with {@link Permissions}, so the documentation and the rule cannot drift. A cell starting with ✓ allows
 * (what follows is the relationship note), one with — refuses.
 */
class PermissionMatrixTest {

	private static final String HEADING = "## Roles and what each may do";
	private static final Pattern CONSTANT = Pattern.compile("\\(`([A-Z_]+)`\\)");

	@Test
	void theReadmeTableIsThePermissionMatrixCellByCell() throws IOException {
		Map<Permission, List<String>> table = readmeTable();
		assertEquals(Arrays.asList(Permission.values()), new ArrayList<>(table.keySet()), "every permission a row, in the enum's order");
		for (Map.Entry<Permission, List<String>> row : table.entrySet()) {
			for (Role role : Role.values()) {
				String cell = row.getValue().get(role.getValue());
				boolean documented;
				if (cell.startsWith("✓")) {
					documented = true;
				} else if (cell.equals("—")) {
					documented = false;
				} else {
					throw new AssertionError("a cell is ✓ (with a note) or —: " + row.getKey() + " / " + role + ": " + cell);
				}
				assertEquals(documented, Permissions.allows(holding(role), row.getKey()), row.getKey() + " for " + role.getLiteral());
			}
		}
	}

	@Test
	void nobodyMayDoAnything() {
		for (Permission permission : Permission.values()) {
			assertEquals(false, Permissions.allows(null, permission));
			assertTrue(Permissions.whyNot(null, permission).startsWith("You may not "));
		}
	}

	@Test
	void someoneWithSeveralRolesMayWhatAnyOfThemMay() {
		StaffMember both = holding(Role.PRACTITIONER);
		both.getRoles().add(Role.QUALITY_LEAD);
		assertTrue(Permissions.allows(both, Permission.RESPOND_TO_CASE_AUDIT));
		assertTrue(Permissions.allows(both, Permission.EDIT_THEMES));
		assertEquals(false, Permissions.allows(both, Permission.MODERATE_CASE_AUDIT));
		both.setName("Pat Both");
		assertEquals("You may not moderate a case audit (only: service delivery manager). You are signed in as Pat Both (practitioner, quality lead).",
				Permissions.whyNot(both, Permission.MODERATE_CASE_AUDIT));
	}

	/** Row by row: the permission named in the first cell, then the eight role columns in the Role enum's order. */
	private static Map<Permission, List<String>> readmeTable() throws IOException {
		List<String> lines = Files.readAllLines(readme(), StandardCharsets.UTF_8);
		int start = lines.indexOf(HEADING);
		assertTrue(start >= 0, "the README has the section " + HEADING);
		Map<Permission, List<String>> table = new EnumMap<>(Permission.class);
		boolean header = false;
		for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
			String line = lines.get(i);
			if (!line.startsWith("|")) {
				if (header) {
					break;
				}
				continue;
			}
			List<String> cells = Arrays.stream(line.substring(1, line.lastIndexOf('|')).split("\\|")).map(String::strip).toList();
			if (!header) {
				List<String> roles = Arrays.stream(Role.values()).map(role -> role.getLiteral().toLowerCase(Locale.UK)).toList();
				assertEquals(roles, cells.subList(1, cells.size()), "the columns are the roles, in order");
				header = true;
				continue;
			}
			if (cells.get(0).startsWith("---")) {
				continue;
			}
			Matcher constant = CONSTANT.matcher(cells.get(0));
			if (!constant.find()) {
				fail("a row names its permission as (`NAME`): " + line);
			}
			assertEquals(9, cells.size(), line);
			table.put(Permission.valueOf(constant.group(1)), cells.subList(1, cells.size()));
		}
		return table;
	}

	private static StaffMember holding(Role role) {
		StaffMember staff = QaFactory.eINSTANCE.createStaffMember();
		staff.setName("Someone");
		staff.getRoles().add(role);
		return staff;
	}

	/** The project's README, found from the test's working folder upwards. */
	private static Path readme() throws IOException {
		for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
			Path readme = folder.resolve("README.md");
			if (Files.isRegularFile(readme) && Files.exists(folder.resolve("bundles"))) {
				return readme;
			}
		}
		throw new IOException("README.md not found above " + Path.of("").toAbsolutePath());
	}
}
