package org.qaworkbench.observation.ui.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

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
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.qaworkbench.core.Formats;
import org.qaworkbench.core.observations.Observations;
import org.qaworkbench.core.observations.ObservationsDue;
import org.qaworkbench.core.store.SaveRefusedException;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.model.DirectObservation;
import org.qaworkbench.model.Identified;
import org.qaworkbench.model.Locality;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.model.Team;
import org.qaworkbench.ui.editors.RecordEditors;
import org.qaworkbench.ui.editors.SignedInPerson;

/**
 * Never missed: every frontline practitioner and assistant the person signed in may see (themself, or those they
 * manage) with their last signed-off observation, the next due date, the observation in progress and its observer;
 * overdue rows in red. Filters by locality, team and observer. Enter on a row opens the observation in progress, or
 * plans one with the person signed in as observer (a fortnight on) and opens it. The list is core's due list, read in
 * the background (a large service's due list takes a while) and shown on the UI thread.
 */
public final class ObservationsPart {

	public static final String ID = "org.qaworkbench.observation.ui.part.observations"; //$NON-NLS-1$
	private static final int PLAN_AHEAD_DAYS = 14;
	/** Three filters of a label and a choice, and the room left over. */
	private static final int COLUMNS = 7;

	@Inject
	private Store store;
	@Inject
	private SignedInPerson signedIn;
	@Inject
	private MApplication application;
	@Inject
	private EModelService models;
	@Inject
	private EPartService parts;

	private Clock clock = Clock.systemDefaultZone();
	private Composite parent;
	private Combo locality;
	private Combo team;
	private Combo observer;
	private Table table;
	private Label summary;
	private List<Row> all = List.of();
	private List<Row> shown = List.of();
	/** Whether the last read found the person signed in on the staff list (asked in the background, not here). */
	private boolean staff;
	/** Counts the reads: only the newest is shown, so a slow read never overwrites a later one. */
	private int generation;
	private final List<CompletableFuture<Void>> waiting = new ArrayList<>();
	/** The thread the last read ran on, for the test that keeps the store off the UI thread. */
	private volatile Thread readOn;
	private final Consumer<Identified> saved = record -> {
		if (record instanceof DirectObservation && parent != null && !parent.isDisposed()) {
			parent.getDisplay().asyncExec(this::refresh);
		}
	};

	/** A line of the view: the due list's row with the names it shows. */
	record Row(ObservationsDue.Row due, String practitioner, String locality, String team, String observer) {
	}

	/** What one read found: whether the person signed in is on the staff list, and their rows. */
	private record Read(boolean staff, List<Row> rows) {
	}

	@Inject
	void setClock(@Optional Clock clock) {
		this.clock = clock == null ? Clock.systemDefaultZone() : clock;
		if (table != null && !table.isDisposed()) {
			refresh();
		}
	}

