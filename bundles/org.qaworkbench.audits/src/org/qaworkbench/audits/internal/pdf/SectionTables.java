package org.qaworkbench.audits.internal.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.audits.internal.AnswerText;
import org.qaworkbench.audits.internal.Messages;
import org.qaworkbench.core.checklists.Relevance;
import org.qaworkbench.model.Answer;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.Item;
import org.qaworkbench.model.ItemKind;
import org.qaworkbench.model.Level;
import org.qaworkbench.model.Scale;
import org.qaworkbench.model.Section;

/**
 * A section of a checklist as the paper tool prints it. A section of questions (graded, Yes/No, tick matrix) is a
 * grid: the question, then a column per level of its scale with the chosen one marked by its value, Yes/No answers
 * across those columns, comments under the question, free-text answers (reasons) across the whole width and the
 * section's score last. A section of fields only (text, dates, choices) is a table of labelled values.
 */
final class SectionTables {

	private static final float LEVEL_WIDTH = 0.065f;

	private final Assessment audit;
	private final Relevance relevance;
	private final Map<String, List<Answer>> answers = new HashMap<>();

	SectionTables(ChecklistDefinition definition, Assessment audit) {
		this.audit = audit;
		this.relevance = new Relevance(definition, audit);
		for (Answer answer : audit.getAnswers()) {
			answers.computeIfAbsent(answer.getItemId(), id -> new ArrayList<>()).add(answer);
		}
		answers.values().forEach(list -> list.sort(Comparator.comparingInt(Answer::getFileIndex)));
	}

	static boolean isGrid(Section section) {
		return section.getItems().stream().anyMatch(item -> isQuestion(item.getKind()));
	}

	/** The scale of the section's first graded question, if it has one. */
	static Optional<Scale> scale(Section section) {
		return section.getItems().stream().filter(item -> item.getKind() == ItemKind.GRADED && item.getScale() != null).map(Item::getScale).findFirst();
	}

	/** The scale's levels side by side, as the form's "Quality of case file measure". */
	static Table legend(Scale scale) {
		float[] widths = new float[scale.getLevels().size()];
		Arrays.fill(widths, 1f);
		Table legend = new Table(widths);
		legend.row(scale.getLevels().stream().map(level -> Cell.bold(String.valueOf(level.getValue())).centred().shaded()).toArray(Cell[]::new));
		legend.row(scale.getLevels().stream().map(level -> Cell.of(level.getLabel()).centred()).toArray(Cell[]::new));
		return legend;
	}

	Table table(Section section) {
		return isGrid(section) ? grid(section) : fields(section);
	}

	private Table fields(Section section) {
		Fields fields = new Fields();
		for (Item item : section.getItems()) {
			if (relevance.isRelevant(item)) {
				fields.add(item.getText(), answerParagraphs(item));
			}
		}
		return fields.table();
	}

	private Table grid(Section section) {
		Scale scale = scale(section).orElse(null);
		List<Level> levels = scale == null ? List.of() : scale.getLevels();
		int answerColumns = Math.max(1, levels.size());
		float[] widths = new float[1 + answerColumns];
		widths[0] = levels.isEmpty() ? 0.78f : 1f - levels.size() * LEVEL_WIDTH;
		for (int i = 1; i < widths.length; i++) {
			widths[i] = levels.isEmpty() ? 0.22f : LEVEL_WIDTH;
		}
		Table grid = new Table(widths);
		List<Cell> header = new ArrayList<>(List.of(Cell.bold(section.getTitle().toUpperCase(Locale.UK)).shaded()));
		levels.forEach(level -> header.add(Cell.bold(String.valueOf(level.getValue())).centred().shaded()));
		if (levels.isEmpty()) {
			header.add(Cell.bold(Messages.Pdf_answer).centred().shaded());
		}
		grid.header(header.toArray(Cell[]::new));
		for (Item item : section.getItems()) {
			boolean answered = relevance.isAnswered(item) || !first(item).map(Answer::getComment).map(String::isBlank).orElse(true);
			if (relevance.isRelevant(item) && (answered || isQuestion(item.getKind()))) {
				grid.row(row(item, scale, answerColumns));
			}
		}
		score(section).ifPresent(score -> grid.row(Cell.bold(Messages.Pdf_sectionScore), Cell.bold(score).centred().span(answerColumns)));
		return grid;
	}

	private Cell[] row(Item item, Scale scale, int answerColumns) {
		if (!isQuestion(item.getKind())) {
			List<Paragraph> paragraphs = new ArrayList<>(List.of(Paragraph.bold(item.getText())));
			paragraphs.addAll(answerParagraphs(item));
			return new Cell[] { Cell.of(paragraphs).span(1 + answerColumns) };
		}
		List<Paragraph> question = new ArrayList<>(List.of(Paragraph.plain(item.getText())));
		first(item).map(Answer::getComment).filter(comment -> !comment.isBlank())
				.ifPresent(comment -> question.add(Paragraph.italic(NLS.bind(Messages.Pdf_comment, comment))));
		String value = first(item).map(Answer::getValue).orElse(""); //$NON-NLS-1$
		List<Cell> cells = new ArrayList<>(List.of(Cell.of(question)));
		if (item.getKind() == ItemKind.GRADED && scale != null && item.getScale() == scale) {
			for (Level level : scale.getLevels()) {
				boolean chosen = String.valueOf(level.getValue()).equals(value);
				cells.add(chosen ? Cell.bold(value).centred().shaded() : Cell.EMPTY);
			}
		} else {
			cells.add(Cell.of(shown(item)).centred().span(answerColumns));
		}
		return cells.toArray(Cell[]::new);
	}

	/** The item's answer for people: tick matrices file by file. */
	private String shown(Item item) {
		List<Answer> given = answers.getOrDefault(item.getItemId(), List.of());
		if (item.getKind() == ItemKind.TICK_MATRIX) {
			return given.stream().filter(answer -> answer.getValue() != null && !answer.getValue().isEmpty())
					.map(answer -> NLS.bind(Messages.Answer_file, answer.getFileIndex(), AnswerText.of(item, answer.getValue()))).collect(Collectors.joining("; ")); //$NON-NLS-1$
		}
		return AnswerText.of(item, first(item).map(Answer::getValue).orElse(null));
	}

	private List<Paragraph> answerParagraphs(Item item) {
		List<Paragraph> paragraphs = new ArrayList<>(List.of(Paragraph.plain(shown(item))));
		first(item).map(Answer::getComment).filter(comment -> !comment.isBlank())
				.ifPresent(comment -> paragraphs.add(Paragraph.italic(NLS.bind(Messages.Pdf_comment, comment))));
		return paragraphs;
	}

	private Optional<String> score(Section section) {
		return audit.getScores().stream().filter(score -> section.getSectionId().equals(score.getSectionId()) && score.getValue() != null).findFirst()
				.map(score -> AnswerText.score(score, section.getScoring()));
	}

	private Optional<Answer> first(Item item) {
		return answers.getOrDefault(item.getItemId(), List.of()).stream().findFirst();
	}

	private static boolean isQuestion(ItemKind kind) {
		return kind == ItemKind.GRADED || kind == ItemKind.YES_NO || kind == ItemKind.YES_NO_NA || kind == ItemKind.TICK_MATRIX;
	}
}
