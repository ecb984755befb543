package org.qaworkbench.store.jdbc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qaworkbench.core.domain.DomainStore;
import org.qaworkbench.core.store.History.Change;
import org.qaworkbench.core.store.NotPermittedException;
import org.qaworkbench.core.store.StaleRecordException;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.AssessmentState;
import org.qaworkbench.model.StaffMember;

/**
 * What a save asks of the database, on every engine: an update reads the stored record once, or not at all when it
 * was opened in the same store at the version saved (the staleness check,
 * the domain's lock and the history share that read), a list that did not change is not written again, and an
 * empty list costs no statement. Counted on the statements the store executes, through a second store on the
 * same database whose connections count them.
 */
abstract class SaveStatementsContract extends StoreTestCase {

	private static final String READ_AUDIT = "FROM \"ASSESSMENTS\" WHERE \"ID\" = ?";

	private final List<String> executed = Collections.synchronizedList(new ArrayList<>());
	private Store counted;

	@BeforeEach
	void countStatements() {
		JdbcStore engine = fixture.jdbc();
		// Not closed: it shares the fixture's database (and its pool), which the fixture closes.
		counted = DomainStore.over(new JdbcStore(counting(engine.dataSource()), engine.dialect(), fixture.store.info(), store -> engine.accounts()));
	}

	@Test
	void aNewRecordWritesItsRowItsNonEmptyListsAndOneHistoryRow() throws Exception {
		Assessment saved = counted.records().save(Samples.draftAudit(definitionHash, 3, "LL1"), StoreFixture.ALEX);

		assertEquals(1, executed("INSERT INTO \"ASSESSMENTS\""));
		assertEquals(1, executed("INSERT INTO \"ASSESSMENT_ANSWERS\""));
		assertEquals(0, executed("\"ASSESSMENT_ASSESSORS\"") + executed("\"ASSESSMENT_SCORES\"") + executed("\"ASSESSMENT_SIGN_OFFS\"")
				+ executed("\"ASSESSMENT_AMENDMENTS\""), "nothing for empty lists: " + executed);
		assertEquals(1, executed("INSERT INTO HISTORY"));
		assertEquals(4, fixture.store.records().find(Assessment.class, saved.getId()).orElseThrow().getAnswers().size());
	}

	@Test
	void anUpdateReadsTheStoredRecordOnceAndLeavesUnchangedListsAlone() throws Exception {
		Assessment saved = counted.records().save(Samples.draftAudit(definitionHash, 3, "LL2"), StoreFixture.ALEX);
		saved.setComments("Chronology checked.");
		executed.clear();

		Assessment changed = counted.records().save(saved, StoreFixture.SAM);

		assertEquals(1, executed(READ_AUDIT), "one read of the stored record: " + executed);
		assertEquals(0, executed("DELETE FROM") + executed("INSERT INTO \"ASSESSMENT_"), "no list rewritten: " + executed);
		assertEquals(List.of(new Change("comments", "Plan is clear; recording is up to date.", "Chronology checked.")),
				fixture.store.history().of(changed).get(1).changes());
		Assessment loaded = fixture.store.records().find(Assessment.class, saved.getId()).orElseThrow();
		assertEquals("Chronology checked.", loaded.getComments());
		assertEquals(List.of("2", "3", "4", "Y"), loaded.getAnswers().stream().map(answer -> answer.getValue()).toList(), "the answers stand");
	}

	@Test
	void aChangedListIsWrittenAgainWholeAndAnEmptiedOneOnlyDeleted() throws Exception {
		StaffMember auditor = fixture.staff("Terry Leader");
		Assessment draft = Samples.draftAudit(definitionHash, 3, "LL3");
		draft.getAssessors().add(auditor);
		Assessment saved = counted.records().save(draft, StoreFixture.ALEX);
		saved.getAnswers().get(0).setValue("1");
		saved.getAssessors().clear();
		executed.clear();

		Assessment changed = counted.records().save(saved, StoreFixture.SAM);

		assertEquals(1, executed(READ_AUDIT));
		assertEquals(1, executed("DELETE FROM \"ASSESSMENT_ANSWERS\""));
		assertEquals(1, executed("INSERT INTO \"ASSESSMENT_ANSWERS\""));
		assertEquals(1, executed("DELETE FROM \"ASSESSMENT_ASSESSORS\""));
		assertEquals(0, executed("INSERT INTO \"ASSESSMENT_ASSESSORS\""));
		Assessment loaded = fixture.store.records().find(Assessment.class, saved.getId()).orElseThrow();
		assertEquals(List.of("1", "3", "4", "Y"), loaded.getAnswers().stream().map(answer -> answer.getValue()).toList());
		assertEquals(List.of(), loaded.getAssessors());
		assertEquals(List.of("assessors[0]", "answers[0].value"),
				fixture.store.history().of(changed).get(1).changes().stream().map(Change::field).filter(field -> !field.startsWith("scores")).toList());
	}

