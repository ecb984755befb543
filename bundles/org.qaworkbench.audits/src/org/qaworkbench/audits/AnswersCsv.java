package org.qaworkbench.audits;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.qaworkbench.audits.internal.AnswerText;
import org.qaworkbench.audits.internal.CsvRows;
import org.qaworkbench.audits.internal.Lookups;
import org.qaworkbench.audits.internal.OutputFile;
import org.qaworkbench.core.domain.ConfidentialAccess;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.model.Answer;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.Item;
import org.qaworkbench.model.ItemKind;
import org.qaworkbench.model.Section;

/**
 * The answers of audits in long form for BI tools: a CSV (RFC 4180, UTF-8) with a header row and one row per answer,
 * in audit id order and, within an audit, in the order of its checklist. Columns ({@link #COLUMNS}):
 * <ul>
 * <li>audit_id, case_number (the subject key: a case number for case audits), locality, auditors (names separated by
 * "; "), date (completed, else started; ISO yyyy-mm-dd), state, checklist and checklist_version;</li>
 * <li>section (its title), question_id, question (its text), file (1.. for a tick matrix's sampled files, else
 * empty);</li>
 * <li>value as stored (2, Y, N, NA, 2026-01-31, text), label as the form shows it (2 Good, Yes, N/A, 31/01/2026;
 * empty for free text and numbers), comment.</li>
 * </ul>
 * Every cell goes through core's {@code SpreadsheetCells}: an answer or comment starting like a formula is
 * neutralised. Answers to items marked personal (a child's name, family names, date of birth) are left out, and so are audits
 * whose definition is not stored (their items cannot be told apart). Audits are streamed: one in memory at a time.
 */
public final class AnswersCsv {

	public static final List<String> COLUMNS = List.of("audit_id", "case_number", "locality", "auditors", "date", "state", "checklist", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"checklist_version", "section", "question_id", "question", "file", "value", "label", "comment"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$

	/** How many audits and answer rows were written. */
	public record Written(long audits, long rows) {
	}

	private final Lookups lookups;

	private AnswersCsv(Store store) {
		this.lookups = new Lookups(store);
	}

	/**
	 * Writes the CSV of the audits the filter takes to a file, whole or not at all; once it is written, each
	 * confidential checklist in it (an observation's or a supervision audit's, say) is in the access log as exported
	 * by {@code by}.
	 */
	public static Written write(Store store, Predicate<Assessment> filter, Path file, Actor by) throws IOException {
		Written[] written = new Written[1];
		List<Assessment> confidential = new ArrayList<>();
		OutputFile.write(file, out -> written[0] = write(store, filter, out, confidential::add));
		confidential.forEach(audit -> ConfidentialAccess.exported(store, by, audit, "csv")); //$NON-NLS-1$
		return written[0];
	}

	/** Writes the CSV of the audits the filter takes; the stream is flushed, not closed. */
	public static Written write(Store store, Predicate<Assessment> filter, OutputStream out) throws IOException {
		return write(store, filter, out, audit -> {
		});
	}

	private static Written write(Store store, Predicate<Assessment> filter, OutputStream out, Consumer<Assessment> confidential) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		CsvRows printer = new CsvRows(writer, COLUMNS);
		long[] counts = new long[2];
		AnswersCsv csv = new AnswersCsv(store);
		try {
			store.records().forEach(Assessment.class, audit -> {
				if (filter.test(audit)) {
					counts[0]++;
					counts[1] += csv.rows(printer, audit);
					if (ConfidentialAccess.isConfidential(audit)) {
						confidential.accept(audit);
					}
				}
			});
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
		printer.flush();
		return new Written(counts[0], counts[1]);
	}

	private long rows(CsvRows printer, Assessment audit) {
		Optional<ChecklistDefinition> definition = lookups.definition(audit);
		if (definition.isEmpty()) {
			return 0;
		}
		List<Object> common = List.of(audit.getId(), text(audit.getSubjectKey()), lookups.locality(audit), lookups.assessors(audit),
				text(AuditFilter.dateOf(audit)), audit.getState() == null ? "" : audit.getState().getLiteral(), text(audit.getDefinitionId()), //$NON-NLS-1$
				text(audit.getDefinitionVersion()));
		Map<String, List<Answer>> answers = byItem(audit);
		long rows = 0;
		for (Section section : definition.get().getSections()) {
			for (Item item : section.getItems()) {
				for (Answer answer : item.isPersonal() ? List.<Answer>of() : answers.getOrDefault(item.getItemId(), List.of())) {
					List<Object> row = new ArrayList<>(common);
					row.addAll(List.of(text(section.getTitle()), item.getItemId(), text(item.getText()), answer.getFileIndex() > 0 ? answer.getFileIndex() : "", //$NON-NLS-1$
							text(answer.getValue()), label(item, answer.getValue()), text(answer.getComment())));
					print(printer, row);
					rows++;
				}
			}
		}
		return rows;
	}

	/** The answers worth a row (a value or a comment), by item, tick-matrix files in order. */
	private static Map<String, List<Answer>> byItem(Assessment audit) {
		Map<String, List<Answer>> answers = new HashMap<>();
		for (Answer answer : audit.getAnswers()) {
			if (!blank(answer.getValue()) || !blank(answer.getComment())) {
				answers.computeIfAbsent(answer.getItemId(), id -> new ArrayList<>()).add(answer);
			}
		}
		answers.values().forEach(list -> list.sort(Comparator.comparingInt(Answer::getFileIndex)));
		return answers;
	}

	private static String label(Item item, String value) {
		return item.getKind() == ItemKind.TEXT || item.getKind() == ItemKind.NUMBER ? "" : AnswerText.of(item, value); //$NON-NLS-1$
	}

	private static void print(CsvRows printer, List<Object> row) {
		try {
			printer.row(row);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString(); //$NON-NLS-1$
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
