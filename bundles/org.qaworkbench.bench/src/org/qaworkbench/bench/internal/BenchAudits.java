package org.qaworkbench.bench.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import org.qaworkbench.model.Answer;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.AssessmentState;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.Item;
import org.qaworkbench.model.ItemKind;
import org.qaworkbench.model.Level;
import org.qaworkbench.model.Locality;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.Scale;
import org.qaworkbench.model.Section;
import org.qaworkbench.model.SubjectKind;

/** Audits shaped like the case audit tool: 45 graded answers over six sections, a year of completion dates. */
final class BenchAudits {

	static final int ANSWERS = 45;
	private static final QaFactory QA = QaFactory.eINSTANCE;

	private final String definitionHash;
	private final List<Locality> localities;
	private final SplittableRandom random;

	BenchAudits(String definitionHash, List<Locality> localities) {
		this(definitionHash, localities, 0);
	}

	/** A source of its own for each client of a team run, so that clients share no state. */
	BenchAudits(String definitionHash, List<Locality> localities, int client) {
		this.definitionHash = definitionHash;
		this.localities = localities;
		this.random = new SplittableRandom(2020 + client);
	}

	static ChecklistDefinition definition() {
		ChecklistDefinition definition = QA.createChecklistDefinition();
		definition.setDefinitionId("bench.caseaudit"); //$NON-NLS-1$
		definition.setVersion("1.0.0"); //$NON-NLS-1$
		definition.setTitle("Benchmark case audit"); //$NON-NLS-1$
		definition.setSubjectKind(SubjectKind.CASE);
		Scale scale = QA.createScale();
		scale.setScaleId("grade"); //$NON-NLS-1$
		scale.setName("Audit grade"); //$NON-NLS-1$
		for (int value = 1; value <= 5; value++) {
			Level level = QA.createLevel();
			level.setValue(value);
			level.setLabel("Grade " + value); //$NON-NLS-1$
			level.setNotApplicable(value == 5);
			scale.getLevels().add(level);
		}
		definition.getScales().add(scale);
		for (int s = 0; s < 6; s++) {
			Section section = QA.createSection();
			section.setSectionId("section" + s); //$NON-NLS-1$
			section.setTitle("Section " + s); //$NON-NLS-1$
			definition.getSections().add(section);
		}
		for (int i = 0; i < ANSWERS; i++) {
			Item item = QA.createItem();
			item.setItemId("q" + i); //$NON-NLS-1$
			item.setText("Question " + i); //$NON-NLS-1$
			item.setKind(ItemKind.GRADED);
			item.setRequired(true);
			item.setScale(scale);
			definition.getSections().get(i % 6).getItems().add(item);
		}
		return definition;
	}

	Assessment next(long number) {
		Assessment audit = QA.createAssessment();
		audit.setDefinitionId("bench.caseaudit"); //$NON-NLS-1$
		audit.setDefinitionVersion("1.0.0"); //$NON-NLS-1$
		audit.setDefinitionHash(definitionHash);
		audit.setSubjectKind(SubjectKind.CASE);
		audit.setSubjectKey("LL" + (100000 + number % 60000)); //$NON-NLS-1$
		audit.setLocality(localities.get((int) (number % localities.size())));
		LocalDate completed = LocalDate.of(2025, 12, 1).minusDays(random.nextInt(365));
		audit.setStartedOn(completed.minusDays(random.nextInt(14)));
		audit.setCompletedOn(completed);
		audit.setState(AssessmentState.COMPLETED);
		for (int i = 0; i < ANSWERS; i++) {
			Answer answer = QA.createAnswer();
			answer.setItemId("q" + i); //$NON-NLS-1$
			answer.setValue(String.valueOf(1 + random.nextInt(5)));
			audit.getAnswers().add(answer);
		}
		audit.setJudgement(String.valueOf(1 + random.nextInt(4)));
		return audit;
	}
}