	@Test
	void theLockRefusesOnTheEnginesReadAndNothingIsWritten() throws Exception {
		Assessment completed = counted.records().save(Samples.audit(definitionHash, 3, "LL4"), StoreFixture.ALEX);
		assertEquals(AssessmentState.COMPLETED, completed.getState());
		completed.getAnswers().get(0).setValue("1");
		executed.clear();

		assertThrows(NotPermittedException.class, () -> counted.records().save(completed, StoreFixture.SAM));

		assertEquals(1, executed(READ_AUDIT));
		assertEquals(0, executed("UPDATE ") + executed("DELETE ") + executed("INSERT "), "nothing written: " + executed);
		assertEquals(1, fixture.store.history().of(completed).size());
		assertEquals("2", fixture.store.records().find(Assessment.class, completed.getId()).orElseThrow().getAnswers().get(0).getValue());
	}

	/** The copy read when the record was opened is the stored copy: its row version names its content. */
	@Test
	void aRecordOpenedInThisStoreIsSavedWithoutReadingItAgain() throws Exception {
		long id = counted.records().save(Samples.draftAudit(definitionHash, 3, "LL7"), StoreFixture.ALEX).getId();
		Assessment opened = counted.records().find(Assessment.class, id).orElseThrow();
		opened.setComments("Chronology checked.");
		executed.clear();

		Assessment changed = counted.records().save(opened, StoreFixture.SAM);

		assertEquals(0, executed(READ_AUDIT), "no read: " + executed);
		assertEquals(1, executed("UPDATE \"ASSESSMENTS\""));
		assertEquals(0, executed("DELETE FROM") + executed("INSERT INTO \"ASSESSMENT_"), "no list rewritten: " + executed);
		assertEquals(List.of(new Change("comments", "Plan is clear; recording is up to date.", "Chronology checked.")),
				fixture.store.history().of(changed).get(1).changes());
		assertEquals("Chronology checked.", fixture.store.records().find(Assessment.class, id).orElseThrow().getComments());
	}

	/** Another workbench (another store on the database) saved the record after it was opened here. */
	@Test
	void aRecordOpenedHereAndSavedElsewhereSinceIsRefusedNamingWhoSavedItAndTheirSaveStands() throws Exception {
		long id = counted.records().save(Samples.draftAudit(definitionHash, 3, "LL8"), StoreFixture.ALEX).getId();
		Assessment opened = counted.records().find(Assessment.class, id).orElseThrow();
		Assessment elsewhere = fixture.store.records().find(Assessment.class, id).orElseThrow();
		elsewhere.setComments("Saved by Sam first.");
		Assessment samSaved = fixture.store.records().save(elsewhere, StoreFixture.SAM);
		opened.setComments("Alex's change.");
		opened.getAnswers().get(0).setValue("1");
		executed.clear();

		StaleRecordException conflict = assertThrows(StaleRecordException.class, () -> counted.records().save(opened, StoreFixture.ALEX));

		assertEquals("sam", conflict.changedBy());
		assertEquals(samSaved.getModifiedAt(), conflict.changedAt());
		assertEquals(0, executed("DELETE ") + executed("INSERT "), "nothing written: " + executed);
		Assessment stored = fixture.store.records().find(Assessment.class, id).orElseThrow();
		assertEquals("Saved by Sam first.", stored.getComments());
		assertEquals("2", stored.getAnswers().get(0).getValue());
		assertEquals(2, stored.getRowVersion());
	}

