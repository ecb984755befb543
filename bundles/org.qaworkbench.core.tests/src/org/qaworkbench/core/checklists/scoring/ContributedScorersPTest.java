package org.qaworkbench.core.checklists.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.qaworkbench.model.ItemKind;
import org.qaworkbench.model.Section;

/** Custom rules run scorers contributed through org.qaworkbench.core.scorers (here by this fragment's fragment.xml). */
class ContributedScorersPTest {

	private static final String YES_MINUS_NO = "org.qaworkbench.core.tests.yesMinusNo";
	private static final String FAILING = "org.qaworkbench.core.tests.failing";

	private static ScoreCard scoreWith(String sectionScorer, String overallScorer) {
		Checklists checklists = new Checklists().overall(Checklists.custom(overallScorer));
		Section section = checklists.section("s", Checklists.custom(sectionScorer));
		checklists.answered(section, ItemKind.YES_NO_NA, "Y", "Y", "Y", "N", "NA");
		checklists.answered(checklists.section("t", null), ItemKind.YES_NO, "N", "N");
		return Scoring.score(checklists.definition(), checklists.assessment());
	}

	@Test
	void aContributedScorerIsFoundAndUsed() {
		ScoreCard card = scoreWith(YES_MINUS_NO, YES_MINUS_NO);
		assertEquals(new ComputedScore(new BigDecimal(2), "net"), card.section("s").orElseThrow());
		assertEquals(new ComputedScore(BigDecimal.ZERO, "net"), card.overall().orElseThrow());
	}

	@Test
	void theScorerIsCreatedOnceAndKept() {
		ChecklistScorer first = ContributedScorers.find(YES_MINUS_NO).orElseThrow();
		assertTrue(first instanceof YesMinusNoScorer, first.getClass().getName());
		assertSame(first, ContributedScorers.find(YES_MINUS_NO).orElseThrow());
	}

	@Test
	void anUnknownScorerGivesNoScoreAndDoesNotThrow() {
		ScoreCard card = scoreWith("org.example.noSuchScorer", YES_MINUS_NO);
		assertTrue(card.section("s").isEmpty());
		assertEquals("0", card.overall().orElseThrow().text());
		assertTrue(scoreWith(null, "").overall().isEmpty());
	}

	@Test
	void aFailingScorerGivesNoScoreAndDoesNotThrow() {
		ScoreCard card = scoreWith(FAILING, YES_MINUS_NO);
		assertTrue(card.section("s").isEmpty());
		assertEquals("0", card.overall().orElseThrow().text());
		assertTrue(scoreWith(FAILING, FAILING).overall().isEmpty());
	}
}
