package org.qaworkbench.core.checklists.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qaworkbench.core.checklists.scoring.Checklists.rule;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.qaworkbench.model.Item;
import org.qaworkbench.model.ItemKind;
import org.qaworkbench.model.Rounding;
import org.qaworkbench.model.Score;
import org.qaworkbench.model.ScoringMethod;
import org.qaworkbench.model.ScoringRule;
import org.qaworkbench.model.Section;

/** The built-in rules, with exact values; no custom scorers, so no OSGi. */
class ScoringTest {

	private static final ScoreCalculator CALCULATOR = new ScoreCalculator(id -> Optional.empty());

	private static Optional<ComputedScore> scoreOf(ScoringRule rule, ItemKind kind, String... values) {
		Checklists checklists = new Checklists();
		Section section = checklists.section("s", rule);
		checklists.answered(section, kind, values);
		return CALCULATOR.score(checklists.definition(), checklists.assessment()).section("s");
	}

	private static String valueOf(ScoringRule rule, ItemKind kind, String... values) {
		return scoreOf(rule, kind, values).map(ComputedScore::text).orElse("no score");
	}

	@Test
	void countYesCountsEveryYes() {
		assertEquals("3", valueOf(rule(ScoringMethod.COUNT_YES), ItemKind.YES_NO_NA, "Y", "N", "Y", "NA", "Y", null));
	}

	@Test
	void countYesCountsEveryTickedFileOfAMatrix() {
		Checklists checklists = new Checklists();
		Section section = checklists.section("s", rule(ScoringMethod.COUNT_YES));
		checklists.matrix(section, "m1", "Y", "Y", "N", "Y");
		checklists.matrix(section, "m2", "N", "Y");
		checklists.answered(section, ItemKind.YES_NO, "Y");
		assertEquals(new BigDecimal(5), CALCULATOR.score(checklists.definition(), checklists.assessment()).section("s").orElseThrow().value());
	}

	@Test
	void percentYesLeavesOutNotApplicable() {
		assertEquals("66.67", valueOf(rule(ScoringMethod.PERCENT_YES, Rounding.HALF_UP, 2), ItemKind.YES_NO_NA, "Y", "Y", "N", "NA"));
		assertEquals("67", valueOf(rule(ScoringMethod.PERCENT_YES, Rounding.HALF_UP, 0), ItemKind.YES_NO_NA, "Y", "Y", "N", "NA", null));
		assertEquals("66", valueOf(rule(ScoringMethod.PERCENT_YES, Rounding.DOWN, 0), ItemKind.YES_NO_NA, "Y", "Y", "N", "NA"));
	}

	@Test
	void percentYesCountsMatrixCells() {
		Checklists checklists = new Checklists();
		Section section = checklists.section("s", rule(ScoringMethod.PERCENT_YES, Rounding.HALF_UP, 1));
		checklists.matrix(section, "m1", "Y", "N", "N", "Y");
		checklists.matrix(section, "m2", "Y", "Y", "Y", "Y");
		assertEquals(new BigDecimal("75.0"), CALCULATOR.score(checklists.definition(), checklists.assessment()).section("s").orElseThrow().value());
	}

	@Test
	void noApplicableAnswerGivesNoScoreRatherThanZero() {
		assertEquals("no score", valueOf(rule(ScoringMethod.PERCENT_YES), ItemKind.YES_NO_NA, "NA", "NA", null));
		assertEquals("no score", valueOf(rule(ScoringMethod.COUNT_YES), ItemKind.YES_NO, null, null));
		assertEquals("no score", valueOf(rule(ScoringMethod.MEAN_GRADE), ItemKind.GRADED, "5", null));
		assertEquals("no score", valueOf(rule(ScoringMethod.WORST_GRADE), ItemKind.GRADED, "5", null));
		assertEquals("0", valueOf(rule(ScoringMethod.PERCENT_YES), ItemKind.YES_NO_NA, "N", "NA"));
		assertEquals("0", valueOf(rule(ScoringMethod.COUNT_YES), ItemKind.YES_NO, "N"));
	}

	@Test
	void noneAndMissingRulesGiveNoScore() {
		assertEquals("no score", valueOf(rule(ScoringMethod.NONE), ItemKind.YES_NO, "Y"));
		assertEquals("no score", valueOf(null, ItemKind.YES_NO, "Y"));
	}

	@Test
	void meanGradeRoundsAHalfByEachRule() {
		Map<Rounding, String> expected = Map.of(Rounding.HALF_UP, "3", Rounding.HALF_EVEN, "2", Rounding.DOWN, "2", Rounding.UP, "3");
		expected.forEach((rounding, value) -> assertEquals(value, valueOf(rule(ScoringMethod.MEAN_GRADE, rounding, 0), ItemKind.GRADED, "2", "3"), rounding.getName()));
	}

