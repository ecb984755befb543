package org.qaworkbench.ui.internal.actions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.Case;
import org.qaworkbench.model.Locality;
import org.qaworkbench.model.RemedialAction;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.ui.internal.Messages;
import org.qaworkbench.ui.internal.RecordChanges;
import org.qaworkbench.ui.internal.References;
import org.qaworkbench.ui.internal.ServiceLoaderSupport;
import org.qaworkbench.ui.internal.SignedIn;
import org.qaworkbench.ui.internal.actions.ActionFilter.Show;
import org.qaworkbench.ui.internal.editor.Editors;

/**
 * The remedial actions of every audit, filtered to what needs doing (due and overdue, overdue, follow-ups due, or
 * all) and by locality, worker and auditor. Enter or a double-click opens the audit. "Today" is the {@link Clock}
 * in the context, so a test can move time. Actions are read in the background, again when one is saved (or an
 * audit, person, case or locality they show: {@link RecordChanges}), when the view gets focus, with Refresh or F5.
 * NatTable's types stay inside {@link ActionsTable}, which is made only once ServiceLoader support is up.
 */
public final class ActionsPart {

	public static final String ID = "org.qaworkbench.ui.part.actions"; //$NON-NLS-1$
	/** At startup the list waits this long, so the window comes up first. */
	private static final int STARTUP_GRACE_MILLIS = 1500;
	/** Wide enough for most names; a longer one shows in full in the open list. */
	private static final int PEOPLE_WIDTH = 170;


	@Inject
	private Store store;
	@Inject
	private MApplication application;
	@Inject
	private EModelService models;
	@Inject
	private EPartService parts;
	@Inject
	private SignedIn signedIn;

	private Clock clock = Clock.systemDefaultZone();
	private Composite parent;
	private Combo show;
	private Combo locality;
	private Combo worker;
	private Combo auditor;
	private Label summary;
	private Label loading;
	private ActionsTable table;
	private List<ActionRow> all = List.of();
	private LocalDate today;
	private int generation;
	/** Callers of {@link #refresh} waiting for the newest read to be shown. */
	private final List<CompletableFuture<List<ActionRow>>> waiting = new ArrayList<>();

	/** Someone else signed in: the development actions of observations shown are those they may see. */
	@Inject
	@Optional
	void signedInChanged(@UIEventTopic(SignedIn.CHANGED) Object who) {
		if (table != null && !parent.isDisposed()) {
			refresh();
		}
	}

	/** Today comes from here; a new clock (a test moving time) reads the actions again. */
	@Inject
	void setClock(@Optional Clock clock) {
		this.clock = clock == null ? Clock.systemDefaultZone() : clock;
		// Also called, with null, while the part is disposed at quit: nothing to show then.
		if (table != null && !parent.isDisposed()) {
			refresh();
		}
	}

	/** Reads again when a saved record changes what the rows show; a saved draft of an audit without actions does not. */
	@Inject
	@Optional
	void follow(@UIEventTopic(RecordChanges.TOPIC) RecordChanges.Saved saved) {
		if (saved == null || parent == null || parent.isDisposed()) {
			return;
		}
		if (saved.any(RemedialAction.class, StaffMember.class, Case.class, Locality.class)
				|| saved.of(Assessment.class).stream().anyMatch(audit -> all.stream().anyMatch(row -> row.assessmentId() == audit.getId()))) {
			refresh();
		}
	}

	@PostConstruct
	void create(Composite parent) {
		this.parent = parent;
		GridLayoutFactory.fillDefaults().margins(6, 4).applyTo(parent);
		Composite bar = new Composite(parent, SWT.NONE);
		RowLayout flow = new RowLayout(SWT.HORIZONTAL);
		flow.center = true;
		flow.marginLeft = flow.marginRight = flow.marginTop = flow.marginBottom = 0;
		flow.spacing = 6;
		bar.setLayout(flow); // wraps when the view is narrow
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		show = choice(bar, Messages.Actions_show, SWT.DEFAULT);
		show.setItems(Arrays.stream(Show.values()).map(each -> each.label).toArray(String[]::new));
		show.select(0);
		show.setToolTipText(NLS.bind(Messages.Actions_showTip, ActionFilter.DUE_SOON_DAYS));
		locality = choice(bar, Messages.Actions_localityChoice, PEOPLE_WIDTH);
		worker = choice(bar, Messages.Actions_workerChoice, PEOPLE_WIDTH);
		auditor = choice(bar, Messages.Actions_auditorChoice, PEOPLE_WIDTH);
		Button refresh = new Button(bar, SWT.PUSH);
		refresh.setText(Messages.Actions_refresh);
		refresh.setToolTipText(Messages.Actions_refreshTip);
		refresh.addListener(SWT.Selection, event -> refresh());
		loading = new Label(parent, SWT.NONE);
		loading.setText(Messages.Actions_loading);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(loading);
		summary = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
		parent.getDisplay().timerExec(ServiceLoaderSupport.isStarted() ? 0 : STARTUP_GRACE_MILLIS, () -> {
			if (!parent.isDisposed() && table == null) {
				refresh();
			}
		});
	}

	private Combo choice(Composite bar, String label, int width) {
		new Label(bar, SWT.NONE).setText(label);
		Combo combo = new Combo(bar, SWT.READ_ONLY);
		combo.setLayoutData(new RowData(width, SWT.DEFAULT));
		combo.setItems(Messages.Actions_all);
		combo.select(0);
		combo.addListener(SWT.Selection, event -> applyFilter());
		refreshOnF5(combo);
		return combo;
	}

