package org.qaworkbench.store.jdbc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.qaworkbench.core.store.InvalidRecordException;
import org.qaworkbench.core.store.InvalidRecordException.Problem;
import org.qaworkbench.core.store.StaleRecordException;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.AssessmentState;
import org.qaworkbench.model.Case;
import org.qaworkbench.model.Identified;
import org.qaworkbench.model.KeyDate;
import org.qaworkbench.model.KeyDateKind;
import org.qaworkbench.model.RemedialAction;
import org.qaworkbench.model.Role;
import org.qaworkbench.model.StaffMember;

abstract class RecordsContract extends StoreTestCase {

	@Test
	void aSavedCaseComesBackWithEveryValue() throws Exception {
		StaffMember worker = fixture.staff("Jo Practitioner");
		Case saved = fixture.store.records().save(Samples.aCase("LL100", worker), StoreFixture.ALEX);

		assertTrue(saved.getId() > 0);
		assertEquals(1, saved.getRowVersion());
		assertEquals("alex", saved.getModifiedBy());
		Case loaded = fixture.store.records().find(Case.class, saved.getId()).orElseThrow();
		assertTrue(EcoreUtil.equals(withoutProxies(saved), withoutProxies(loaded)), "every value round-trips");
		assertEquals(LocalDate.of(2015, 6, 1), loaded.getChild().getDateOfBirth());
		assertEquals(worker.getId(), loaded.getAllocations().get(0).getWorker().getId(), "references come back as proxies with their id");
		assertEquals("Jo Practitioner", fixture.store.records().resolve(loaded.getAllocations().get(0).getWorker()).orElseThrow().getName());
	}

	@Test
	void listsOfValuesAndReferencesRoundTrip() throws Exception {
		StaffMember manager = fixture.staff("Pat Manager");
		StaffMember staff = Samples.QA.createStaffMember();
		staff.setName("Jo Senior");
		staff.getRoles().add(Role.SENIOR_PRACTITIONER);
		staff.getRoles().add(Role.PRACTITIONER);
		staff.setLineManager(manager);
		StaffMember loaded = fixture.store.records().find(StaffMember.class, fixture.store.records().save(staff, StoreFixture.ALEX).getId()).orElseThrow();
		assertEquals(List.of(Role.SENIOR_PRACTITIONER, Role.PRACTITIONER), loaded.getRoles());
		assertEquals(manager.getId(), loaded.getLineManager().getId());

		Assessment audit = Samples.audit(definitionHash, 3, "LL1");
		audit.getAssessors().add(manager);
		audit.getAssessors().add(loaded);
		Assessment savedAudit = fixture.store.records().find(Assessment.class, fixture.store.records().save(audit, StoreFixture.ALEX).getId()).orElseThrow();
		assertEquals(List.of(manager.getId(), loaded.getId()), savedAudit.getAssessors().stream().map(StaffMember::getId).toList());
		assertEquals(4, savedAudit.getAnswers().size());
		assertEquals("Y", savedAudit.getAnswers().get(3).getValue());
	}

	@Test
	void aStaleSaveIsRefusedNamingWhoChangedItAndTheirDataStands() throws Exception {
		Case original = fixture.store.records().save(Samples.aCase("LL200", fixture.staff("Jo")), StoreFixture.ALEX);
		Case alexCopy = EcoreUtil.copy(original);
		Case samCopy = EcoreUtil.copy(original);

		samCopy.setFamilyNames("Jones");
		Case samSaved = fixture.store.records().save(samCopy, StoreFixture.SAM);
		alexCopy.setFamilyNames("Brown");
		StaleRecordException conflict = assertThrows(StaleRecordException.class, () -> fixture.store.records().save(alexCopy, StoreFixture.ALEX));

		assertEquals("sam", conflict.changedBy());
		assertEquals(samSaved.getModifiedAt(), conflict.changedAt());
		assertTrue(conflict.getMessage().contains("was changed by sam"), conflict.getMessage());
		Case stored = fixture.store.records().find(Case.class, original.getId()).orElseThrow();
		assertEquals("Jones", stored.getFamilyNames());
		assertEquals(2, stored.getRowVersion());
	}

