package org.qaworkbench.ui.internal.accesslog;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.qaworkbench.core.access.Permission;
import org.qaworkbench.core.access.Permissions;
import org.qaworkbench.core.Formats;
import org.qaworkbench.core.store.AccessLog.Access;
import org.qaworkbench.core.store.AccessLog.Event;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.ui.editors.SignedInPerson;

/**
 * Window &gt; Access log: who opened or exported confidential records, newest first, for an administrator only (the
 * log says who looked at what, so it is as confidential as the records). Record id narrows it to one record (Enter
 * reads it); the log is read in the background and shown on the UI thread, as every view does.
 */
public final class AccessLogPart {

	public static final String ID = "org.qaworkbench.ui.part.accesslog"; //$NON-NLS-1$
	/** The newest events shown: the log only grows, and a view of it is for looking, not for counting. */
	static final int LIMIT = 500;

	@Inject
	private Store store;
	@Inject
	private SignedInPerson signedIn;

	private Composite parent;
	private Text recordId;
	private Table table;
	private Label summary;
	private List<Event> shown = List.of();
	private int generation;
	private final List<CompletableFuture<Void>> waiting = new ArrayList<>();

	/** What one read found: whether the person may see the log, and its events. */
	private record Read(boolean administrator, List<Event> events) {
	}

	@PostConstruct
	void create(Composite parent) {
		this.parent = parent;
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(parent);
		new Label(parent, SWT.NONE).setText(Messages.View_record);
		recordId = new Text(parent, SWT.BORDER | SWT.SINGLE);
		recordId.setMessage(Messages.View_recordHint);
		GridDataFactory.fillDefaults().hint(160, SWT.DEFAULT).applyTo(recordId);
		recordId.addListener(SWT.DefaultSelection, event -> refresh());
		table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		table.setHeaderVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(table);
		for (String column : List.of(Messages.View_when, Messages.View_who, Messages.View_workstation, Messages.View_what, Messages.View_kind, Messages.View_id)) {
			TableColumn tableColumn = new TableColumn(table, SWT.LEFT);
			tableColumn.setText(column);
			tableColumn.setWidth(140);
		}
		summary = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(summary);
		refresh();
	}

	/**
	 * Someone else signed in: the log only if they are an administrator. What the last person was shown goes at
	 * once, with the record id they typed (a refusal at the field would otherwise leave their rows in view).
	 */
	@Inject
	@Optional
	void signedInChanged(@UIEventTopic(SignedInPerson.CHANGED) Object who) {
		if (table != null && !table.isDisposed()) {
			table.removeAll();
			shown = List.of();
			recordId.setText(""); //$NON-NLS-1$
			refresh();
		}
	}

	/**
	 * Reads the log again (of the record whose id is typed, else every record's), in the background. A record id that
	 * is not a whole number is refused at the field and nothing is read. The future completes once the newest read is
	 * shown.
	 */
	public CompletableFuture<Void> refresh() {
		CompletableFuture<Void> done = new CompletableFuture<>();
		String typed = recordId.getText().strip();
		long record;
		try {
			record = typed.isEmpty() ? 0 : Long.parseLong(typed);
			if (record < 0) {
				throw new NumberFormatException(typed);
			}
		} catch (NumberFormatException e) {
			say(NLS.bind(Messages.View_badRecord, typed));
			done.complete(null);
			return done;
		}
		int run = ++generation;
		waiting.add(done);
		Display display = parent.getDisplay();
		CompletableFuture.supplyAsync(() -> read(record)).whenComplete((read, failure) -> {
			if (!display.isDisposed()) {
				display.asyncExec(() -> {
					if (!parent.isDisposed() && run == generation) {
						shown(read, failure, record);
					}
				});
			}
		});
		return done;
	}

	/** Off the UI thread. */
	private Read read(long record) {
		if (!Permissions.allows(signedIn.staff().orElse(null), Permission.READ_ACCESS_LOG)) {
			return new Read(false, List.of());
		}
		return new Read(true, record == 0 ? store.accessLog().newest(LIMIT) : store.accessLog().of(record, LIMIT));
	}

	private void shown(Read read, Throwable failure, long record) {
		table.removeAll();
		shown = failure == null ? read.events() : List.of();
		for (Event event : shown) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { Formats.dateTime(event.at()), event.userId(), event.workstation(),
					event.access() == Access.OPENED ? Messages.View_opened : NLS.bind(Messages.View_exported, event.format()), event.recordKind(),
					Long.toString(event.recordId()) });
		}
		for (TableColumn column : table.getColumns()) {
			column.pack();
		}
		if (!shown.isEmpty()) {
			table.setSelection(0);
		}
		if (failure != null) {
			say(NLS.bind(Messages.View_cannotRead, failure.getCause() != null ? failure.getCause().getMessage() : failure.getMessage()));
		} else if (!read.administrator()) {
			say(Messages.View_notAdministrator);
		} else if (shown.isEmpty()) {
			say(record == 0 ? Messages.View_none : NLS.bind(Messages.View_noneOf, record));
		} else {
			say(NLS.bind(Messages.View_summary, shown.size()));
		}
		List<CompletableFuture<Void>> done = List.copyOf(waiting);
		waiting.clear();
		done.forEach(future -> future.complete(null));
	}

	private void say(String message) {
		summary.setText(message);
		parent.layout(true, true);
	}

	/** The keyboard goes to the record id, from which Tab reaches the list. */
	@Focus
	public void focus() {
		if (recordId != null && !recordId.isDisposed()) {
			recordId.setFocus();
		}
	}

	// For the tests.
	Text recordId() {
		return recordId;
	}

	Table table() {
		return table;
	}

	List<Event> events() {
		return shown;
	}

	String summary() {
		return summary.getText();
	}
}
