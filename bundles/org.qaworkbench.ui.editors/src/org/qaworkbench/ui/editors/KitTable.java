package org.qaworkbench.ui.editors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.AbstractUiBindingConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.config.IEditableRule;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.data.IRowDataProvider;
import org.eclipse.nebula.widgets.nattable.data.IRowIdAccessor;
import org.eclipse.nebula.widgets.nattable.edit.EditConfigAttributes;
import org.eclipse.nebula.widgets.nattable.edit.command.EditCellCommand;
import org.eclipse.nebula.widgets.nattable.edit.config.DefaultEditConfiguration;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultColumnHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.layer.CompositeLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.ILayer;
import org.eclipse.nebula.widgets.nattable.layer.cell.IConfigLabelAccumulator;
import org.eclipse.nebula.widgets.nattable.selection.RowSelectionModel;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectCellCommand;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectRowsCommand;
import org.eclipse.nebula.widgets.nattable.selection.config.DefaultRowSelectionLayerConfiguration;
import org.eclipse.nebula.widgets.nattable.sort.ISortModel;
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
import org.eclipse.nebula.widgets.nattable.viewport.command.ShowRowInViewportCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * A NatTable as every table of QA Workbench is set up, in one place: a column header over a body that scrolls, grid
 * lines, text on the left, colours by cell label (overdue in red, a refused question, a section heading), column
 * widths as shares of the width or fitted to their longest text, keys and a double-click bound to what the table
 * does, cells typed into where a label says so, selection by cell or by whole row, and a frame that shows when the
 * table has the keyboard (NatTable draws no focus mark of its own). A table is its data plus a few calls:
 *
 * <pre>
 * KitTable table = KitTable.over(data, "Practitioner", "Next due")
 * 		.shares(70, 0).fitted(1, "28/12/2000")
 * 		.labels((labels, column, row) -&gt; { if (overdue(row)) labels.addLabel("OVERDUE"); })
 * 		.background("OVERDUE", KitTable.OVERDUE)
 * 		.rows(data, row -&gt; row.id())
 * 		.open(this::openSelected).key(SWT.F5, this::refresh)
 * 		.framed().build(parent);
 * </pre>
 */
public final class KitTable {

	/** Overdue: a pale red behind the cell. */
	public static final Color OVERDUE = GUIHelper.getColor(255, 205, 205);
	/** Due soon: a pale amber. */
	public static final Color DUE_SOON = GUIHelper.getColor(255, 232, 180);
	/** Refused by the rules: a pale red, a little lighter than overdue. */
	public static final Color REFUSED = GUIHelper.getColor(255, 214, 214);
	/** A selected row: a plain light blue, its text as in the other rows. */
	private static final Color SELECTED_ROW = GUIHelper.getColor(200, 221, 247);
	private static final int SORT_ARROW = 14;
	private static final int PADDING = 12;

	private final NatTable table;
	private final DataLayer body;
	private final SelectionLayer selection;
	private final ViewportLayer viewport;
	private final FocusFrame frame;
	/** The column headers as shown: the header layer reads this array at each paint. */
	private final String[] headers;

