package org.qaworkbench.core.validation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.checklists.Relevance;
import org.qaworkbench.core.checklists.scoring.ComputedScore;
import org.qaworkbench.core.checklists.scoring.Scoring;
import org.qaworkbench.core.internal.Messages;
import org.qaworkbench.core.store.InvalidRecordException.Problem;
import org.qaworkbench.model.Answer;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.AssessmentState;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.Item;

/**
 * Answers against their definition: known items, values the item allows ({@link AnswerValues}), required items answered, and a
 * rationale for a judgement that differs from the computed overall score.
 */
final class AnswerChecks {

	private final ChecklistDefinition definition;
	private final Map<String, Item> items;
	private final AnswerValues values;

	AnswerChecks(ChecklistDefinition definition, Clock clock) {
		this.definition = definition;
		this.items = Relevance.itemsById(definition);
		this.values = new AnswerValues(clock);
	}

	List<Problem> problems(Assessment assessment) {
		List<Problem> problems = new ArrayList<>();
		Set<AnswerKey> seen = new HashSet<>();
		Set<String> answered = new HashSet<>();
		for (Answer answer : assessment.getAnswers()) {
			Item item = items.get(answer.getItemId());
			if (item == null) {
				problems.add(new Problem(field(answer), NLS.bind(Messages.Validation_unknownItem, definition.getTitle(), definition.getVersion())));
			} else if (!seen.add(new AnswerKey(answer.getItemId(), answer.getFileIndex()))) {
				problems.add(new Problem(field(answer), Messages.Validation_answeredTwice));
			} else {
				String refused = refusal(item, answer, assessment);
				if (refused != null) {
					problems.add(new Problem(field(answer), refused));
				}
			}
			if (answer.getValue() != null && !answer.getValue().isBlank()) {
				answered.add(answer.getItemId());
			}
		}
		if (assessment.getState() != AssessmentState.DRAFT) {
			Relevance relevance = new Relevance(definition, assessment);
			for (Item item : items.values()) {
				// answered as Relevance.isAnswered has it, from one pass over the answers rather than one per item
				if (item.isRequired() && !answered.contains(item.getItemId()) && relevance.isRelevant(item)) {
					problems.add(new Problem("answers[" + item.getItemId() + "]", NLS.bind(Messages.Validation_requiredItem, item.getText()))); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
			judgement(assessment).ifPresent(problems::add);
		}
		return problems;
	}

	/** Which answer a problem is about: its item, and its file in a tick matrix. Written only for a problem. */
	private static String field(Answer answer) {
		return "answers[" + answer.getItemId() + (answer.getFileIndex() > 0 ? "#" + answer.getFileIndex() : "") + "]"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	/** An answer's place: one per item, or per item and file in a tick matrix. */
	private record AnswerKey(String itemId, int fileIndex) {
	}

	/** Whether these checks were made for {@code other}: a validator keeps them while its definition stays the same. */
	boolean isFor(ChecklistDefinition other) {
		return definition == other;
	}

	/**
	 * The computed overall score is a suggestion: a judgement that differs from it needs a rationale. The judgement
	 * matches when it equals the overall value as stored ("2", "66.67"), numerically or as text, or its label.
	 */
	private Optional<Problem> judgement(Assessment assessment) {
		String judgement = assessment.getJudgement();
		if (judgement == null || judgement.isBlank() || assessment.getJudgementRationale() != null && !assessment.getJudgementRationale().isBlank()) {
			return Optional.empty(); // nothing to compare, or the difference explained: no need to score
		}
		Optional<ComputedScore> overall = Scoring.score(definition, assessment).overall();
		if (overall.isEmpty() || matches(judgement.strip(), overall.get())) {
			return Optional.empty();
		}
		return Optional.of(new Problem("judgementRationale", NLS.bind(Messages.Validation_judgementNeedsRationale, judgement.strip(), overall.get().text()))); //$NON-NLS-1$
	}

	private static boolean matches(String judgement, ComputedScore overall) {
		return judgement.equals(overall.text()) || judgement.equalsIgnoreCase(overall.label())
				|| AnswerValues.number(judgement).filter(number -> number.compareTo(overall.value()) == 0).isPresent();
	}

	/** Why an answer does not fit its item, or null when it does. Empty values are left to the required check. */
	private String refusal(Item item, Answer answer, Assessment assessment) {
		boolean matrix = switch (item.getKind()) {
		case TICK_MATRIX -> true;
		default -> false;
		};
		if (matrix ? answer.getFileIndex() < 1 || answer.getFileIndex() > item.getMatrixFiles() : answer.getFileIndex() != 0) {
			return NLS.bind(Messages.Validation_noSuchFile, answer.getFileIndex(), item.getMatrixFiles());
		}
		String refused = values.refusal(item, answer.getValue(), assessment);
		return refused != null ? refused : AnswerValues.textRefusal(answer.getComment());
	}
}