	private void refreshOnF5(Control control) {
		control.addListener(SWT.KeyDown, event -> {
			if (event.keyCode == SWT.F5) {
				refresh();
			}
		});
	}

	/**
	 * Reads the actions again in the background and shows them. The returned future completes once the newest read
	 * is shown (a read overtaken by a later one is not shown): with its rows, or exceptionally when it failed.
	 */
	public CompletableFuture<List<ActionRow>> refresh() {
		int run = ++generation;
		LocalDate on = LocalDate.now(clock);
		Display display = parent.getDisplay();
		CompletableFuture<List<ActionRow>> shown = new CompletableFuture<>();
		waiting.add(shown);
		CompletableFuture.supplyAsync(() -> {
			ServiceLoaderSupport.ensureStarted(); // before NatTable's classes load
			return ActionRows.load(store.queries(), store.records(), on, signedIn.staff().orElse(null));
		}).whenComplete((rows, failure) -> {
			if (!display.isDisposed()) {
				display.asyncExec(() -> {
					if (!parent.isDisposed() && run == generation) {
						shown(rows, failure, on);
					}
				});
			}
		});
		return shown;
	}

	private void shown(List<ActionRow> rows, Throwable failure, LocalDate on) {
		if (failure == null) {
			show(rows, on);
		} else {
			ILog.of(ActionsPart.class).error("Could not read the remedial actions", failure); //$NON-NLS-1$
			Throwable cause = failure.getCause() == null ? failure : failure.getCause();
			summary.setText(NLS.bind(Messages.Actions_failed, cause.getMessage()));
		}
		for (CompletableFuture<List<ActionRow>> caller : waiting) {
			if (failure == null) {
				caller.complete(rows);
			} else {
				caller.completeExceptionally(failure);
			}
		}
		waiting.clear();
	}

	private void show(List<ActionRow> rows, LocalDate on) {
		if (table == null) {
			loading.dispose();
			table = new ActionsTable(parent, this::open, this::refresh);
			table.outer().moveAbove(summary);
			parent.layout(true, true);
		}
		all = rows;
		today = on;
		offer(locality, ActionRows.distinct(rows, row -> List.of(row.locality())));
		offer(worker, ActionRows.distinct(rows, row -> List.of(row.worker())));
		offer(auditor, ActionRows.distinct(rows, ActionRow::auditors));
		applyFilter();
	}

	/** "All" and the values, keeping the choice when it is still there (and the combo as it is when nothing changed). */
	private static void offer(Combo combo, List<String> values) {
		List<String> items = new ArrayList<>();
		items.add(Messages.Actions_all);
		items.addAll(values);
		if (items.equals(Arrays.asList(combo.getItems()))) {
			return;
		}
		String chosen = combo.getText();
		combo.setItems(items.toArray(String[]::new));
		combo.select(Math.max(0, items.indexOf(chosen)));
	}

	private void applyFilter() {
		if (table == null) {
			return;
		}
		ActionFilter filter = new ActionFilter(Show.values()[show.getSelectionIndex()], chosen(locality), chosen(worker), chosen(auditor), today);
		List<ActionRow> shown = all.stream().filter(filter).toList();
		table.show(shown);
		long overdue = all.stream().filter(row -> row.status() == ActionRow.Status.OVERDUE).count();
		long followUps = all.stream().filter(row -> row.followUp().toDo()).count();
		summary.setText(NLS.bind(Messages.Actions_summary, new Object[] { shown.size(), all.size(), overdue, followUps }));
		parent.layout(true, true);
	}

	private static String chosen(Combo combo) {
		return combo.getSelectionIndex() <= 0 ? null : combo.getItem(combo.getSelectionIndex());
	}

	private void open(ActionRow row) {
		if (row.assessmentId() != 0) {
			Editors.open(References.assessment(row.assessmentId(), row.definitionId()), application, models, parts);
		}
	}

	/** Takes the keyboard: the list (with a row selected), or the first filter while the list is being read. */
	@Focus
	public void focus() {
		if (table == null) {
			show.setFocus();
			return;
		}
		table.control().setFocus();
		if (table.selected() == null && !table.rows().isEmpty()) {
			table.select(0); // the keys act on a row from the start
		}
		refresh();
	}

	/** The rows shown, in order, for tests. */
	public List<ActionRow> rows() {
		return table == null ? List.of() : table.rows();
	}

	/** The cell text of a shown row as the table shows it, for tests; columns as in {@link ActionsTable}. */
	public String text(int row, int column) {
		return table.text(row, column);
	}

	public Combo showChoice() {
		return show;
	}

	public Combo localityChoice() {
		return locality;
	}

	public Combo workerChoice() {
		return worker;
	}

	public Combo auditorChoice() {
		return auditor;
	}

	public String summaryText() {
		return summary.getText();
	}

	/** Selects a shown row as a click would. */
	public void select(int row) {
		table.select(row);
	}

	/** The selected row, or null. */
	public ActionRow selected() {
		return table.selected();
	}

	public void sortBy(int column, boolean ascending) {
		table.sortBy(column, ascending);
	}

	/** True while the table shows that it has the keyboard focus. */
	public boolean tableShowsFocus() {
		return table.showsFocus();
	}

	/** The table's control, for tests to send keys to. */
	public Control tableControl() {
		return table.control();
	}
}
