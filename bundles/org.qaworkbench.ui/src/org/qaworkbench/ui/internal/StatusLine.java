package org.qaworkbench.ui.internal;

import jakarta.annotation.PostConstruct;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.store.StoreInfo;

/** The status line at the foot of the window: which database is open. */
public final class StatusLine {

	private Label database;

	@PostConstruct
	void create(Composite parent, Store store) {
		Composite line = new Composite(parent, SWT.NONE);
		line.setLayout(new GridLayout(1, false));
		database = new Label(line, SWT.NONE);
		StoreInfo info = store.info();
		database.setText(NLS.bind(Messages.StatusLine_database, info.dataFolder(), info.schemaVersion()));
		database.setToolTipText(info.url());
		// SWT on GTK lays the window out before the menu bar has its height, which pushes this trim bar below the
		// window's edge; lay it out again once the window is on screen.
		parent.getDisplay().asyncExec(() -> {
			if (!parent.isDisposed()) {
				parent.getShell().layout(true, true);
			}
		});
	}

	public String text() {
		return database.getText();
	}
}
