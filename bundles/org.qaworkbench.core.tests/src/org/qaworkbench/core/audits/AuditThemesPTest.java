package org.qaworkbench.core.audits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.InvalidRecordException;
import org.qaworkbench.core.store.StaleRecordException;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.testing.TestAccounts;
import org.qaworkbench.model.AuditTheme;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.Role;
import org.qaworkbench.model.StaffMember;

/** The editable list of audit themes, in a real store that starts with the six themes of the QA framework. */
class AuditThemesPTest {

	private static final Actor LEAD = new Actor("quality.lead");
	private static final List<String> SEEDED = List.of("12 months plus open cases", "CIN", "CSE/CE", "Domestic abuse", "Neglect",
			"Re-referrals within 12 months");

	@TempDir
	Path temp;

	private Store store;
	private AuditThemes themes;

	@BeforeEach
	void open() throws Exception {
		store = TestAccounts.open(temp.resolve("data"));
		// Editing themes is the quality lead's (the permission matrix): the list is changed as one.
		StaffMember lead = QaFactory.eINSTANCE.createStaffMember();
		lead.setName("Quinn Lead");
		lead.setUserId(LEAD.userId());
		lead.getRoles().add(Role.QUALITY_LEAD);
		store.records().save(lead, LEAD);
		themes = new AuditThemes(store.records());
	}

	@AfterEach
	void close() {
		store.close();
	}

	@Test
	void theSixThemesOfTheFrameworkAreOfferedInNameOrder() {
		assertEquals(SEEDED, names(themes.active()));
		assertEquals(SEEDED, names(themes.all()));
	}

	@Test
	void aThemeIsAddedWithTidySpacesAndOfferedInItsPlace() throws Exception {
		AuditTheme added = themes.add("  Criminal   exploitation ", LEAD);
		assertEquals("Criminal exploitation", added.getName());
		assertTrue(added.getId() > 0);
		assertEquals("quality.lead", added.getModifiedBy());
		assertEquals(List.of("12 months plus open cases", "CIN", "Criminal exploitation", "CSE/CE", "Domestic abuse", "Neglect",
				"Re-referrals within 12 months"), names(themes.active()));
	}

	@Test
	void aBlankOrTakenNameIsRefusedWithAClearMessageAndNothingChanges() {
		InvalidRecordException blank = assertThrows(InvalidRecordException.class, () -> themes.add("   ", LEAD));
		assertEquals("a theme needs a name", blank.problems().get(0).message());
		InvalidRecordException taken = assertThrows(InvalidRecordException.class, () -> themes.add(" neglect", LEAD));
		assertEquals("there is already a theme called 'Neglect'", taken.problems().get(0).message());
		assertEquals("name", taken.problems().get(0).field());
		assertEquals(SEEDED, names(themes.all()));
	}

	@Test
	void aThemeIsRenamedButNotToAnotherThemesName() throws Exception {
		AuditTheme cin = byName("CIN");
		AuditTheme renamed = themes.rename(cin, "Children in need", LEAD);
		assertEquals(cin.getId(), renamed.getId());
		assertTrue(names(themes.active()).contains("Children in need"));
		assertTrue(!names(themes.all()).contains("CIN"));

		InvalidRecordException taken = assertThrows(InvalidRecordException.class, () -> themes.rename(renamed, "cse/ce", LEAD));
		assertEquals("there is already a theme called 'CSE/CE'", taken.problems().get(0).message());
		assertEquals("Children In Need", themes.rename(renamed, "Children In Need", LEAD).getName(), "its own name in other capitals");
		assertThrows(InvalidRecordException.class, () -> themes.rename(renamed, "", LEAD));
		assertThrows(StaleRecordException.class, () -> themes.rename(renamed, "CIN cases", LEAD), "a copy read before the last change");
	}

	@Test
	void aRetiredThemeIsKeptButNoLongerOfferedAndAddingItBringsItBack() throws Exception {
		AuditTheme neglect = byName("Neglect");
		AuditTheme retired = themes.retire(neglect, LEAD);
		assertTrue(retired.isRetired());
		assertTrue(!names(themes.active()).contains("Neglect"), "no longer offered");
		assertTrue(names(themes.all()).contains("Neglect"), "still a theme");
		assertEquals("Neglect", store.records().find(AuditTheme.class, neglect.getId()).orElseThrow().getName());

		InvalidRecordException renameToRetired = assertThrows(InvalidRecordException.class, () -> themes.rename(byName("CIN"), "NEGLECT", LEAD));
		assertEquals("there is already a retired theme called 'Neglect': add it to offer it again", renameToRetired.problems().get(0).message());

		AuditTheme back = themes.add("Neglect", LEAD);
		assertEquals(neglect.getId(), back.getId(), "the same theme, offered again");
		assertEquals(SEEDED, names(themes.active()));
		assertEquals(SEEDED.size(), themes.all().size());
	}

	private AuditTheme byName(String name) {
		return themes.all().stream().filter(theme -> theme.getName().equals(name)).findFirst().orElseThrow();
	}

	private static List<String> names(List<AuditTheme> list) {
		return list.stream().map(AuditTheme::getName).toList();
	}
}