	@Test
	void twoSessionsSavingTheSameAuditAtOnceGiveOneWinnerAndOneConflict() throws Exception {
		Assessment original = fixture.store.records().save(Samples.draftAudit(definitionHash, 3, "LL250"), StoreFixture.ALEX);
		List<Object> outcomes = java.util.Collections.synchronizedList(new ArrayList<>());
		List<Thread> sessions = new ArrayList<>();
		for (String family : List.of("Jones", "Brown")) {
			Assessment copy = EcoreUtil.copy(original);
			copy.setComments(family);
			sessions.add(Thread.ofPlatform().start(() -> {
				try {
					outcomes.add(fixture.store.records().save(copy, new org.qaworkbench.core.store.Actor(family.toLowerCase())));
				} catch (Exception e) {
					outcomes.add(e);
				}
			}));
		}
		for (Thread session : sessions) {
			session.join();
		}
		List<Assessment> saved = outcomes.stream().filter(Assessment.class::isInstance).map(Assessment.class::cast).toList();
		List<Object> refused = outcomes.stream().filter(StaleRecordException.class::isInstance).toList();
		assertEquals(1, saved.size(), outcomes.toString());
		assertEquals(1, refused.size(), outcomes.toString());
		assertEquals(saved.get(0).getComments(), fixture.store.records().find(Assessment.class, original.getId()).orElseThrow().getComments());
	}

	@Test
	void aCaseClosedBeforeItWasAllocatedIsRefusedAndNothingIsWritten() throws Exception {
		Case aCase = Samples.aCase("LL300", fixture.staff("Jo"));
		aCase.getAllocations().get(0).setClosedOn(LocalDate.of(2025, 12, 1));
		KeyDate closure = Samples.QA.createKeyDate();
		closure.setKind(KeyDateKind.CLOSURE);
		closure.setDate(LocalDate.of(2025, 12, 2));
		aCase.getKeyDates().add(closure);
		long casesBefore = fixture.countRows("\"CASES\"");

		InvalidRecordException refused = assertThrows(InvalidRecordException.class, () -> fixture.store.records().save(aCase, StoreFixture.ALEX));

		assertEquals(List.of("allocations[0].closedOn", "keyDates[1].date"), fields(refused));
		assertTrue(refused.getMessage().contains("closed on 01/12/2025, before allocation on 12/01/2026"), refused.getMessage());
		assertEquals(casesBefore, fixture.countRows("\"CASES\""));
	}

	@Test
	void aMissingCaseNumberAndADuplicateOneAreRefusedByField() throws Exception {
		StaffMember worker = fixture.staff("Jo");
		Case noNumber = Samples.aCase(" ", worker);
		assertEquals(List.of("caseNumber"), fields(assertThrows(InvalidRecordException.class, () -> fixture.store.records().save(noNumber, StoreFixture.ALEX))));
		fixture.store.records().save(Samples.aCase("LL400", worker), StoreFixture.ALEX);
		long historyBefore = fixture.countRows("HISTORY");
		InvalidRecordException duplicate = assertThrows(InvalidRecordException.class, () -> fixture.store.records().save(Samples.aCase("LL400", worker), StoreFixture.ALEX));
		assertEquals(List.of("caseNumber"), fields(duplicate));
		assertEquals(1, fixture.countRows("\"CASES\""));
		assertEquals(historyBefore, fixture.countRows("HISTORY"), "a refused save leaves no history either");
	}

	@Test
	void answersThatDoNotFitTheDefinitionAreRefusedByField() throws Exception {
		Assessment audit = Samples.audit(definitionHash, 3, "LL500");
		audit.getAnswers().get(0).setValue("9");
		audit.getAnswers().add(Samples.answer("q99", "2"));
		audit.getAnswers().add(Samples.answer("within10Weeks", "Maybe"));
		audit.setCompletedOn(LocalDate.of(2026, 3, 1));

		InvalidRecordException refused = assertThrows(InvalidRecordException.class, () -> fixture.store.records().save(audit, StoreFixture.ALEX));

		assertEquals(List.of("completedOn", "answers[q1]", "answers[q99]", "answers[within10Weeks]"), fields(refused));
		assertTrue(refused.getMessage().contains("9 is not a grade on the scale Audit grades"), refused.getMessage());
		assertEquals(0, fixture.countRows("\"ASSESSMENTS\""));
		assertEquals(0, fixture.countRows("\"ASSESSMENT_ANSWERS\""));
	}