	private KitTable(Builder builder, Composite parent) {
		headers = builder.headers;
		frame = builder.framed ? new FocusFrame(parent) : null;
		Composite owner = frame == null ? parent : frame.body();
		body = new DataLayer(builder.data);
		size(builder, owner);
		if (builder.labels != null) {
			body.setConfigLabelAccumulator(builder.labels);
		}
		if (builder.rows != null) {
			selection = new SelectionLayer(body, false);
			selection.setSelectionModel(builder.rowSelection(selection));
			selection.addConfiguration(new DefaultRowSelectionLayerConfiguration());
		} else {
			selection = new SelectionLayer(body);
		}
		viewport = new ViewportLayer(selection);
		ILayer header = new ColumnHeaderLayer(new DataLayer(new DefaultColumnHeaderDataProvider(builder.headers)), viewport, selection);
		if (builder.sort != null) {
			header = new SortHeaderLayer<>(header, builder.sort);
		}
		CompositeLayer composite = new CompositeLayer(1, 2);
		composite.setChildLayer(GridRegion.COLUMN_HEADER, header, 0, 0);
		composite.setChildLayer(GridRegion.BODY, viewport, 0, 1);
		if (!builder.editable.isEmpty()) {
			// A plain composite (not NatTable's GridLayer) needs the edit handlers and the default text editor added.
			composite.addConfiguration(new DefaultEditConfiguration());
		}
		table = new NatTable(owner, composite, false);
		if (frame != null) {
			frame.follow(table);
		}
		DefaultNatTableStyleConfiguration style = new DefaultNatTableStyleConfiguration();
		// NatTable's default is a font of the first Display, kept in a static; after a sign-out the workbench runs on a
		// new Display, where that font is invalid and no cell's text would be drawn.
		style.font = owner.getDisplay().getSystemFont();
		table.addConfiguration(style);
		if (builder.sort != null) {
			table.addConfiguration(new SingleClickSortConfiguration());
		}
		table.addConfiguration(new Configuration(builder));
		table.configure();
	}

	/** Shares of the width, and fixed widths that fit a column's header (and sort arrow) and its longest sample. */
	private void size(Builder builder, Composite owner) {
		if (builder.shares == null) {
			return;
		}
		body.setColumnPercentageSizing(true);
		GC gc = new GC(owner);
		try {
			gc.setFont(owner.getFont());
			for (int column = 0; column < builder.shares.length; column++) {
				if (builder.shares[column] > 0) {
					body.setColumnWidthPercentageByPosition(column, builder.shares[column]);
					continue;
				}
				int widest = gc.textExtent(builder.headers[column]).x + (builder.sort == null ? 0 : SORT_ARROW);
				for (String sample : builder.samples.getOrDefault(column, List.of())) {
					widest = Math.max(widest, gc.textExtent(sample).x);
				}
				body.setColumnPercentageSizing(column, false);
				body.setColumnWidthByPosition(column, widest + PADDING);
			}
		} finally {
			gc.dispose();
		}
	}

	/** A table of {@code data} under these column headers, to be set up and built. */
	public static Builder over(IDataProvider data, String... headers) {
		return new Builder(data, headers);
	}

	/** How a table is set up; {@link #build} makes it. */
	public static final class Builder {
		private final IDataProvider data;
		private final String[] headers;
		private int[] shares;
		private final Map<Integer, List<String>> samples = new LinkedHashMap<>();
		private IConfigLabelAccumulator labels;
		private final Map<String, Color> backgrounds = new LinkedHashMap<>();
		private final List<String> headings = new ArrayList<>();
		private final List<String> editable = new ArrayList<>();
		private IRowDataProvider<?> rows;
		private IRowIdAccessor<?> ids;
		private ISortModel sort;
		private final List<Consumer<UiBindingRegistry>> bindings = new ArrayList<>();
		private boolean framed;

		private Builder(IDataProvider data, String[] headers) {
			this.data = data;
			this.headers = headers.clone();
		}

		/** Each column's share of the width in percent; 0 for a column as wide as its text ({@link #fitted}). */
		public Builder shares(int... percent) {
			this.shares = percent.clone();
			return this;
		}

		/** A column of share 0 is as wide as the widest of its header and these texts. */
		public Builder fitted(int column, String... texts) {
			samples.put(column, List.of(texts));
			return this;
		}

		/** Labels the cells, for colours ({@link #background}, {@link #heading}) and typing ({@link #editable}). */
		public Builder labels(IConfigLabelAccumulator accumulator) {
			this.labels = accumulator;
			return this;
		}

		/** Cells with this label on this colour. */
		public Builder background(String label, Color colour) {
			backgrounds.put(label, colour);
			return this;
		}

