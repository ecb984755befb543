package org.qaworkbench.xlsform.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.xlsform.WorkbookProblem;
import org.qaworkbench.xlsform.WorkbookProblem.Severity;

/**
 * What reading a workbook found, each at its cell: errors, warnings, and what has no meaning here; with the cell
 * readers that report what they cannot read.
 */
final class Findings {

	private final List<WorkbookProblem> problems = new ArrayList<>();
	private final List<WorkbookProblem> unsupported = new ArrayList<>();

	void error(String sheet, int row, String column, String message) {
		problems.add(new WorkbookProblem(sheet, row, column, message, Severity.ERROR));
	}

	void warning(String sheet, int row, String column, String message) {
		problems.add(new WorkbookProblem(sheet, row, column, message, Severity.WARNING));
	}

	void unsupported(String sheet, int row, String column, String message) {
		unsupported.add(new WorkbookProblem(sheet, row, column, message, Severity.WARNING));
	}

	void addAll(List<WorkbookProblem> moreProblems, List<WorkbookProblem> moreUnsupported) {
		problems.addAll(moreProblems);
		unsupported.addAll(moreUnsupported);
	}

	boolean hasErrorAt(String sheet, int row, String column) {
		return problems.stream().anyMatch(problem -> problem.isError() && problem.sheet().equals(sheet) && problem.row() == row && problem.column().equals(column));
	}

	List<WorkbookProblem> problems() {
		return sorted(problems);
	}

	List<WorkbookProblem> unsupported() {
		return sorted(unsupported);
	}

	/** Sheet by sheet (settings, survey, choices, timescales, others), row by row, in the order found within a row. */
	private static List<WorkbookProblem> sorted(List<WorkbookProblem> problems) {
		List<String> order = List.of(WorkbookReader.SETTINGS, WorkbookReader.SURVEY, WorkbookReader.CHOICES, WorkbookReader.TIMESCALES);
		List<WorkbookProblem> sorted = new ArrayList<>(problems);
		sorted.sort((a, b) -> {
			int sheet = Integer.compare(rank(order, a.sheet()), rank(order, b.sheet()));
			return sheet != 0 ? sheet : Integer.compare(a.row(), b.row());
		});
		return sorted;
	}

	private static int rank(List<String> order, String sheet) {
		int index = order.indexOf(sheet);
		return index < 0 ? order.size() : index;
	}

	/** Columns with values that none of {@code known} reads, each listed at its first value. */
	void listUnread(Table table, List<String> known, String sheet) {
		for (Table.Unread column : table.unread(Set.copyOf(known))) {
			String base = Table.normal(column.heading()).split("::", 2)[0]; //$NON-NLS-1$
			String message;
			if (column.heading().isEmpty()) {
				message = NLS.bind(Messages.Unsupported_noHeading, column.rows());
			} else if (known.contains(base)) {
				message = NLS.bind(Messages.Unsupported_language, column.heading(), table.heading(base));
			} else {
				message = NLS.bind(Messages.Unsupported_column, column.heading(), column.rows());
			}
			unsupported(sheet, column.firstRow(), column.heading(), message);
		}
	}

	/** A yes/no cell: blank is no; anything else that is not yes or no is an error (and read as no). */
	boolean bool(Table table, int row, String column, String sheet) {
		String text = table.get(row, column);
		if (text.isEmpty()) {
			return false;
		}
		Optional<Boolean> value = Words.bool(text);
		if (value.isEmpty()) {
			error(sheet, row, column, NLS.bind(Messages.Cell_notYesNo, text));
		}
		return value.orElse(Boolean.FALSE);
	}

	static Optional<Integer> wholeNumber(String text) {
		try {
			return Optional.of(Integer.valueOf(text.strip()));
		} catch (NumberFormatException e) {
			return Optional.empty();
		}
	}

	static String blankIsNull(String text) {
		return text == null || text.isEmpty() ? null : text;
	}
}