	@Test
	void meanGradeRoundsTwoPointFourFiveByEachRule() {
		// 11 x 2 and 9 x 3: the mean is exactly 2.45.
		String[] grades = new String[20];
		for (int i = 0; i < grades.length; i++) {
			grades[i] = i < 11 ? "2" : "3";
		}
		Map<Rounding, String> oneDecimal = Map.of(Rounding.HALF_UP, "2.5", Rounding.HALF_EVEN, "2.4", Rounding.DOWN, "2.4", Rounding.UP, "2.5");
		oneDecimal.forEach((rounding, value) -> assertEquals(value, valueOf(rule(ScoringMethod.MEAN_GRADE, rounding, 1), ItemKind.GRADED, grades), rounding.getName()));
		Map<Rounding, String> whole = Map.of(Rounding.HALF_UP, "2", Rounding.HALF_EVEN, "2", Rounding.DOWN, "2", Rounding.UP, "3");
		whole.forEach((rounding, value) -> assertEquals(value, valueOf(rule(ScoringMethod.MEAN_GRADE, rounding, 0), ItemKind.GRADED, grades), rounding.getName()));
		assertEquals("2.45", valueOf(rule(ScoringMethod.MEAN_GRADE, Rounding.HALF_UP, 2), ItemKind.GRADED, grades));
	}

	@Test
	void meanGradeLeavesOutNotApplicableLevels() {
		// 2, 3 and two N/A: 2.5, not (2 + 3 + 5 + 5) / 4 = 3.75.
		assertEquals("2.5", valueOf(rule(ScoringMethod.MEAN_GRADE, Rounding.HALF_UP, 1), ItemKind.GRADED, "2", "5", "3", "5", null));
	}

	@Test
	void meanGradeIsLabelledWithTheLevelItRoundsTo() {
		ComputedScore good = scoreOf(rule(ScoringMethod.MEAN_GRADE), ItemKind.GRADED, "1", "2", "3", "2").orElseThrow();
		assertEquals("2", good.text());
		assertEquals("Good", good.label());
		ComputedScore between = scoreOf(rule(ScoringMethod.MEAN_GRADE, Rounding.HALF_UP, 1), ItemKind.GRADED, "1", "2").orElseThrow();
		assertEquals("1.5", between.text());
		assertNull(between.label());
		assertEquals("2.0", scoreOf(rule(ScoringMethod.MEAN_GRADE, Rounding.HALF_UP, 1), ItemKind.GRADED, "2").orElseThrow().text());
		assertEquals("Good", scoreOf(rule(ScoringMethod.MEAN_GRADE, Rounding.HALF_UP, 1), ItemKind.GRADED, "2").orElseThrow().label());
	}

	@Test
	void worstGradeIsTheLastLevelOfTheScaleAnswered() {
		ComputedScore worst = scoreOf(rule(ScoringMethod.WORST_GRADE), ItemKind.GRADED, "1", "3", "2", "5", null).orElseThrow();
		assertEquals("3", worst.text());
		assertEquals("Requires improvement", worst.label());
		assertEquals("4", valueOf(rule(ScoringMethod.WORST_GRADE), ItemKind.GRADED, "4", "1", "5"));
	}

	@Test
	void hiddenItemsCountNowhere() {
		Checklists checklists = new Checklists();
		Section yesNo = checklists.section("yesNo", rule(ScoringMethod.COUNT_YES));
		Item atReferral = checklists.item(yesNo, "atReferral", ItemKind.YES_NO);
		Item within10Weeks = checklists.item(yesNo, "within10Weeks", ItemKind.YES_NO);
		Checklists.onlyWhen(within10Weeks, atReferral, "N");
		checklists.answer(atReferral, 0, "Y").answer(within10Weeks, 0, "Y"); // a leftover answer to a now hidden item
		Section graded = checklists.section("graded", rule(ScoringMethod.MEAN_GRADE, Rounding.HALF_UP, 1));
		Item plan = checklists.item(graded, "plan", ItemKind.GRADED);
		Item planReviewed = checklists.item(graded, "planReviewed", ItemKind.GRADED);
		Checklists.onlyWhen(planReviewed, atReferral, "N");
		checklists.answer(plan, 0, "2").answer(planReviewed, 0, "4");
		Item hiddenMatrix = checklists.matrix(graded, "hiddenMatrix", "Y", "Y");
		Checklists.onlyWhen(hiddenMatrix, atReferral, "N");

		ScoreCard card = CALCULATOR.score(checklists.definition(), checklists.assessment());
		assertEquals("1", card.section("yesNo").orElseThrow().text());
		assertEquals("2.0", card.section("graded").orElseThrow().text());
		assertTrue(card.matrixTotals("hiddenMatrix").isEmpty());
		assertEquals(List.of(), card.fileTotals("graded"));

		checklists.assessment().getAnswers().get(0).setValue("N"); // now the follow-ups apply
		card = CALCULATOR.score(checklists.definition(), checklists.assessment());
		assertEquals("1", card.section("yesNo").orElseThrow().text());
		assertEquals("3.0", card.section("graded").orElseThrow().text());
		assertEquals(2, card.matrixTotals("hiddenMatrix").orElseThrow().total());
	}

