package org.qaworkbench.ui.editors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * A thin border that takes the selection colour while the control inside has the keyboard focus. NatTable draws no
 * focus mark of its own, so without it nothing shows that keys will go to a table.
 */
public final class FocusFrame {

	private static final int WIDTH = 2;

	private final Composite frame;

	public FocusFrame(Composite parent) {
		frame = new Composite(parent, SWT.NONE);
		FillLayout layout = new FillLayout();
		layout.marginWidth = layout.marginHeight = WIDTH;
		frame.setLayout(layout);
	}

	/** Where the framed control is made. */
	public Composite body() {
		return frame;
	}

	/** Marks the frame while {@code inside} has the focus. */
	public void follow(Control inside) {
		inside.addListener(SWT.FocusIn, event -> frame.setBackground(focusColour()));
		inside.addListener(SWT.FocusOut, event -> frame.setBackground(null));
	}

	/** True while the frame shows the focus. */
	public boolean showsFocus() {
		return frame.getBackground().equals(focusColour());
	}

	private Color focusColour() {
		return frame.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION);
	}
}