		/** Cells with this label shaded and bold, as a section's heading. */
		public Builder heading(String label) {
			headings.add(label);
			return this;
		}

		/** Cells with this label can be typed into ({@link KitTable#edit}); the data provider takes what is typed. */
		public Builder editable(String label) {
			editable.add(label);
			return this;
		}

		/** Selects whole rows, followed by their ids across a refresh or a sort; the selected row in a plain light blue. */
		public <R> Builder rows(IRowDataProvider<R> rowData, IRowIdAccessor<R> rowIds) {
			this.rows = rowData;
			this.ids = rowIds;
			return this;
		}

		@SuppressWarnings({ "unchecked", "rawtypes" })
		private RowSelectionModel<?> rowSelection(SelectionLayer layer) {
			return new RowSelectionModel(layer, rows, ids, false);
		}

		/** A click on a column's header sorts by it, through this model. */
		public Builder sortable(ISortModel model) {
			this.sort = model;
			return this;
		}

		/** A key (an SWT key code such as {@code SWT.F5}, or a character) does this, before NatTable's own bindings. */
		public Builder key(int keyCode, Runnable action) {
			bindings.add(registry -> registry.registerFirstKeyBinding(new KeyEventMatcher(SWT.NONE, keyCode), (natTable, event) -> action.run()));
			return this;
		}

		/** Each of these characters, typed, is handed to {@code typed}. */
		public Builder characters(String characters, Consumer<Character> typed) {
			for (char key : characters.toCharArray()) {
				bindings.add(registry -> registry.registerFirstKeyBinding(new KeyEventMatcher(SWT.NONE, key), (natTable, event) -> typed.accept(event.character)));
			}
			return this;
		}

		/** Enter (either key) and a double-click on a row open what it shows. */
		public Builder open(Runnable action) {
			key(SWT.CR, action);
			key(SWT.KEYPAD_CR, action);
			bindings.add(registry -> registry.registerDoubleClickBinding(MouseEventMatcher.bodyLeftClick(SWT.NONE), (natTable, event) -> action.run()));
			return this;
		}

		/** A frame round the table that shows while it has the keyboard ({@link KitTable#outer()} is what to lay out). */
		public Builder framed() {
			this.framed = true;
			return this;
		}

		public KitTable build(Composite parent) {
			return new KitTable(this, parent);
		}
	}

	/** The keys and styles the builder was given, on NatTable's defaults. */
	private static final class Configuration extends AbstractUiBindingConfiguration {
		private final Builder builder;

		Configuration(Builder builder) {
			this.builder = builder;
		}

		@Override
		public void configureUiBindings(UiBindingRegistry registry) {
			builder.bindings.forEach(binding -> binding.accept(registry));
		}

