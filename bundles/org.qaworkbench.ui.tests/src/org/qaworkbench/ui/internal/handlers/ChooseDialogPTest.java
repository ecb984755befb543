package org.qaworkbench.ui.internal.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.qaworkbench.ui.internal.Ui;

/** The list to choose from (new checklist, uninstall): typing any part of a line narrows it; Enter chooses the match. */
class ChooseDialogPTest {

	@Test
	void typingAnyPartOfALineNarrowsTheListAndEnterChoosesTheMatch() {
		List<String> lines = List.of("Case file audit  (version 3)  Quarry", "Group visit  (version 1)  Quarry", "Incredible Years  (version 2)  Dale");
		Shell main = Display.getCurrent().getActiveShell() != null ? Display.getCurrent().getActiveShell() : Display.getCurrent().getShells()[0];
		ChooseDialog<String> dialog = new ChooseDialog<>(main, "Choose", lines, new LabelProvider());
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			assertEquals(lines.size(), dialog.shown().size(), "every line, not only the rows that fit");
			dialog.getShell().forceActive();
			dialog.filter().setFocus();

			Ui.type("isit");
			Ui.spinUntil(() -> dialog.filter().getText().equals("isit"), "the typed text in the field");
			assertEquals(List.of(lines.get(1)), dialog.shown(), "the middle of a word matches");

			dialog.filter().selectAll();
			Ui.type("DALE years");
			Ui.spinUntil(() -> dialog.filter().getText().equals("DALE years"), "the typed text in the field");
			assertEquals(List.of(lines.get(2)), dialog.shown(), "words in any order, in any case");

			Ui.type("\r");
			Ui.spinUntil(() -> dialog.getShell() == null, "Enter to close the dialog");
			assertEquals(Window.OK, dialog.getReturnCode());
			assertEquals(lines.get(2), dialog.chosen());
		} finally {
			dialog.close();
		}
	}

	@Test
	void everyWordTypedMustOccurSomewhereInTheLine() {
		String line = "Ella Taylor  (team leader, Hadley Castle)  ella.taylor";
		assertTrue(ChooseDialog.matches(line, "castle TAY"));
		assertTrue(ChooseDialog.matches(line, "  "));
		assertEquals(false, ChooseDialog.matches(line, "taylor wrekin"));
	}
}
