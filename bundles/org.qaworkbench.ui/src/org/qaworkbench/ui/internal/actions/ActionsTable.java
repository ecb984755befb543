package org.qaworkbench.ui.internal.actions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.AbstractUiBindingConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.data.IRowDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultColumnHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.layer.CompositeLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.selection.RowSelectionModel;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectRowsCommand;
import org.eclipse.nebula.widgets.nattable.selection.config.DefaultRowSelectionLayerConfiguration;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;
import org.eclipse.nebula.widgets.nattable.sort.SortHeaderLayer;
import org.eclipse.nebula.widgets.nattable.sort.config.SingleClickSortConfiguration;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.style.IStyle;
import org.eclipse.nebula.widgets.nattable.style.SelectionStyleLabels;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.nebula.widgets.nattable.ui.binding.UiBindingRegistry;
import org.eclipse.nebula.widgets.nattable.ui.matcher.KeyEventMatcher;
import org.eclipse.nebula.widgets.nattable.ui.matcher.MouseEventMatcher;
import org.eclipse.nebula.widgets.nattable.util.GUIHelper;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.qaworkbench.core.Formats;
import org.qaworkbench.ui.internal.FocusFrame;
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
	private static final int SORT_ARROW = 14;
	private static final int PADDING = 12;
	private static final String OVERDUE = "OVERDUE"; //$NON-NLS-1$
	private static final String FOLLOW_UP_DUE_LABEL = "FOLLOW_UP_DUE"; //$NON-NLS-1$

	private final List<ActionRow> rows = new ArrayList<>();
	private final ActionsSort sort = new ActionsSort(this::sortRows);
	private final NatTable table;
	private final SelectionLayer selection;
	private final FocusFrame frame;

	ActionsTable(Composite parent, Consumer<ActionRow> open, Runnable refresh) {
		Data data = new Data();
		DataLayer body = new DataLayer(data);
		body.setColumnPercentageSizing(true);
		int[] fixed = fixedWidths(parent);
		for (int column = 0; column < COLUMNS; column++) {
			if (PERCENT[column] > 0) {
				body.setColumnWidthPercentageByPosition(column, PERCENT[column]);
			} else {
				body.setColumnPercentageSizing(column, false);
				body.setColumnWidthByPosition(column, fixed[column]);
			}
		}
		body.setConfigLabelAccumulator((labels, column, row) -> {
			if (row < rows.size() && column == STATUS && rows.get(row).status() == ActionRow.Status.OVERDUE) {
				labels.addLabel(OVERDUE);
			} else if (row < rows.size() && column == FOLLOW_UP && rows.get(row).followUp() == ActionRow.FollowUp.OVERDUE) {
				labels.addLabel(OVERDUE);
			} else if (row < rows.size() && column == FOLLOW_UP && rows.get(row).followUp() == ActionRow.FollowUp.DUE) {
				labels.addLabel(FOLLOW_UP_DUE_LABEL);
			}
		});
		selection = new SelectionLayer(body, false);
		selection.setSelectionModel(new RowSelectionModel<>(selection, data, row -> row.actionId(), false));
		selection.addConfiguration(new DefaultRowSelectionLayerConfiguration());
		ViewportLayer viewport = new ViewportLayer(selection);
		ColumnHeaderLayer header = new ColumnHeaderLayer(new DataLayer(new DefaultColumnHeaderDataProvider(headers())), viewport, selection);
		CompositeLayer composite = new CompositeLayer(1, 2);
		composite.setChildLayer(GridRegion.COLUMN_HEADER, new SortHeaderLayer<ActionRow>(header, sort), 0, 0);
		composite.setChildLayer(GridRegion.BODY, viewport, 0, 1);
		frame = new FocusFrame(parent);
		table = new NatTable(frame.body(), composite, false);
		frame.follow(table);
		table.addConfiguration(new DefaultNatTableStyleConfiguration());
		table.addConfiguration(new SingleClickSortConfiguration());
		table.addConfiguration(new Bindings(open, refresh));
		table.configure();
		GridDataFactory.fillDefaults().grab(true, true).applyTo(frame.body());
	}

	/** Wide enough for the longest text a fixed column shows, and the sort arrow beside its header. */
	private static int[] fixedWidths(Composite parent) {
		String date = Formats.date(LocalDate.of(2000, 12, 28));
		String[][] samples = new String[COLUMNS][];
		samples[CASE] = new String[] { "LL000000" }; //$NON-NLS-1$
		samples[DUE] = new String[] { date };
		samples[FOLLOW_UP_DUE] = new String[] { date };
		samples[STATUS] = Arrays.stream(ActionRow.Status.values()).map(status -> status.label).toArray(String[]::new);
		samples[FOLLOW_UP] = Arrays.stream(ActionRow.FollowUp.values()).map(followUp -> followUp.label).toArray(String[]::new);
		String[] headers = headers();
		int[] widths = new int[COLUMNS];
		GC gc = new GC(parent);
		try {
			gc.setFont(parent.getFont());
			for (int column = 0; column < COLUMNS; column++) {
				int widest = gc.textExtent(headers[column]).x + SORT_ARROW;
				for (String sample : samples[column] == null ? new String[0] : samples[column]) {
					widest = Math.max(widest, gc.textExtent(sample).x);
				}
				widths[column] = widest + PADDING;
			}
		} finally {
			gc.dispose();
		}
		return widths;
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
			selection.clear();
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
		@SuppressWarnings("unchecked")
		List<ActionRow> chosen = ((RowSelectionModel<ActionRow>) selection.getSelectionModel()).getSelectedRowObjects();
		return chosen.isEmpty() ? null : chosen.get(0);
	}

	void select(int row) {
		table.doCommand(new SelectRowsCommand(selection, 0, row, false, false));
	}

	/** Sorts by a column as a click on its header would. */
	void sortBy(int column, boolean ascending) {
		sort.sort(column, ascending ? SortDirectionEnum.ASC : SortDirectionEnum.DESC, false);
	}

	Control control() {
		return table;
	}

	/** The table in its focus frame, for layout. */
	FocusFrame frame() {
		return frame;
	}

	String text(int row, int column) {
		return String.valueOf(table.getDataValueByPosition(column, row + 1));
	}

	/** Enter and a double-click open, F5 refreshes; overdue and follow-up-due cells marked. */
	private final class Bindings extends AbstractUiBindingConfiguration {
		private final Consumer<ActionRow> open;
		private final Runnable refresh;

		Bindings(Consumer<ActionRow> open, Runnable refresh) {
			this.open = open;
			this.refresh = refresh;
		}

		@Override
		public void configureUiBindings(UiBindingRegistry registry) {
			registry.registerDoubleClickBinding(MouseEventMatcher.bodyLeftClick(SWT.NONE), (natTable, event) -> openSelected());
			registry.registerFirstKeyBinding(new KeyEventMatcher(SWT.NONE, SWT.CR), (natTable, event) -> openSelected());
			registry.registerFirstKeyBinding(new KeyEventMatcher(SWT.NONE, SWT.KEYPAD_CR), (natTable, event) -> openSelected());
			registry.registerFirstKeyBinding(new KeyEventMatcher(SWT.NONE, SWT.F5), (natTable, event) -> refresh.run());
		}

		private void openSelected() {
			ActionRow row = selected();
			if (row != null) {
				open.accept(row);
			}
		}

		@Override
		public void configureRegistry(IConfigRegistry registry) {
			registry.registerConfigAttribute(CellConfigAttributes.RENDER_GRID_LINES, Boolean.TRUE);
			registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, style(null), DisplayMode.NORMAL, GridRegion.BODY);
			registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, style(GUIHelper.getColor(255, 205, 205)), DisplayMode.NORMAL, OVERDUE);
			registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, style(GUIHelper.getColor(255, 232, 180)), DisplayMode.NORMAL, FOLLOW_UP_DUE_LABEL);
			// A selected row in a plain light blue, its text as in the other rows; the headers stay as they are.
			Style selected = style(GUIHelper.getColor(200, 221, 247));
			selected.setAttributeValue(CellStyleAttributes.FONT,
					registry.getConfigAttribute(CellConfigAttributes.CELL_STYLE, DisplayMode.NORMAL).getAttributeValue(CellStyleAttributes.FONT));
			selected.setAttributeValue(CellStyleAttributes.FOREGROUND_COLOR, GUIHelper.COLOR_BLACK);
			registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, selected, DisplayMode.SELECT);
			registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, selected, DisplayMode.SELECT, SelectionStyleLabels.SELECTION_ANCHOR_STYLE);
			IStyle header = registry.getConfigAttribute(CellConfigAttributes.CELL_STYLE, DisplayMode.NORMAL, GridRegion.COLUMN_HEADER);
			registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, header, DisplayMode.SELECT, GridRegion.COLUMN_HEADER);
			registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, header, DisplayMode.SELECT, SelectionStyleLabels.COLUMN_FULLY_SELECTED_STYLE);
		}

		private Style style(Color background) {
			Style style = new Style();
			style.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.LEFT);
			if (background != null) {
				style.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, background);
			}
			return style;
		}
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
