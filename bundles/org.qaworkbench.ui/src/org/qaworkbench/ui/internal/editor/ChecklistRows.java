package org.qaworkbench.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.qaworkbench.core.Formats;
import org.qaworkbench.core.checklists.Relevance;
import org.qaworkbench.model.Answer;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.Item;
import org.qaworkbench.model.ItemKind;
import org.qaworkbench.model.Level;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.Section;
import org.eclipse.osgi.util.NLS;
import org.qaworkbench.ui.internal.Messages;

/**
 * The rows of the generic editor: a heading per section, then its relevant items (an item whose condition does
 * not hold is hidden until it does). Reads and writes the assessment's answers.
 */
final class ChecklistRows {

	/** A section heading (item null) or an item of the section. */
	record Row(Section section, Item item) {
		boolean isHeading() {
			return item == null;
		}
	}

	private final ChecklistDefinition definition;
	private Assessment assessment;
	private final List<Row> rows = new ArrayList<>();

	ChecklistRows(ChecklistDefinition definition, Assessment assessment) {
		this.definition = definition;
		this.assessment = assessment;
		refresh();
	}

	/** Recomputes which items show, after an answer may have made another item relevant or irrelevant. */
	void refresh() {
		rows.clear();
		Relevance relevance = new Relevance(definition, assessment);
		for (Section section : definition.getSections()) {
			rows.add(new Row(section, null));
			for (Item item : section.getItems()) {
				if (relevance.isRelevant(item)) {
					rows.add(new Row(section, item));
				}
			}
		}
	}

	/** Continues with the saved copy of the assessment. */
	void replace(Assessment saved) {
		this.assessment = saved;
		refresh();
	}

	List<Row> rows() {
		return rows;
	}

	Optional<Answer> answer(Item item) {
		return assessment.getAnswers().stream().filter(a -> item.getItemId().equals(a.getItemId()) && a.getFileIndex() == 0).findFirst();
	}

	/** Sets an item's value; returns false (and changes nothing) when the value does not fit the item. */
	boolean answer(Item item, String value) {
		if (!AnswerKeys.fits(item, value)) {
			return false;
		}
		answerOrNew(item).setValue(value.isEmpty() ? null : value);
		refresh();
		return true;
	}

	void comment(Item item, String comment) {
		answerOrNew(item).setComment(comment == null || comment.isBlank() ? null : comment);
	}

	private Answer answerOrNew(Item item) {
		return answer(item).orElseGet(() -> {
			Answer answer = QaFactory.eINSTANCE.createAnswer();
			answer.setItemId(item.getItemId());
			assessment.getAnswers().add(answer);
			return answer;
		});
	}

	/** The widest tick matrix of the definition: how many file columns the editor needs (0 without matrices). */
	int matrixFiles() {
		return definition.getSections().stream().flatMap(section -> section.getItems().stream())
				.filter(item -> item.getKind() == ItemKind.TICK_MATRIX).mapToInt(Item::getMatrixFiles).max().orElse(0);
	}

	Optional<Answer> answer(Item item, int file) {
		return assessment.getAnswers().stream().filter(a -> item.getItemId().equals(a.getItemId()) && a.getFileIndex() == file).findFirst();
	}

	/** Ticks (Y) or crosses (N) one sampled file of a matrix item. */
	boolean answerFile(Item item, int file, String value) {
		if (!AnswerKeys.fits(item, value) || file < 1 || file > item.getMatrixFiles()) {
			return false;
		}
		Answer answer = answer(item, file).orElseGet(() -> {
			Answer created = QaFactory.eINSTANCE.createAnswer();
			created.setItemId(item.getItemId());
			created.setFileIndex(file);
			assessment.getAnswers().add(created);
			return created;
		});
		answer.setValue(value);
		refresh();
		return true;
	}

	String shownFile(Item item, int file) {
		if (item.getKind() != ItemKind.TICK_MATRIX || file > item.getMatrixFiles()) {
			return ""; //$NON-NLS-1$
		}
		return answer(item, file).map(Answer::getValue).map(value -> "Y".equals(value) ? "\u2713" : "N".equals(value) ? "\u2717" : "NA".equals(value) ? Messages.Editor_notApplicable : "") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				.orElse(""); //$NON-NLS-1$
	}

	/** What the answer column shows: the level's label for a grade, Yes / No / N/A, ticks of a matrix, or the value. */
	String shown(Item item) {
		if (item.getKind() == ItemKind.TICK_MATRIX) {
			long ticked = assessment.getAnswers().stream().filter(a -> item.getItemId().equals(a.getItemId()) && a.getFileIndex() > 0 && "Y".equals(a.getValue())).count(); //$NON-NLS-1$
			long answered = assessment.getAnswers().stream().filter(a -> item.getItemId().equals(a.getItemId()) && a.getFileIndex() > 0 && a.getValue() != null).count();
			// A file the question does not apply to (N/A) is not one it could have been ticked for.
			long notApplicable = assessment.getAnswers().stream().filter(a -> item.getItemId().equals(a.getItemId()) && a.getFileIndex() > 0 && "NA".equals(a.getValue())).count(); //$NON-NLS-1$
			return answered == 0 ? "" : NLS.bind(Messages.Editor_ticked, ticked, item.getMatrixFiles() - notApplicable); //$NON-NLS-1$
		}
		String value = answer(item).map(Answer::getValue).orElse(null);
		if (value == null || value.isEmpty()) {
			return ""; //$NON-NLS-1$
		}
		if (item.getKind() == ItemKind.GRADED && item.getScale() != null) {
			for (Level level : item.getScale().getLevels()) {
				if (String.valueOf(level.getValue()).equals(value)) {
					return level.getValue() + "  " + level.getLabel(); //$NON-NLS-1$
				}
			}
		}
		if (item.getKind() == ItemKind.DATE) {
			try {
				return Formats.date(java.time.LocalDate.parse(value));
			} catch (java.time.format.DateTimeParseException e) {
				return value;
			}
		}
		return switch (value) {
		case "Y" -> Messages.Editor_yes; //$NON-NLS-1$
		case "N" -> Messages.Editor_no; //$NON-NLS-1$
		case "NA" -> Messages.Editor_notApplicable; //$NON-NLS-1$
		default -> value;
		};
	}

	/** Required relevant items answered, and how many there are. */
	int[] progress() {
		int required = 0;
		int answered = 0;
		for (Row row : rows) {
			if (!row.isHeading() && row.item().isRequired()) {
				required++;
				if (isAnswered(row.item())) {
					answered++;
				}
			}
		}
		return new int[] { answered, required };
	}

	/** Answered: a value given, or for a tick matrix every sampled file ticked or crossed. */
	boolean isAnswered(Item item) {
		if (item.getKind() == ItemKind.TICK_MATRIX) {
			for (int file = 1; file <= item.getMatrixFiles(); file++) {
				if (answer(item, file).map(Answer::getValue).filter(v -> !v.isBlank()).isEmpty()) {
					return false;
				}
			}
			return true;
		}
		return answer(item).map(Answer::getValue).filter(v -> !v.isBlank()).isPresent();
	}
}