		@Override
		public void configureRegistry(IConfigRegistry registry) {
			for (String label : builder.editable) {
				registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITABLE_RULE, IEditableRule.ALWAYS_EDITABLE, DisplayMode.EDIT, label);
			}
			registry.registerConfigAttribute(CellConfigAttributes.RENDER_GRID_LINES, Boolean.TRUE);
			registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, style(null), DisplayMode.NORMAL, GridRegion.BODY);
			for (String label : builder.headings) {
				Style heading = style(GUIHelper.COLOR_WIDGET_LIGHT_SHADOW);
				heading.setAttributeValue(CellStyleAttributes.FONT, JFaceResources.getBannerFont());
				registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, heading, DisplayMode.NORMAL, label);
			}
			builder.backgrounds.forEach((label, colour) -> registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, style(colour), DisplayMode.NORMAL, label));
			if (builder.rows != null) {
				Style selected = style(SELECTED_ROW);
				selected.setAttributeValue(CellStyleAttributes.FONT,
						registry.getConfigAttribute(CellConfigAttributes.CELL_STYLE, DisplayMode.NORMAL).getAttributeValue(CellStyleAttributes.FONT));
				selected.setAttributeValue(CellStyleAttributes.FOREGROUND_COLOR, GUIHelper.COLOR_BLACK);
				registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, selected, DisplayMode.SELECT);
				registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, selected, DisplayMode.SELECT, SelectionStyleLabels.SELECTION_ANCHOR_STYLE);
				// The headers stay as they are when a row is selected.
				IStyle header = registry.getConfigAttribute(CellConfigAttributes.CELL_STYLE, DisplayMode.NORMAL, GridRegion.COLUMN_HEADER);
				registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, header, DisplayMode.SELECT, GridRegion.COLUMN_HEADER);
				registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, header, DisplayMode.SELECT, SelectionStyleLabels.COLUMN_FULLY_SELECTED_STYLE);
			}
		}

		private static Style style(Color background) {
			Style style = new Style();
			style.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.LEFT);
			if (background != null) {
				style.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, background);
			}
			return style;
		}
	}

	/** Heads a column anew (a file column named after the supervisee drawn for it), shown at once. */
	public void setHeader(int column, String text) {
		headers[column] = text;
		table.refresh();
	}

	/** A column's header as shown. */
	public String header(int column) {
		return headers[column];
	}

	public NatTable control() {
		return table;
	}

	/** What to lay out: the frame when the table has one, else the table. */
	public Control outer() {
		return frame == null ? table : frame.body();
	}

	/** True while the frame shows that the table has the keyboard. */
	public boolean showsFocus() {
		return frame != null && frame.showsFocus();
	}

	public SelectionLayer selection() {
		return selection;
	}

	/** The row of the selected cell (the anchor), or -1. */
	public int selectedRow() {
		return selection.getSelectionAnchor().getRowPosition();
	}

	/** The column of the selected cell (the anchor), or -1. */
	public int selectedColumn() {
		return selection.getSelectionAnchor().getColumnPosition();
	}

	/** The objects of the selected rows (a table built with {@link Builder#rows}). */
	@SuppressWarnings("unchecked")
	public <R> List<R> selectedRowObjects() {
		return ((RowSelectionModel<R>) selection.getSelectionModel()).getSelectedRowObjects();
	}

	public void selectCell(int column, int row) {
		table.doCommand(new SelectCellCommand(selection, column, row, false, false));
	}

	public void selectRow(int row) {
		table.doCommand(new SelectRowsCommand(selection, 0, row, false, false));
	}

	public void clearSelection() {
		selection.clear();
	}

	/** Starts typing into a cell whose label is {@link Builder#editable}. */
	public void edit(int column, int row) {
		table.doCommand(new EditCellCommand(table, table.getConfigRegistry(), selection.getCellByPosition(column, row)));
	}

	/** Scrolls the row into view. */
	public void reveal(int row) {
		viewport.doCommand(new ShowRowInViewportCommand(row));
	}

	/** True when the row is wholly inside the visible part of the table. */
	public boolean isShown(int row) {
		int position = viewport.getRowPositionByIndex(row);
		return position >= 0 && viewport.getStartYOfRowPosition(position) + viewport.getRowHeightByPosition(position) <= viewport.getHeight();
	}

	/** A body cell's text as the table shows it (row 0 is the first under the header). */
	public String text(int row, int column) {
		return String.valueOf(table.getDataValueByPosition(column, row + 1));
	}

	/** The labels a body cell carries (row 0 is the first under the header). */
	public List<String> labels(int row, int column) {
		return table.getConfigLabelsByPosition(column, row + 1).getLabels();
	}

	/** The colour behind a body cell as drawn now. */
	public Color background(int row, int column) {
		IStyle style = table.getConfigRegistry().getConfigAttribute(CellConfigAttributes.CELL_STYLE, DisplayMode.NORMAL, labels(row, column));
		return style == null ? null : style.getAttributeValue(CellStyleAttributes.BACKGROUND_COLOR);
	}

	public void refresh() {
		table.refresh();
	}
}
