package org.qaworkbench.ui.internal;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.qaworkbench.core.DiskSpace;
import org.qaworkbench.core.checklists.registry.ChecklistRegistry;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.store.StoreException;
import org.qaworkbench.core.store.StoreInfo;
import org.qaworkbench.ui.editors.RecordEditors;
import org.qaworkbench.core.store.StoreLocation;

/**
 * The status line at the foot of the window: who is signed in, which database is open, any checklist plugin that
 * could not be used (it is skipped and logged; the rest works), and the confirmation of the last step taken
 * (posted on {@link #MESSAGE} by whoever took it). It follows plugins installed or removed while running.
 */
public final class StatusLine {

	/** Topic of a confirmation to show (a String), such as a workflow step taken. */
	public static final String MESSAGE = RecordEditors.STATUS_MESSAGE;

	private static final int STARTUP_GRACE_MILLIS = 1500;

	private Label database;
	private Label plugins;
	private Label user;
	private Label message;
	private final Runnable pluginsChanged = this::showBrokenPluginsLater;

	@PostConstruct
	void create(Composite parent, Store store, SignedIn signedIn) {
		Composite line = new Composite(parent, SWT.NONE);
		line.setLayout(new GridLayout(4, false));
		user = new Label(line, SWT.NONE);
		showUser(signedIn);
		message = new Label(line, SWT.NONE); // beside who took the step, before the long database path
		database = new Label(line, SWT.NONE);
		StoreInfo info = store.info();
		// A nearly full disk is said at once: saving would soon fail (the work is then kept in the editor).
		database.setText(databaseText(info, location(info))
				+ DiskSpace.lowSpaceWarning(info.dataFolder()).map(warning -> "   " + warning).orElse("")); //$NON-NLS-1$ //$NON-NLS-2$
		database.setToolTipText(info.url());
		plugins = new Label(line, SWT.NONE);
		// Finding broken plugins loads every definition: do it once the window is up, not while it is being built.
		parent.getDisplay().timerExec(STARTUP_GRACE_MILLIS, this::showBrokenPluginsLater);
		parent.getDisplay().timerExec(STARTUP_GRACE_MILLIS, ServiceLoaderSupport::startInBackground);
		ChecklistRegistry.instance().addChangeListener(pluginsChanged);
		// SWT on GTK lays the window out before the menu bar has its height, which pushes this trim bar below the
		// window's edge; lay it out again once the window is on screen.
		parent.getDisplay().asyncExec(() -> {
			if (!parent.isDisposed()) {
				parent.getShell().layout(true, true);
			}
		});
	}

	/** Which database is open: the embedded one in the data folder, or a team database on a server. */
	static String databaseText(StoreInfo info, StoreLocation location) {
		return location.isEmbedded() ? NLS.bind(Messages.StatusLine_database, info.dataFolder(), info.schemaVersion())
				: NLS.bind(Messages.StatusLine_server, location.describe(), info.schemaVersion());
	}

	/** Where the store was opened from: the same configuration, read again (it opened, so it reads). */
	private static StoreLocation location(StoreInfo info) {
		try {
			return StoreLocation.resolve(info.dataFolder());
		} catch (StoreException e) {
			return StoreLocation.embedded(info.dataFolder());
		}
	}

	/** Who is signed in, shown on the left: every step is recorded under them. */
	@Inject
	@Optional
	void showUser(@UIEventTopic(SignedIn.CHANGED) SignedIn signedIn) {
		if (signedIn == null || user == null || user.isDisposed()) {
			return;
		}
		user.setText(signedIn.staff().map(staff -> NLS.bind(Messages.StatusLine_signedIn, staff.getName(),
				staff.getRoles().stream().map(role -> role.getLiteral().toLowerCase()).collect(Collectors.joining(", ")))) //$NON-NLS-1$
				.orElse(NLS.bind(Messages.StatusLine_notStaff, signedIn.actor().userId())));
		user.getParent().getParent().layout(true, true);
	}

	/** Confirms a step taken; shown until the next. */
	@Inject
	@Optional
	void say(@UIEventTopic(MESSAGE) String text) {
		if (text == null || message == null || message.isDisposed()) {
			return;
		}
		message.setText(text);
		message.getParent().getParent().layout(true, true);
	}

	public String messageText() {
		return message.getText();
	}

	public String userText() {
		return user.getText();
	}

	/** Reads the registry on a background thread (registry events arrive on the registry's own), then shows. */
	private void showBrokenPluginsLater() {
		if (plugins.isDisposed()) {
			return;
		}
		Display display = plugins.getDisplay();
		CompletableFuture.supplyAsync(() -> ChecklistRegistry.instance().broken()).thenAccept(broken -> display.asyncExec(() -> show(broken)));
	}

	private void show(List<ChecklistRegistry.Broken> broken) {
		if (plugins.isDisposed()) {
			return;
		}
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