	@PostConstruct
	void create(Composite parent) {
		this.parent = parent;
		GridLayoutFactory.swtDefaults().numColumns(COLUMNS).applyTo(parent);
		locality = filter(parent, Messages.View_localityFilter);
		team = filter(parent, Messages.View_teamFilter);
		observer = filter(parent, Messages.View_observerFilter);
		// The filters keep their width; the room left over goes here.
		GridDataFactory.fillDefaults().grab(true, false).applyTo(new Label(parent, SWT.NONE));
		table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		table.setHeaderVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).span(COLUMNS, 1).applyTo(table);
		for (String column : List.of(Messages.View_practitioner, Messages.View_locality, Messages.View_team, Messages.View_last, Messages.View_nextDue,
				Messages.View_inProgress, Messages.View_observer)) {
			TableColumn tableColumn = new TableColumn(table, SWT.LEFT);
			tableColumn.setText(column);
			tableColumn.setWidth(150);
		}
		table.addListener(SWT.DefaultSelection, event -> openSelected());
		summary = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).span(COLUMNS, 1).applyTo(summary);
		store.records().addSaveListener(saved);
		refresh();
	}

	private Combo filter(Composite parent, String name) {
		new Label(parent, SWT.NONE).setText(name);
		Combo combo = new Combo(parent, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().hint(140, SWT.DEFAULT).applyTo(combo);
		combo.addListener(SWT.Selection, event -> showRows());
		return combo;
	}

	@PreDestroy
	void dispose() {
		store.records().removeSaveListener(saved);
	}

	/** Someone else signed in: their due list. */
	@Inject
	@Optional
	void signedInChanged(@UIEventTopic(SignedInPerson.CHANGED) Object who) {
		if (table != null && !table.isDisposed()) {
			refresh();
		}
	}

	/**
	 * Reads the due list again, as the person signed in may see it, in the background and shows it on the UI thread.
	 * The returned future completes once the newest read is shown (a read overtaken by a later one is not shown).
	 */
	public CompletableFuture<Void> refresh() {
		int run = ++generation;
		CompletableFuture<Void> done = new CompletableFuture<>();
		waiting.add(done);
		Display display = parent.getDisplay();
		Clock on = clock;
		CompletableFuture.supplyAsync(() -> read(on)).whenComplete((read, failure) -> {
			if (!display.isDisposed()) {
				display.asyncExec(() -> {
					if (!parent.isDisposed() && run == generation) {
						shown(read, failure);
					}
				});
			}
		});
		return done;
	}

	/** Off the UI thread: every store call of the view's list. */
	private Read read(Clock on) {
		readOn = Thread.currentThread();
		java.util.Optional<StaffMember> person = signedIn.staff();
		if (person.isEmpty()) {
			return new Read(false, List.of());
		}
		List<StaffMember> staffList = store.records().list(StaffMember.class);
		Function<Long, String> staffName = id -> staffList.stream().filter(member -> member.getId() == id).map(StaffMember::getName).findFirst().orElse(""); //$NON-NLS-1$
		List<Locality> localities = store.records().list(Locality.class);
		List<Team> teams = store.records().list(Team.class);
		List<Row> rows = new ArrayList<>();
		for (ObservationsDue.Row due : new Observations(store, on).due(person.get())) {
			StaffMember practitioner = due.practitioner();
			String observerName = due.inProgress().map(DirectObservation::getObserver).map(ref -> staffName.apply(ref.getId())).orElse(""); //$NON-NLS-1$
			rows.add(new Row(due, practitioner.getName(), name(localities, practitioner.getLocality(), Locality::getName),
					name(teams, practitioner.getTeam(), Team::getName), observerName));
		}
		return new Read(true, rows);
	}

	/** On the UI thread: the newest read's rows, or why there are none. */
	private void shown(Read read, Throwable failure) {
		if (failure != null) {
			all = List.of();
			staff = false;
			summary.setText(NLS.bind(Messages.View_cannotRead, failure.getCause() != null ? failure.getCause().getMessage() : failure.getMessage()));
		} else {
			all = read.rows();
			staff = read.staff();
			if (!staff) {
				summary.setText(Messages.View_notStaff);
			}
		}
		choices(locality, Row::locality);
		choices(team, Row::team);
		choices(observer, Row::observer);
		showRows();
		List<CompletableFuture<Void>> done = List.copyOf(waiting);
		waiting.clear();
		done.forEach(future -> future.complete(null));
	}

	private static <T extends Identified> String name(List<T> records, Identified reference, Function<T, String> name) {
		return reference == null ? "" : records.stream().filter(record -> record.getId() == reference.getId()).map(name).filter(Objects::nonNull).findFirst().orElse(""); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private void choices(Combo combo, Function<Row, String> value) {
		String chosen = combo.getText();
		List<String> items = new ArrayList<>(List.of(Messages.View_all));
		items.addAll(new TreeSet<>(all.stream().map(value).filter(text -> !text.isEmpty()).toList()));
		combo.setItems(items.toArray(String[]::new));
		int index = items.indexOf(chosen);
		combo.select(Math.max(0, index));
	}

	private void showRows() {
		int was = table.getSelectionIndex();
		long chosen = was >= 0 && was < shown.size() ? shown.get(was).due().practitioner().getId() : -1;
		shown = all.stream().filter(row -> takes(locality, row.locality()) && takes(team, row.team()) && takes(observer, row.observer())).toList();
		table.removeAll();
		for (Row row : shown) {
			TableItem item = new TableItem(table, SWT.NONE);
			ObservationsDue.Row due = row.due();
			String progress = due.inProgress().map(observation -> observation.getState().getLiteral()).orElse(""); //$NON-NLS-1$
			item.setText(new String[] { row.practitioner(), row.locality(), row.team(), due.lastOn() == null ? Messages.View_never : Formats.date(due.lastOn()),
					Formats.date(due.nextDue()) + (due.overdue() ? " (" + Messages.View_overdue + ")" : ""), progress, row.observer() }); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			if (due.overdue()) {
				item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_RED));
			}
		}
		// Each column as wide as its longest text (a team's name is long), never narrower than its header.
		for (TableColumn column : table.getColumns()) {
			column.pack();
		}
		if (!shown.isEmpty()) {
			// The practitioner chosen stays chosen when the list is read again (after Enter planned one, say), so a
			// second Enter never lands on someone else. setSelection, not select: it also moves the keyboard's cursor row,
			// which Enter acts on (the rows were made anew, and a read may land after the row was chosen).
			int again = 0;
			for (int i = 0; i < shown.size(); i++) {
				if (shown.get(i).due().practitioner().getId() == chosen) {
					again = i;
				}
			}
			table.setSelection(again);
		}
		if (staff) {
			summary.setText(NLS.bind(Messages.View_summary, shown.size(), shown.stream().filter(row -> row.due().overdue()).count()));
		}
		parent.layout(true, true);
	}

	private static boolean takes(Combo filter, String value) {
		return filter.getSelectionIndex() <= 0 || filter.getText().equals(value);
	}

	/** Enter: the observation in progress, or a new one planned by the person signed in. */
	void openSelected() {
		int index = table.getSelectionIndex();
		if (index < 0 || index >= shown.size()) {
			return;
		}
		ObservationsDue.Row due = shown.get(index).due();
		DirectObservation observation = due.inProgress().orElse(null);
		if (observation == null) {
			try {
				observation = new Observations(store, clock).plan(due.practitioner(), LocalDate.now(clock).plusDays(PLAN_AHEAD_DAYS), signedIn.actor());
			} catch (SaveRefusedException e) {
				summary.setText(NLS.bind(Messages.View_cannotPlan, e.getMessage()));
				parent.layout(true, true);
				return;
			}
		}
		RecordEditors.open(observation, application, models, parts);
	}

	@Focus
	public void focus() {
		if (table != null && !table.isDisposed()) {
			table.setFocus();
		}
	}

	// For the tests.
	Table table() {
		return table;
	}

	List<Row> rows() {
		return shown;
	}

	Thread readOn() {
		return readOn;
	}

	Combo localityFilter() {
		return locality;
	}

	String summary() {
		return summary.getText();
	}

	Combo teamFilter() {
		return team;
	}

	Combo observerFilter() {
		return observer;
	}
}
