package org.qaworkbench.ui.internal.actions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.nebula.widgets.nattable.data.IRowDataProvider;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.qaworkbench.core.Formats;
import org.qaworkbench.ui.editors.KitTable;
import org.qaworkbench.ui.internal.Messages;

/**
 * The NatTable of the Actions view: a row per action, sorted by a click on a column's header (due date until then),
 * overdue actions and follow-ups due marked. Enter or a double-click opens the selected row's audit; F5 refreshes.
 */
final class ActionsTable {

	static final int CASE = 0;
	static final int LOCALITY = 1;
	static final int WORKER = 2;
	static final int AUDITOR = 3;
	static final int ACTION = 4;
	static final int DUE = 5;
	static final int STATUS = 6;
	static final int FOLLOW_UP_DUE = 7;
	static final int FOLLOW_UP = 8;
	/** Shares of the width left by the fixed columns (case number, dates, statuses), which fit their text. */
	private static final int[] PERCENT = { 0, 16, 17, 17, 50, 0, 0, 0, 0 };
	private static final int COLUMNS = PERCENT.length;
	private static final String OVERDUE = "OVERDUE"; //$NON-NLS-1$
	private static final String FOLLOW_UP_DUE_LABEL = "FOLLOW_UP_DUE"; //$NON-NLS-1$

	private final List<ActionRow> rows = new ArrayList<>();
	private final ActionsSort sort = new ActionsSort(this::sortRows);
	private final KitTable table;

	ActionsTable(Composite parent, Consumer<ActionRow> open, Runnable refresh) {
		Data data = new Data();
		String date = Formats.date(LocalDate.of(2000, 12, 28));
		table = KitTable.over(data, headers()).shares(PERCENT).fitted(CASE, "LL000000").fitted(DUE, date).fitted(FOLLOW_UP_DUE, date) //$NON-NLS-1$
				.fitted(STATUS, Arrays.stream(ActionRow.Status.values()).map(status -> status.label).toArray(String[]::new))
				.fitted(FOLLOW_UP, Arrays.stream(ActionRow.FollowUp.values()).map(followUp -> followUp.label).toArray(String[]::new))
				.labels((labels, column, row) -> {
					if (row < rows.size() && column == STATUS && rows.get(row).status() == ActionRow.Status.OVERDUE) {
						labels.addLabel(OVERDUE);
					} else if (row < rows.size() && column == FOLLOW_UP && rows.get(row).followUp() == ActionRow.FollowUp.OVERDUE) {
						labels.addLabel(OVERDUE);
					} else if (row < rows.size() && column == FOLLOW_UP && rows.get(row).followUp() == ActionRow.FollowUp.DUE) {
						labels.addLabel(FOLLOW_UP_DUE_LABEL);
					}
				}).background(OVERDUE, KitTable.OVERDUE).background(FOLLOW_UP_DUE_LABEL, KitTable.DUE_SOON)
				.rows(data, row -> row.actionId()).sortable(sort)
				.open(() -> {
					ActionRow row = selected();
					if (row != null) {
						open.accept(row);
					}
				}).key(SWT.F5, refresh).framed().build(parent);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.outer());
	}

	private static String[] headers() {
		return new String[] { Messages.Actions_caseNumber, Messages.Actions_locality, Messages.Actions_worker, Messages.Actions_auditor, Messages.Actions_action,
				Messages.Actions_due, Messages.Actions_status, Messages.Actions_followUpDueOn, Messages.Actions_followUp };
	}

	/** Shows these rows in the current order. */
	void show(List<ActionRow> shown) {
		rows.clear();
		rows.addAll(shown);
		sortRows();
	}

	/** Puts the rows in order; the selected action, if still shown, stays selected (and the keyboard's place with it). */
	private void sortRows() {
		ActionRow chosen = selected();
		rows.sort(sort.comparator());
		table.refresh();
		int row = chosen == null ? -1 : indexOf(chosen.actionId());
		if (row >= 0) {
			select(row);
		} else {
			table.clearSelection();
		}
	}

	private int indexOf(long actionId) {
		for (int row = 0; row < rows.size(); row++) {
			if (rows.get(row).actionId() == actionId) {
				return row;
			}
		}
		return -1;
	}

	List<ActionRow> rows() {
		return List.copyOf(rows);
	}

	/** The selected row, or null. */
	ActionRow selected() {
		List<ActionRow> chosen = table.selectedRowObjects();
		return chosen.isEmpty() ? null : chosen.get(0);
	}

	void select(int row) {
		table.selectRow(row);
	}

	/** Sorts by a column as a click on its header would. */
	void sortBy(int column, boolean ascending) {
		sort.sort(column, ascending ? SortDirectionEnum.ASC : SortDirectionEnum.DESC, false);
	}

	Control control() {
		return table.control();
	}

	/** The table in its focus frame, for layout. */
	Control outer() {
		return table.outer();
	}

	/** True while the table shows that it has the keyboard. */
	boolean showsFocus() {
		return table.showsFocus();
	}

	String text(int row, int column) {
		return table.text(row, column);
	}

	/** The cells as text: dates as DD/MM/YYYY, statuses in words. */
	private final class Data implements IRowDataProvider<ActionRow> {

		@Override
		public Object getDataValue(int column, int row) {
			ActionRow action = rows.get(row);
			return switch (column) {
			case CASE -> action.caseNumber();
			case LOCALITY -> action.locality();
			case WORKER -> action.worker();
			case AUDITOR -> action.auditor();
			case ACTION -> action.action();
			case DUE -> Formats.date(action.dueOn());
			case STATUS -> action.status().label;
			case FOLLOW_UP_DUE -> Formats.date(action.followUpDueOn());
			default -> action.followUp().label;
			};
		}

		@Override
		public void setDataValue(int column, int row, Object value) {
			// read-only
		}

		@Override
		public int getColumnCount() {
			return COLUMNS;
		}

		@Override
		public int getRowCount() {
			return rows.size();
		}

		@Override
		public ActionRow getRowObject(int row) {
			return rows.get(row);
		}

		@Override
		public int indexOfRowObject(ActionRow row) {
			return indexOf(row.actionId());
		}
	}
}
