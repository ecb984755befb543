package org.qaworkbench.core.checklists.scoring;

import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.Score;

/**
 * Scores assessments by the rules their definition declares: per section ({@code Section.scoring}) and overall
 * ({@code ChecklistDefinition.overallScoring}, applied to all relevant items of all sections). Irrelevant items
 * (see {@link org.qaworkbench.core.checklists.Relevance}) count nowhere. Custom rules run the scorer contributed
 * through {@code org.qaworkbench.core.scorers} with the rule's {@code scorerId}.
 */
public final class Scoring {

	// A lambda, not a method reference: the extension registry is loaded only when a custom rule is scored, so
	// record validation also works in a plain JVM without it (store tests run a child JVM like that).
	private static final ScoreCalculator CALCULATOR = new ScoreCalculator(scorerId -> ContributedScorers.find(scorerId));

	private Scoring() {
	}

	/** The scores of the assessment as it stands; changes nothing. */
	public static ScoreCard score(ChecklistDefinition definition, Assessment assessment) {
		return CALCULATOR.score(definition, assessment);
	}

	/**
	 * Scores the assessment and replaces its {@code scores} with the result: one {@link Score} per scored section
	 * (in definition order), then the overall score with an <em>empty</em> section id (""). Unscored sections get no
	 * {@code Score}.
	 */
	public static ScoreCard apply(ChecklistDefinition definition, Assessment assessment) {
		ScoreCard card = score(definition, assessment);
		assessment.getScores().clear();
		card.sections().forEach((sectionId, score) -> assessment.getScores().add(toModel(sectionId, score)));
		card.overall().ifPresent(score -> assessment.getScores().add(toModel("", score))); //$NON-NLS-1$
		return card;
	}

	private static Score toModel(String sectionId, ComputedScore computed) {
		Score score = QaFactory.eINSTANCE.createScore();
		score.setSectionId(sectionId);
		score.setValue(computed.value());
		score.setLabel(computed.label());
		return score;
	}
}