	/** Longer than a VARCHAR keeps: refused by name with the limit, never a truncation error from the database. */
	@Test
	void textsLongerThanTheStoreKeepsAreRefusedByFieldNotFailedInTheDatabase() throws Exception {
		Assessment audit = Samples.audit(definitionHash, 3, "LL510");
		audit.getAnswers().get(0).setComment("c".repeat(100_000));
		audit.setComments("d".repeat(32_673));

		InvalidRecordException refused = assertThrows(InvalidRecordException.class, () -> fixture.store.records().save(audit, StoreFixture.ALEX));

		assertEquals(List.of("answers[q1]", "comments"), fields(refused));
		assertTrue(refused.getMessage().contains("it is 100,000 characters long; a text can hold at most 32,672"), refused.getMessage());
		assertEquals(0, fixture.countRows("\"ASSESSMENTS\""));
		audit.getAnswers().get(0).setComment("c".repeat(32_672));
		audit.setComments(null);
		Assessment saved = fixture.store.records().save(audit, StoreFixture.ALEX);
		assertEquals(32_672, fixture.store.records().find(Assessment.class, saved.getId()).orElseThrow().getAnswers().get(0).getComment().length(),
				"the longest text a store keeps is kept whole");
	}

	@Test
	void aCompletedAuditNeedsEveryRequiredRelevantItemButADraftDoesNot() throws Exception {
		Assessment audit = Samples.audit(definitionHash, 3, "LL600");
		audit.getAnswers().removeIf(answer -> answer.getItemId().equals("q2"));
		audit.getAnswers().stream().filter(answer -> answer.getItemId().equals("atReferral")).forEach(answer -> answer.setValue("N"));

		InvalidRecordException refused = assertThrows(InvalidRecordException.class, () -> fixture.store.records().save(audit, StoreFixture.ALEX));
		assertEquals(List.of("answers[q2]", "answers[within10Weeks]"), fields(refused), "within10Weeks became relevant when atReferral is N");

		audit.setState(AssessmentState.DRAFT);
		assertTrue(fixture.store.records().save(audit, StoreFixture.ALEX).getId() > 0);
	}

	@Test
	void anAssessmentOfAnUnknownDefinitionIsRefused() throws Exception {
		Assessment audit = Samples.audit("no-such-hash", 3, "LL700");
		assertEquals(List.of("definitionHash"), fields(assertThrows(InvalidRecordException.class, () -> fixture.store.records().save(audit, StoreFixture.ALEX))));
	}

