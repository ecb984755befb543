package org.qaworkbench.store.postgresql.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.core.Formats;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.SaveRefusedException;
import org.qaworkbench.core.store.StaleRecordException;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.store.StoreLocation;
import org.qaworkbench.core.store.Stores;
import org.qaworkbench.model.Answer;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.AssessmentState;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.Item;
import org.qaworkbench.model.ItemKind;
import org.qaworkbench.model.Level;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.Scale;
import org.qaworkbench.model.Section;
import org.qaworkbench.model.SubjectKind;
import org.qaworkbench.testing.TestPostgres;

/**
 * Two workbenches (two stores, each with its own connections, as two desks have) on one team database edit the
 * same assessment: the later save is refused naming who saved first and when, the first one's answers stand, and
 * each sees the other's saved work when it reads the assessment again.
 */
class TwoWorkbenchesPTest {

	private static final QaFactory QA = QaFactory.eINSTANCE;
	private static final Actor ALEX = new Actor("alex.auditor");
	private static final Actor SAM = new Actor("sam.senior");

	@TempDir
	Path temp;

	private final TestPostgres server = TestPostgres.server();

	@Test
	void theSecondSaveIsRefusedNamingTheFirstAndEachSeesTheOthersWorkAfterARefresh() throws Exception {
		String url = "postgresql://" + server.adminUser() + ":" + server.adminPassword() + "@" + server.host() + ":" + server.port() + "/"
				+ server.newDatabase();
		try (Store alexes = Stores.open(StoreLocation.server(temp.resolve("alex"), url));
				Store sams = Stores.open(StoreLocation.server(temp.resolve("sam"), url))) {
			long id = alexes.records().save(draft(alexes), ALEX).getId();
			Assessment alexesCopy = alexes.records().find(Assessment.class, id).orElseThrow();
			Assessment samsCopy = sams.records().find(Assessment.class, id).orElseThrow();

			answer(alexesCopy, "q1", "2");
			Assessment savedByAlex = alexes.records().save(alexesCopy, ALEX);
			answer(samsCopy, "q1", "4");
			answer(samsCopy, "q2", "4");
			StaleRecordException refused = assertThrows(StaleRecordException.class, () -> sams.records().save(samsCopy, SAM));

			Assessment stored = sams.records().find(Assessment.class, id).orElseThrow();
			assertEquals(ALEX.userId(), refused.changedBy());
			assertEquals(stored.getModifiedAt(), refused.changedAt());
			assertTrue(refused.getMessage().contains(ALEX.userId()) && refused.getMessage().contains(Formats.dateTime(stored.getModifiedAt())),
					refused.getMessage());
			assertEquals(List.of("q1=2"), answers(stored), "Alex's answers stand, none of Sam's");
			assertEquals(savedByAlex.getRowVersion(), stored.getRowVersion());

			// Sam reads it again (a refresh), sees Alex's answer, completes it; Alex's refresh shows Sam's work.
			answer(stored, "q2", "3");
			stored.setState(AssessmentState.COMPLETED);
			stored.setCompletedOn(LocalDate.now());
			sams.records().save(stored, SAM);
			Assessment seenByAlex = alexes.records().find(Assessment.class, id).orElseThrow();
			assertEquals(AssessmentState.COMPLETED, seenByAlex.getState());
			assertEquals(List.of("q1=2", "q2=3"), answers(seenByAlex));
			assertEquals(SAM.userId(), seenByAlex.getModifiedBy());
			assertThrows(SaveRefusedException.class, () -> alexes.records().save(savedByAlex, ALEX),
					"Alex's copy from before Sam's completion cannot overwrite it");
			assertEquals(List.of("q1=2", "q2=3"), answers(sams.records().find(Assessment.class, id).orElseThrow()));
		}
	}

	private static void answer(Assessment assessment, String itemId, String value) {
		assessment.getAnswers().removeIf(answer -> answer.getItemId().equals(itemId));
		Answer answer = QA.createAnswer();
		answer.setItemId(itemId);
		answer.setValue(value);
		assessment.getAnswers().add(answer);
	}

	private static List<String> answers(Assessment assessment) {
		return assessment.getAnswers().stream().map(answer -> answer.getItemId() + "=" + answer.getValue()).sorted().toList();
	}

	/** A draft of a two-question checklist whose definition is stored in {@code store}. */
	private static Assessment draft(Store store) {
		ChecklistDefinition definition = QA.createChecklistDefinition();
		definition.setDefinitionId("test.team");
		definition.setVersion("1.0.0");
		definition.setTitle("Team audit");
		Scale scale = QA.createScale();
		scale.setScaleId("grade");
		scale.setName("Audit grade");
		for (int value = 1; value <= 4; value++) {
			Level level = QA.createLevel();
			level.setValue(value);
			level.setLabel("Grade " + value);
			scale.getLevels().add(level);
		}
		definition.getScales().add(scale);
		Section section = QA.createSection();
		section.setSectionId("basic");
		section.setTitle("Basic information");
		for (String id : List.of("q1", "q2")) {
			Item item = QA.createItem();
			item.setItemId(id);
			item.setText("Question " + id);
			item.setKind(ItemKind.GRADED);
			item.setRequired(true);
			item.setScale(scale);
			section.getItems().add(item);
		}
		definition.getSections().add(section);
		Assessment draft = QA.createAssessment();
		draft.setDefinitionId("test.team");
		draft.setDefinitionVersion("1.0.0");
		draft.setDefinitionHash(store.definitions().store(definition, ALEX));
		draft.setSubjectKind(SubjectKind.CASE);
		draft.setSubjectKey("LL777002");
		draft.setStartedOn(LocalDate.now());
		draft.setState(AssessmentState.DRAFT);
		return draft;
	}
}