	@Test
	void matrixTotalsPerFileAndPerQuestion() {
		Checklists checklists = new Checklists();
		Section section = checklists.section("files", rule(ScoringMethod.COUNT_YES));
		checklists.matrix(section, "contract", "Y", "Y", "N", "Y");
		checklists.matrix(section, "frequency", "N", "Y", null, "Y");
		checklists.matrix(section, "signed", "Y");
		Section other = checklists.section("other", rule(ScoringMethod.NONE));
		checklists.matrix(other, "elsewhere", "Y", "Y", "Y", "Y");

		ScoreCard card = CALCULATOR.score(checklists.definition(), checklists.assessment());
		assertEquals(new MatrixTotals("contract", List.of(1, 1, 0, 1), 3), card.matrixTotals("contract").orElseThrow());
		assertEquals(new MatrixTotals("frequency", List.of(0, 1, 0, 1), 2), card.matrixTotals("frequency").orElseThrow());
		assertEquals(new MatrixTotals("signed", List.of(1, 0, 0, 0), 1), card.matrixTotals("signed").orElseThrow());
		assertEquals(List.of(2, 2, 0, 2), card.fileTotals("files"));
		assertEquals(List.of(1, 1, 1, 1), card.fileTotals("other"));
		assertEquals("6", card.section("files").orElseThrow().text());
		assertTrue(card.section("other").isEmpty());
	}

	@Test
	void overallRunsOverEveryItemNotOverSectionScores() {
		Checklists checklists = new Checklists().overall(rule(ScoringMethod.MEAN_GRADE, Rounding.HALF_UP, 2));
		checklists.answered(checklists.section("a", rule(ScoringMethod.MEAN_GRADE, Rounding.HALF_UP, 2)), ItemKind.GRADED, "1");
		checklists.answered(checklists.section("b", rule(ScoringMethod.MEAN_GRADE, Rounding.HALF_UP, 2)), ItemKind.GRADED, "3", "3", "3");
		checklists.answered(checklists.section("c", rule(ScoringMethod.NONE)), ItemKind.GRADED, "4");

		ScoreCard card = CALCULATOR.score(checklists.definition(), checklists.assessment());
		assertEquals("1.00", card.section("a").orElseThrow().text());
		assertEquals("3.00", card.section("b").orElseThrow().text());
		// Every item, unscored section included: (1 + 3 + 3 + 3 + 4) / 5; the mean of the section scores would be 2.00.
		assertEquals("2.80", card.overall().orElseThrow().text());
	}

	@Test
	void applyWritesTheScoresIntoTheAssessment() {
		Checklists checklists = new Checklists().overall(rule(ScoringMethod.WORST_GRADE));
		checklists.answered(checklists.section("a", rule(ScoringMethod.MEAN_GRADE)), ItemKind.GRADED, "1", "2", "3");
		checklists.answered(checklists.section("b", rule(ScoringMethod.NONE)), ItemKind.GRADED, "4");
		checklists.answered(checklists.section("c", rule(ScoringMethod.COUNT_YES)), ItemKind.YES_NO, "Y", "Y");
		Score stale = Checklists.QA.createScore();
		stale.setSectionId("gone");
		checklists.assessment().getScores().add(stale);

		Scoring.apply(checklists.definition(), checklists.assessment());
		List<Score> scores = checklists.assessment().getScores();
		assertEquals(List.of("a", "c", ""), scores.stream().map(Score::getSectionId).toList());
		assertEquals(new BigDecimal(2), scores.get(0).getValue());
		assertEquals("Good", scores.get(0).getLabel());
		assertEquals(new BigDecimal(2), scores.get(1).getValue());
		assertNull(scores.get(1).getLabel());
		assertEquals(new BigDecimal(4), scores.get(2).getValue());
		assertEquals("Inadequate", scores.get(2).getLabel());
	}

	@Test
	void customRulesUseTheScorerLookedUp() {
		Checklists checklists = new Checklists().overall(Checklists.custom("answers"));
		checklists.answered(checklists.section("a", Checklists.custom("nobody")), ItemKind.YES_NO, "Y", "N", null);
		ChecklistScorer answers = input -> Optional.of(new ComputedScore(BigDecimal.valueOf(input.items().stream().mapToLong(item -> input.answers(item).size()).sum()), "answers"));
		ScoreCard card = new ScoreCalculator(id -> "answers".equals(id) ? Optional.of(answers) : Optional.empty()).score(checklists.definition(), checklists.assessment());
		assertEquals(new ComputedScore(new BigDecimal(2), "answers"), card.overall().orElseThrow());
		assertTrue(card.section("a").isEmpty());
	}
}
