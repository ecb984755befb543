package org.qaworkbench.ui.internal;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.qaworkbench.core.checklists.registry.ChecklistRegistry;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.store.StoreInfo;

/**
 * The status line at the foot of the window: which database is open, and any checklist plugin that could not be
 * used (it is skipped and logged; the rest works). It follows plugins installed or removed while running.
 */
public final class StatusLine {

	private Label database;
	private Label plugins;
	private final Runnable pluginsChanged = this::showBrokenPluginsLater;

	@PostConstruct
	void create(Composite parent, Store store) {
		Composite line = new Composite(parent, SWT.NONE);
		line.setLayout(new GridLayout(2, false));
		database = new Label(line, SWT.NONE);
		StoreInfo info = store.info();
		database.setText(NLS.bind(Messages.StatusLine_database, info.dataFolder(), info.schemaVersion()));
		database.setToolTipText(info.url());
		plugins = new Label(line, SWT.NONE);
		showBrokenPlugins();
		ChecklistRegistry.instance().addChangeListener(pluginsChanged);
		// SWT on GTK lays the window out before the menu bar has its height, which pushes this trim bar below the
		// window's edge; lay it out again once the window is on screen.
		parent.getDisplay().asyncExec(() -> {
			if (!parent.isDisposed()) {
				parent.getShell().layout(true, true);
			}
		});
	}

	/** Registry events arrive on the registry's thread. */
	private void showBrokenPluginsLater() {
		if (!plugins.isDisposed()) {
			plugins.getDisplay().asyncExec(this::showBrokenPlugins);
		}
	}

	private void showBrokenPlugins() {
		if (plugins.isDisposed()) {
			return;
		}
		List<ChecklistRegistry.Broken> broken = ChecklistRegistry.instance().broken();
		plugins.setText(broken.isEmpty() ? "" : NLS.bind(Messages.StatusLine_brokenPlugins, broken.size())); //$NON-NLS-1$
		plugins.setToolTipText(broken.stream().map(b -> b.contribution().bundle() + "/" + b.contribution().file() + ": " + b.reason()) //$NON-NLS-1$ //$NON-NLS-2$
				.collect(Collectors.joining("\n"))); //$NON-NLS-1$
		plugins.getParent().getParent().layout(true, true);
	}

	@PreDestroy
	void dispose() {
		ChecklistRegistry.instance().removeChangeListener(pluginsChanged);
	}

	public String text() {
		return database.getText();
	}

	public String pluginsText() {
		return plugins.getText();
	}

	public String pluginsDetail() {
		return plugins.getToolTipText();
	}
}
