package org.qaworkbench.ui.internal.actions;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.eclipse.nebula.widgets.nattable.sort.ISortModel;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;

/**
 * Sorting for NatTable's sort header: one column at a time, ascending or descending; unsorted is by due date. Ties
 * go by due date, then case number.
 */
final class ActionsSort implements ISortModel {

	private static final Comparator<LocalDate> DATES = Comparator.nullsLast(Comparator.naturalOrder());
	private static final Comparator<String> TEXT = Comparator.nullsFirst(String.CASE_INSENSITIVE_ORDER);
	private static final Comparator<ActionRow> DEFAULT = Comparator.comparing(ActionRow::dueOn, DATES).thenComparing(ActionRow::caseNumber, TEXT)
			.thenComparingLong(ActionRow::actionId);

	private final Runnable sorted;
	private int column = -1;
	private SortDirectionEnum direction = SortDirectionEnum.NONE;

	/** {@code sorted} runs after each change of order. */
	ActionsSort(Runnable sorted) {
		this.sorted = sorted;
	}

	/** The order rows are shown in now. */
	Comparator<ActionRow> comparator() {
		if (column < 0 || direction == SortDirectionEnum.NONE) {
			return DEFAULT;
		}
		Comparator<ActionRow> byColumn = columnComparator(column);
		return (direction == SortDirectionEnum.DESC ? byColumn.reversed() : byColumn).thenComparing(DEFAULT);
	}

	private static Comparator<ActionRow> columnComparator(int column) {
		return switch (column) {
		case ActionsTable.CASE -> text(ActionRow::caseNumber);
		case ActionsTable.LOCALITY -> text(ActionRow::locality);
		case ActionsTable.WORKER -> text(ActionRow::worker);
		case ActionsTable.AUDITOR -> text(ActionRow::auditor);
		case ActionsTable.ACTION -> text(ActionRow::action);
		case ActionsTable.STATUS -> Comparator.comparing(ActionRow::status);
		case ActionsTable.FOLLOW_UP_DUE -> Comparator.comparing(ActionRow::followUpDueOn, DATES);
		case ActionsTable.FOLLOW_UP -> Comparator.comparing(ActionRow::followUp);
		default -> Comparator.comparing(ActionRow::dueOn, DATES);
		};
	}

	private static Comparator<ActionRow> text(Function<ActionRow, String> value) {
		return Comparator.comparing(value, TEXT);
	}

	@Override
	public List<Integer> getSortedColumnIndexes() {
		return isSorted() ? List.of(column) : List.of();
	}

	@Override
	public boolean isColumnIndexSorted(int columnIndex) {
		return isSorted() && columnIndex == column;
	}

	@Override
	public SortDirectionEnum getSortDirection(int columnIndex) {
		return isColumnIndexSorted(columnIndex) ? direction : SortDirectionEnum.NONE;
	}

	@Override
	public int getSortOrder(int columnIndex) {
		return isColumnIndexSorted(columnIndex) ? 0 : -1;
	}

	@Override
	@SuppressWarnings("rawtypes")
	public List<Comparator> getComparatorsForColumnIndex(int columnIndex) {
		return List.of(columnComparator(columnIndex));
	}

	@Override
	public Comparator<?> getColumnComparator(int columnIndex) {
		return columnComparator(columnIndex);
	}

	@Override
	public void sort(int columnIndex, SortDirectionEnum sortDirection, boolean accumulate) {
		column = columnIndex;
		direction = sortDirection;
		sorted.run();
	}

	@Override
	public void clear() {
		column = -1;
		direction = SortDirectionEnum.NONE;
		sorted.run();
	}

	private boolean isSorted() {
		return column >= 0 && direction != SortDirectionEnum.NONE;
	}
}
