package org.qaworkbench.ui.editors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.nebula.widgets.nattable.data.IRowDataProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The kit's table setup as a view and an editor use it: headers, fitted and shared column widths, colours by label,
 * whole-row selection that follows its row, Enter, a key and typed characters bound to what the table does, and cells
 * typed into only where a label allows.
 */
class KitTablePTest {

	private record Line(long id, String name, String due, boolean overdue) {
	}

	private final List<Line> lines = new ArrayList<>(List.of(new Line(7, "Paul", "01/06/2026", true), new Line(9, "Ann", "28/12/2026", false)));
	private final List<String> opened = new ArrayList<>();
	private final List<Character> typed = new ArrayList<>();
	private final List<String> edits = new ArrayList<>();
	private int refreshed;
	private Shell shell;
	private KitTable built;

	@BeforeEach
	void aShell() {
		shell = new Shell(Display.getCurrent());
		shell.setLayout(new FillLayout());
		shell.setSize(600, 300);
	}

	@AfterEach
	void closeIt() {
		shell.dispose();
	}

	private final class Data implements IRowDataProvider<Line> {
		@Override
		public Object getDataValue(int column, int row) {
			return column == 0 ? lines.get(row).name() : lines.get(row).due();
		}

		@Override
		public void setDataValue(int column, int row, Object value) {
			edits.add(row + ":" + column + ":" + value);
		}

		@Override
		public int getColumnCount() {
			return 2;
		}

		@Override
		public int getRowCount() {
			return lines.size();
		}

		@Override
		public Line getRowObject(int row) {
			return lines.get(row);
		}

		@Override
		public int indexOfRowObject(Line line) {
			return lines.indexOf(line);
		}
	}

	/** Builds the table in the shell and shows it. */
	private KitTable table() {
		Data data = new Data();
		built = KitTable.over(data, "Practitioner", "Next due").shares(100, 0).fitted(1, "28/12/2000 (overdue)")
				.labels((labels, column, row) -> {
					if (row < lines.size() && column == 1 && lines.get(row).overdue()) {
						labels.addLabel("OVERDUE");
					}
					if (column == 0) {
						labels.addLabel("TYPED");
					}
				}).background("OVERDUE", KitTable.OVERDUE).editable("TYPED").rows(data, Line::id)
				.open(() -> built.selectedRowObjects().forEach(line -> opened.add(((Line) line).name())))
				.key(SWT.F5, () -> refreshed++).characters("yn", typed::add).framed().build(shell);
		shell.layout(true, true);
		shell.open();
		return built;
	}

	@Test
	void headersWidthsAndColoursAsSetUp() {
		KitTable table = table();
		assertEquals("Practitioner", table.control().getDataValueByPosition(0, 0));
		assertEquals("Next due", table.control().getDataValueByPosition(1, 0));
		assertEquals("Paul", table.text(0, 0));
		assertEquals("28/12/2026", table.text(1, 1));
		assertEquals(KitTable.OVERDUE, table.background(0, 1), "the overdue cell on its colour");
		assertNull(table.background(1, 1), "the other on the table's");
		GC gc = new GC(table.control());
		int sample = gc.textExtent("28/12/2000 (overdue)").x;
		gc.dispose();
		assertTrue(table.control().getColumnWidthByPosition(1) > sample, "fitted to its longest text");
		assertTrue(table.control().getColumnWidthByPosition(0) > table.control().getColumnWidthByPosition(1), "the rest of the width to the shared column");
		assertTrue(table.outer() != table.control(), "framed");
	}

	@Test
	void keysOpenRefreshAndTypeOnTheSelectedRow() {
		KitTable table = table();
		table.selectRow(1);
		assertEquals(List.of(lines.get(1)), table.selectedRowObjects());
		press(table, SWT.CR, '\r');
		assertEquals(List.of("Ann"), opened, "Enter opens the selected row");
		press(table, SWT.F5, '\0');
		assertEquals(1, refreshed, "F5 as bound");
		press(table, 'y', 'y');
		assertEquals(List.of('y'), typed);

		// The selection follows its row when the rows change order.
		lines.add(0, lines.remove(1));
		table.refresh();
		assertEquals(List.of("Ann"), table.selectedRowObjects().stream().map(line -> ((Line) line).name()).toList());
	}

	@Test
	void onlyLabelledCellsAreTypedInto() {
		KitTable table = table();
		table.edit(1, 0);
		assertNull(table.control().getActiveCellEditor(), "a date column without the label is not typed into");
		table.edit(0, 0);
		assertNotNull(table.control().getActiveCellEditor(), "the labelled column is");
		table.control().getActiveCellEditor().setEditorValue("Paula");
		table.control().commitAndCloseActiveCellEditor();
		assertEquals(List.of("0:0:Paula"), edits, "what is typed goes to the data");
	}

	private static void press(KitTable table, int keyCode, char character) {
		Event event = new Event();
		event.keyCode = keyCode;
		event.character = character;
		table.control().notifyListeners(SWT.KeyDown, event);
	}
}