	/** The lock is checked against the copy read when the audit was opened, and refuses before anything is written. */
	@Test
	void theLockRefusesAChangeToACompletedAuditOpenedInThisStore() throws Exception {
		long id = counted.records().save(Samples.audit(definitionHash, 3, "LL9"), StoreFixture.ALEX).getId();
		Assessment opened = counted.records().find(Assessment.class, id).orElseThrow();
		opened.getAnswers().get(0).setValue("1");
		executed.clear();

		assertThrows(NotPermittedException.class, () -> counted.records().save(opened, StoreFixture.SAM));

		assertEquals(0, executed("UPDATE ") + executed("DELETE ") + executed("INSERT "), "nothing written: " + executed);
		assertEquals("2", fixture.store.records().find(Assessment.class, id).orElseThrow().getAnswers().get(0).getValue());
	}

	/** On a server a statement is a round trip: the id of a new record comes back from its INSERT. */
	@Test
	void aNewRecordOnAServerTakesItsIdInItsInsert() throws Exception {
		Assessment saved = counted.records().save(Samples.draftAudit(definitionHash, 3, "LL5"), StoreFixture.ALEX);

		assertEquals(onServer() ? 0 : 1, executed(fixture.jdbc().dialect().nextIdQuery()), "a query for the next id: " + executed);
		assertEquals(1, executed("INSERT INTO \"ASSESSMENTS\""));
		Assessment loaded = fixture.store.records().find(Assessment.class, saved.getId()).orElseThrow();
		assertEquals(List.of("2", "3", "4", "Y"), loaded.getAnswers().stream().map(answer -> answer.getValue()).toList());
		assertEquals(List.of("created"), fixture.store.history().of(saved).stream().map(entry -> entry.action()).toList(), "the history row has the new id");
	}

	/** On a server, a record and its lists are read with one statement (one round trip), not one per table. */
	@Test
	void aRecordOnAServerIsReadWithOneStatement() throws Exception {
		StaffMember auditor = fixture.staff("Terry Leader");
		Assessment draft = Samples.draftAudit(definitionHash, 3, "LL6");
		draft.getAssessors().add(auditor);
		Assessment saved = counted.records().save(draft, StoreFixture.ALEX);
		executed.clear();

		Assessment found = counted.records().find(Assessment.class, saved.getId()).orElseThrow();

		assertEquals(onServer() ? 1 : 1 + EntityMapping.of(draft.eClass()).children.size(), executed.size(), "statements: " + executed);
		assertEquals(List.of("2", "3", "4", "Y"), found.getAnswers().stream().map(answer -> answer.getValue()).toList());
		assertEquals(List.of(auditor.getId()), found.getAssessors().stream().map(StaffMember::getId).toList());
		assertEquals(saved.getScores().size(), found.getScores().size());
		assertEquals(saved.getRowVersion(), found.getRowVersion());
		assertEquals(Optional.empty(), counted.records().find(Assessment.class, saved.getId() + 1000), "none with that id");
	}

	private boolean onServer() {
		return fixture.jdbc().dialect().engine().equals("postgresql");
	}

	private int executed(String fragment) {
		synchronized (executed) {
			return (int) executed.stream().filter(sql -> sql.contains(fragment)).count();
		}
	}

	/** Connections whose prepared statements note their SQL each time they are executed. */
	private DataSource counting(DataSource dataSource) {
		return proxy(DataSource.class, dataSource, (method, result, arguments) -> result instanceof Connection connection ? counting(connection) : result);
	}

	private Connection counting(Connection connection) {
		return proxy(Connection.class, connection, (method, result, arguments) -> {
			if (result instanceof PreparedStatement statement && method.equals("prepareStatement")) {
				String sql = (String) arguments[0];
				return proxy(PreparedStatement.class, statement, (executing, outcome, ignored) -> {
					if (executing.startsWith("execute")) {
						executed.add(sql);
					}
					return outcome;
				});
			}
			return result;
		});
	}

	private interface After {
		Object after(String method, Object result, Object[] arguments);
	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, T target, After after) {
		InvocationHandler handler = (self, method, arguments) -> {
			try {
				return after.after(method.getName(), method.invoke(target, arguments), arguments);
			} catch (InvocationTargetException e) {
				throw e.getCause();
			}
		};
		return (T) Proxy.newProxyInstance(SaveStatementsContract.class.getClassLoader(), new Class<?>[] { type }, handler);
	}
}
