package org.qaworkbench.caseaudit.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Map;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qaworkbench.core.Services;
import org.qaworkbench.core.checklists.Relevance;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.model.Allocation;
import org.qaworkbench.model.Case;
import org.qaworkbench.model.Child;
import org.qaworkbench.model.Item;
import org.qaworkbench.model.Locality;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.Role;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.ui.internal.SignedIn;
import org.qaworkbench.ui.internal.editor.ChecklistEditor;
import org.qaworkbench.ui.internal.editor.Editors;
import org.qaworkbench.ui.internal.handlers.NewChecklistHandler;

/**
 * The case audit's header and grades refuse impossible values at the field, judged against the application's clock:
 * an audit dated after today, a date of birth after the allocation, a grade off the scale.
 */
class CaseAuditHeaderValuesPTest {

	private static final QaFactory QA = QaFactory.eINSTANCE;
	/** Today for the application: before the machine's today, so a refusal of a later date shows the clock is the application's. */
	private static final Instant AUDIT_DAY = Instant.parse("2026-11-16T10:00:00Z");

	private final String run = Long.toString(System.nanoTime() % 1_000_000_000L);
	private Store store;

	@AfterEach
	void dropDraftsAndClock() {
		store.drafts().of(window().getContext().get(SignedIn.class).actor()).forEach(draft -> store.drafts().discard(draft.id()));
		window().getContext().get(MApplication.class).getContext().remove(Clock.class);
	}

	@Test
	void headerDatesAndGradesTheRulesRefuseSayWhyBesideTheGrid() throws Exception {
		store = Services.get(Store.class);
		window().getContext().get(MApplication.class).getContext().set(Clock.class, Clock.fixed(AUDIT_DAY, ZoneId.of("Europe/London")));
		Locality locality = save(locality("Ketley " + run));
		StaffMember auditor = save(staff("Terry Leader", "tl" + run, Role.TEAM_LEADER, locality));
		StaffMember worker = save(staff("Pat Worker", "pw" + run, Role.PRACTITIONER, locality));
		SignedIn signedIn = window().getContext().get(SignedIn.class);
		org.qaworkbench.testing.StaffAccounts.signIn(auditor.getUserId(), signedIn::signIn);
		CaseAuditEditorPart part = open(NewChecklistHandler.start(save(aCase(locality, worker)), "org.qaworkbench.checklists.caseaudit",
				LocalDate.of(2026, 11, 9), store, signedIn));
		ChecklistEditor editor = part.editor();
		Map<String, Item> items = Relevance.itemsById(editor.definition());
		String auditDate = answer(editor, "details-audit-date");
		assertEquals("2016-05-04", answer(editor, "details-dob"), "filled from the case record");

		assertFalse(editor.typed(items.get("details-audit-date"), "20/11/2026"));
		assertTrue(editor.progressText().contains("'20/11/2026' was not kept: 20/11/2026 is after today (16/11/2026): this date cannot be in the future."),
				editor.progressText());
		assertFalse(editor.typed(items.get("details-dob"), "02/06/2026"));
		assertTrue(editor.progressText().contains("02/06/2026 is after 01/06/2026, the answer to 'Date allocated (current case worker)'"), editor.progressText());
		editor.select(editor.rowOf("basic-1"));
		type(editor, '9');
		assertTrue(editor.progressText().contains("The key 9 was not taken: 9 is not a grade on the scale Quality of case file measure (1, 2, 3, 4, 5)."),
				editor.progressText());

		assertEquals("2016-05-04", answer(editor, "details-dob"), "the refused values changed nothing");
		assertEquals(auditDate, answer(editor, "details-audit-date"));
		assertEquals(null, answer(editor, "basic-1"));
		assertTrue(editor.typed(items.get("details-audit-date"), "16/11/2026"), editor.progressText());
		close(part);
	}

	private static String answer(ChecklistEditor editor, String itemId) {
		return editor.assessment().getAnswers().stream().filter(a -> a.getItemId().equals(itemId) && a.getFileIndex() == 0).map(a -> a.getValue()).findFirst()
				.orElse(null);
	}

	private Case aCase(Locality locality, StaffMember worker) {
		Case made = QA.createCase();
		made.setCaseNumber("LLV" + run);
		Child child = QA.createChild();
		child.setName("Robin Example");
		child.setDateOfBirth(LocalDate.of(2016, 5, 4));
		made.setChild(child);
		made.setLocality(locality);
		Allocation allocation = QA.createAllocation();
		allocation.setWorker(worker);
		allocation.setAllocatedOn(LocalDate.of(2026, 6, 1));
		made.getAllocations().add(allocation);
		return made;
	}

	private static Locality locality(String name) {
		Locality locality = QA.createLocality();
		locality.setName(name);
		return locality;
	}

	private static StaffMember staff(String name, String userId, Role role, Locality locality) {
		StaffMember staff = QA.createStaffMember();
		staff.setName(name);
		staff.setUserId(userId);
		staff.getRoles().add(role);
		staff.setLocality(locality);
		return staff;
	}

	private <T extends org.qaworkbench.model.Identified> T save(T record) throws Exception {
		return store.records().save(record, Actor.localUser());
	}

	private static CaseAuditEditorPart open(org.qaworkbench.model.Assessment audit) {
		MWindow window = window();
		MPart part = Editors.open(audit, window.getContext().get(MApplication.class), window.getContext().get(EModelService.class),
				window.getContext().get(EPartService.class));
		return (CaseAuditEditorPart) part.getObject();
	}

	private static void close(CaseAuditEditorPart editor) {
		EPartService parts = window().getContext().get(EPartService.class);
		parts.getParts().stream().filter(part -> part.getObject() == editor).findFirst().ifPresent(part -> parts.hidePart(part, true));
	}

	private static void type(ChecklistEditor editor, char key) {
		Event event = new Event();
		event.character = key;
		event.keyCode = Character.toLowerCase(key);
		editor.table().notifyListeners(SWT.KeyDown, event);
	}

	private static MWindow window() {
		return (MWindow) Arrays.stream(Display.getCurrent().getShells()).filter(s -> s.getData("modelElement") instanceof MWindow)
				.map(s -> s.getData("modelElement")).findFirst().orElseThrow();
	}
}