	@Test
	void forEachStreamsRecordsWithTheirListsInIdOrder() throws Exception {
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			Assessment audit = Samples.audit(definitionHash, 3, "LL8" + i);
			if (i == 2) {
				audit.getAnswers().clear();
				audit.setState(AssessmentState.DRAFT);
			}
			ids.add(fixture.store.records().save(audit, StoreFixture.ALEX).getId());
		}
		List<Assessment> streamed = new ArrayList<>();
		fixture.store.records().forEach(Assessment.class, streamed::add);
		assertEquals(ids, streamed.stream().map(Assessment::getId).toList());
		for (Assessment each : streamed) {
			Assessment found = fixture.store.records().find(Assessment.class, each.getId()).orElseThrow();
			assertTrue(EcoreUtil.equals(found, each), "streamed " + each.getId() + " equals the one found by id");
		}
		assertEquals(List.of(4, 4, 0, 4, 4), streamed.stream().map(a -> a.getAnswers().size()).toList());
	}

	@Test
	void bulkInsertCommitsWholeRecordsWithTheirHistory() throws Exception {
		try (var bulk = fixture.store.records().bulkInsert(StoreFixture.ALEX)) {
			for (int i = 0; i < JdbcBulkInsert.RECORDS_PER_COMMIT + 10; i++) {
				bulk.add(Samples.audit(definitionHash, 3, "LL9" + i));
			}
		}
		assertEquals(JdbcBulkInsert.RECORDS_PER_COMMIT + 10, fixture.store.records().count(Assessment.class));
		assertEquals(4L * (JdbcBulkInsert.RECORDS_PER_COMMIT + 10), fixture.countRows("\"ASSESSMENT_ANSWERS\""));
		assertEquals(JdbcBulkInsert.RECORDS_PER_COMMIT + 10 + 0L, fixture.countRows("HISTORY WHERE RECORD_TYPE = 'Assessment'"));
	}

	@Test
	void aRecordSavedWithItsPartsIsSavedWholeOrNotAtAll() throws Exception {
		Assessment audit = fixture.store.records().save(Samples.draftAudit(definitionHash, 3, "LL300"), StoreFixture.ALEX);
		RemedialAction action = fixture.store.records().save(action(audit, "Update the chronology"), StoreFixture.ALEX);
		RemedialAction theirs = EcoreUtil.copy(action);
		theirs.setAction("Update the chronology and the plan");
		fixture.store.records().save(theirs, StoreFixture.SAM);

		audit.setComments("Changed together with its action");
		action.setDueOn(LocalDate.of(2026, 5, 1));
		assertThrows(StaleRecordException.class, () -> fixture.store.records().save(audit, List.of(action), StoreFixture.ALEX));
		assertEquals("Plan is clear; recording is up to date.", fixture.store.records().find(Assessment.class, audit.getId()).orElseThrow().getComments(),
				"the audit was not saved without its action");

		RemedialAction current = fixture.store.records().find(RemedialAction.class, action.getId()).orElseThrow();
		current.setDueOn(LocalDate.of(2026, 5, 1));
		assertEquals(2, fixture.store.records().save(audit, List.of(current), StoreFixture.ALEX).getRowVersion());
		assertEquals(LocalDate.of(2026, 5, 1), fixture.store.records().find(RemedialAction.class, action.getId()).orElseThrow().getDueOn());
	}

	@Test
	void aUnitWithAnInvalidPartAddsNoneOfItsRecords() throws Exception {
		try (var bulk = fixture.store.records().bulkInsert(StoreFixture.ALEX)) {
			Assessment audit = Samples.audit(definitionHash, 3, "LL77");
			RemedialAction valid = action(audit, "Update the chronology");
			RemedialAction withoutText = action(audit, null);
			InvalidRecordException refused = assertThrows(InvalidRecordException.class, () -> bulk.add(audit, List.of(valid, withoutText)));
			assertEquals(List.of("action"), fields(refused));
			Assessment other = Samples.audit(definitionHash, 3, "LL78");
			bulk.add(other, List.of(action(other, "Record the child's views")));
		}
		assertEquals(1, fixture.store.records().count(Assessment.class), "the refused audit was not added");
		assertEquals(1, fixture.store.records().count(RemedialAction.class), "nor its valid action");
		assertEquals(1, fixture.countRows("HISTORY WHERE RECORD_TYPE = 'Assessment'"));
	}

	private static RemedialAction action(Assessment audit, String text) {
		RemedialAction action = Samples.QA.createRemedialAction();
		action.setAssessment(audit);
		action.setAction(text);
		return action;
	}

	private static List<String> fields(InvalidRecordException refused) {
		return refused.problems().stream().map(Problem::field).collect(Collectors.toList());
	}

	/** Saved copies hold the objects given, loaded ones hold proxies: compare them by id. */
	private static Case withoutProxies(Case aCase) {
		Case copy = EcoreUtil.copy(aCase);
		copy.getAllocations().forEach(allocation -> {
			StaffMember idOnly = Samples.QA.createStaffMember();
			idOnly.setId(allocation.getWorker().getId());
			allocation.setWorker(idOnly);
		});
		return copy;
	}

	@Test
	void whereFindsTheCasesOfALocalityAndTheAuditsOfACase() throws Exception {
		org.qaworkbench.model.Locality hadley = Samples.QA.createLocality();
		hadley.setName("Hadley Castle");
		hadley = fixture.store.records().save(hadley, StoreFixture.ALEX);
		StaffMember worker = fixture.staff("Jo");
		Case inHadley = Samples.aCase("LL1100", worker);
		inHadley.setLocality(hadley);
		long hadleyCase = fixture.store.records().save(inHadley, StoreFixture.ALEX).getId();
		fixture.store.records().save(Samples.aCase("LL1101", worker), StoreFixture.ALEX);
		fixture.store.records().save(Samples.audit(definitionHash, 3, "LL1100"), StoreFixture.ALEX);
		fixture.store.records().save(Samples.audit(definitionHash, 3, "LL1101"), StoreFixture.ALEX);

		assertEquals(List.of(hadleyCase), fixture.store.records().where(Case.class, org.qaworkbench.model.QaPackage.Literals.CASE__LOCALITY, hadley).stream().map(Case::getId).toList());
		List<Assessment> audits = fixture.store.records().where(Assessment.class, org.qaworkbench.model.QaPackage.Literals.ASSESSMENT__SUBJECT_KEY, "LL1100");
		assertEquals(List.of("LL1100"), audits.stream().map(Assessment::getSubjectKey).toList());
		assertEquals(4, audits.get(0).getAnswers().size());
	}

	@Test
	void existsSaysWhetherACaseHasAuditsAndALocalityCases() throws Exception {
		org.qaworkbench.model.Locality hadley = Samples.QA.createLocality();
		hadley.setName("Hadley Castle");
		hadley = fixture.store.records().save(hadley, StoreFixture.ALEX);
		org.qaworkbench.model.Locality empty = Samples.QA.createLocality();
		empty.setName("Wrekin");
		empty = fixture.store.records().save(empty, StoreFixture.ALEX);
		Case inHadley = Samples.aCase("LL1200", fixture.staff("Jo"));
		inHadley.setLocality(hadley);
		fixture.store.records().save(inHadley, StoreFixture.ALEX);
		fixture.store.records().save(Samples.audit(definitionHash, 3, "LL1200"), StoreFixture.ALEX);

		assertTrue(fixture.store.records().exists(Assessment.class, org.qaworkbench.model.QaPackage.Literals.ASSESSMENT__SUBJECT_KEY, "LL1200"));
		assertFalse(fixture.store.records().exists(Assessment.class, org.qaworkbench.model.QaPackage.Literals.ASSESSMENT__SUBJECT_KEY, "LL1201"));
		assertTrue(fixture.store.records().exists(Case.class, org.qaworkbench.model.QaPackage.Literals.CASE__LOCALITY, hadley));
		assertFalse(fixture.store.records().exists(Case.class, org.qaworkbench.model.QaPackage.Literals.CASE__LOCALITY, empty));
	}

	@Test
	void saveListenersAreToldOfEachCommittedSaveAndNotOfARefusedOne() throws Exception {
		StaffMember jo = fixture.staff("Jo");
		List<Identified> told = new ArrayList<>();
		java.util.function.Consumer<Identified> listener = told::add;
		fixture.store.records().addSaveListener(listener);
		Case saved = fixture.store.records().save(Samples.aCase("LL1300", jo), StoreFixture.ALEX);
		saved.setFamilyNames("Changed");
		Case changed = fixture.store.records().save(saved, StoreFixture.ALEX);
		assertThrows(InvalidRecordException.class, () -> fixture.store.records().save(Samples.aCase(" ", jo), StoreFixture.ALEX));

		assertEquals(List.of("Smith", "Changed"), told.stream().map(record -> ((Case) record).getFamilyNames()).toList());
		assertEquals(changed.getRowVersion(), told.get(1).getRowVersion(), "as stored");
		assertNotSame(changed, told.get(1), "a copy, so a listener cannot change the caller's");
		fixture.store.records().removeSaveListener(listener);
		fixture.store.records().save(Samples.aCase("LL1301", jo), StoreFixture.ALEX);
		assertEquals(2, told.size(), "not told once removed");
	}

	@Test
	void aFailingSaveListenerNeitherFailsTheSaveNorSilencesTheOthers() throws Exception {
		StaffMember jo = fixture.staff("Jo");
		List<Identified> told = new ArrayList<>();
		fixture.store.records().addSaveListener(record -> {
			throw new IllegalStateException("a broken view");
		});
		fixture.store.records().addSaveListener(told::add);
		Case saved = fixture.store.records().save(Samples.aCase("LL1400", jo), StoreFixture.ALEX);
		assertTrue(fixture.store.records().find(Case.class, saved.getId()).isPresent());
		assertEquals(1, told.size());
	}

	@Test
	void aDifferentValueIsReallyStored() throws Exception {
		Case saved = fixture.store.records().save(Samples.aCase("LL1000", fixture.staff("Jo")), StoreFixture.ALEX);
		saved.setFamilyNames("Changed");
		fixture.store.records().save(saved, StoreFixture.ALEX);
		assertNotEquals("Smith", fixture.query("SELECT \"FAMILY_NAMES\" FROM \"CASES\" WHERE \"ID\" = " + saved.getId()));
		assertFalse(fixture.store.records().find(Case.class, 999_999).isPresent());
	}
}
