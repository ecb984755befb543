package org.qaworkbench.ui.internal.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.qaworkbench.core.Services;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.model.Locality;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.Role;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.ui.internal.Ui;

/** File &gt; Sign in as...: typing any part of a name, role or locality narrows the staff list; Enter signs in the match. */
class SignInDialogPTest {

	private static final QaFactory QA = QaFactory.eINSTANCE;
	private final String run = Long.toString(System.nanoTime() % 1_000_000L);

	@Test
	void typingAnyPartOfANameRoleOrLocalityNarrowsTheListAndEnterChoosesTheMatch() throws Exception {
		Store store = Services.get(Store.class);
		Locality quarry = save(store, locality("Quarry" + run));
		Locality dale = save(store, locality("Dale" + run));
		StaffMember ann = save(store, staff("Ann Smithson" + run, Role.TEAM_LEADER, quarry));
		StaffMember bob = save(store, staff("Bob Jones" + run, Role.PRACTITIONER, quarry));
		save(store, staff("Cat Brown" + run, Role.PRACTITIONER, dale)); // a practitioner elsewhere: never matched below
		List<StaffMember> everyone = SignInHandler.staff(store);
		assertTrue(everyone.size() >= 3);
		Shell main = Display.getCurrent().getActiveShell() != null ? Display.getCurrent().getActiveShell() : Display.getCurrent().getShells()[0];
		ChooseDialog<StaffMember> dialog = SignInHandler.dialog(main, store, everyone);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			assertEquals(everyone.size(), dialog.shown().size(), "every member of staff, not only the rows that fit");
			dialog.getShell().forceActive();
			dialog.filter().setFocus();
			Map<Long, String> localities = Map.of(quarry.getId(), quarry.getName(), dale.getId(), dale.getName());

			Ui.type("mithson" + run);
			Ui.spinUntil(() -> dialog.filter().getText().equals("mithson" + run), "the typed text in the field");
			assertEquals(List.of(SignInHandler.label(ann, localities)), dialog.shown(), "the middle of a surname matches");

			dialog.filter().selectAll();
			Ui.type("practitioner quarry" + run);
			Ui.spinUntil(() -> dialog.filter().getText().equals("practitioner quarry" + run), "the typed text in the field");
			assertEquals(List.of(SignInHandler.label(bob, localities)), dialog.shown(), "a role and a locality, in any case");

			Ui.type("\r");
			Ui.spinUntil(() -> dialog.getShell() == null, "Enter to close the dialog");
			assertEquals(Window.OK, dialog.getReturnCode());
			assertEquals(bob.getId(), dialog.chosen().getId());
		} finally {
			dialog.close();
		}
	}

	@Test
	void everyWordTypedMustOccurSomewhereInTheLine() {
		String line = "Ella Taylor  (team leader, Hadley Castle)  ella.taylor";
		assertTrue(ChooseDialog.matches(line, "castle TAY"));
		assertTrue(ChooseDialog.matches(line, "  "));
		assertEquals(false, ChooseDialog.matches(line, "taylor wrekin"));
	}

	private static <T extends org.qaworkbench.model.Identified> T save(Store store, T record) throws Exception {
		return store.records().save(record, new Actor("ui-test"));
	}

	private static Locality locality(String name) {
		Locality locality = QA.createLocality();
		locality.setName(name);
		return locality;
	}

	private StaffMember staff(String name, Role role, Locality locality) {
		StaffMember staff = QA.createStaffMember();
		staff.setName(name);
		staff.setInitials(name.replaceAll("[^A-Z]", ""));
		staff.setUserId(name.toLowerCase().replace(' ', '.'));
		staff.getRoles().add(role);
		staff.setLocality(locality);
		return staff;
	}
}
