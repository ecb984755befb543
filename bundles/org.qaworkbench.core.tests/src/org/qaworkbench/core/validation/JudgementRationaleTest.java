package org.qaworkbench.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.qaworkbench.core.checklists.scoring.Checklists;
import org.qaworkbench.core.store.InvalidRecordException.Problem;
import org.qaworkbench.model.AssessmentState;
import org.qaworkbench.model.ItemKind;
import org.qaworkbench.model.ScoringMethod;

/** A judgement that differs from the computed overall score needs a rationale once the assessment is not a draft. */
class JudgementRationaleTest {

	/** Overall mean grade 2 ("Good") from grades 1, 2, 3 and an N/A. */
	private static Checklists audit(String judgement, String rationale) {
		Checklists checklists = new Checklists().overall(Checklists.rule(ScoringMethod.MEAN_GRADE));
		checklists.answered(checklists.section("s", Checklists.rule(ScoringMethod.NONE)), ItemKind.GRADED, "1", "2", "3", "5");
		checklists.assessment().setJudgement(judgement);
		checklists.assessment().setJudgementRationale(rationale);
		return checklists;
	}

	private static List<Problem> problems(Checklists checklists) {
		return new RecordValidator(hash -> Optional.of(checklists.definition())).problems(checklists.assessment());
	}

	private static List<Problem> onRationale(Checklists checklists) {
		return problems(checklists).stream().filter(problem -> problem.field().equals("judgementRationale")).toList();
	}

	@Test
	void aJudgementEqualToTheComputedScoreNeedsNoRationale() {
		assertEquals(List.of(), problems(audit("2", null)));
		assertEquals(List.of(), problems(audit("Good", null)));
		assertEquals(List.of(), problems(audit("2.0", "")));
	}

	@Test
	void aDifferentJudgementWithoutRationaleIsRefused() {
		List<Problem> problems = onRationale(audit("3", "  "));
		assertEquals(1, problems.size(), () -> problems.toString());
		assertEquals("the judgement 3 differs from the computed 2: give a rationale", problems.get(0).message());
	}

	@Test
	void aDifferentJudgementWithARationaleIsAccepted() {
		assertEquals(List.of(), problems(audit("3", "The plan has not been reviewed since the child became subject to a CP plan.")));
	}

	@Test
	void draftsAreNotChecked() {
		Checklists draft = audit("4", null);
		draft.assessment().setState(AssessmentState.DRAFT);
		assertEquals(List.of(), onRationale(draft));
		draft.assessment().setState(AssessmentState.MODERATED);
		assertEquals(1, onRationale(draft).size());
	}

	@Test
	void withoutAComputedScoreOrAJudgementThereIsNothingToCompare() {
		Checklists unscored = audit("3", null);
		unscored.definition().setOverallScoring(null);
		assertTrue(onRationale(unscored).isEmpty());
		assertTrue(onRationale(audit(null, null)).isEmpty());
	}
}
