package org.qaworkbench.ui.internal.signin;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** The line under a field that says what is wrong with it, in red; empty while nothing is. */
final class FieldMessage {

	private final Label label;

	/** Under the field, in the second column of a two-column grid. */
	FieldMessage(Composite grid) {
		new Label(grid, SWT.NONE);
		label = new Label(grid, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(label);
	}

	void say(String message) {
		label.setForeground(label.getDisplay().getSystemColor(SWT.COLOR_RED));
		label.setText(message == null ? "" : message); //$NON-NLS-1$
		label.getParent().layout(true);
	}

	/** What the field needs, said before anything is wrong (not in red). */
	void hint(String message) {
		label.setForeground(null);
		label.setText(message);
		label.getParent().layout(true);
	}

	String text() {
		return label.getText();
	}
}
