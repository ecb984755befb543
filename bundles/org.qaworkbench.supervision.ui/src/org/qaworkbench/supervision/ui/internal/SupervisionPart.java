package org.qaworkbench.supervision.ui.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.qaworkbench.core.store.SaveRefusedException;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.model.Identified;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.ui.editors.RecordEditors;
import org.qaworkbench.ui.editors.SignedInPerson;

/**
 * Whether supervision is regular, as core computes it from the records: per supervisee the contract (signed, in
 * date), the contracted frequency, the last session, the next due and the sessions held against those planned in the
 * last 12 months; per open case the last casework supervision against the policy's rule; roll-ups per team and
 * locality. Overdue in red. Filters by supervisor, team and locality. Only what the person signed in may see.
 * <p>
 * Keys: Enter on a supervisee opens the contract when there is no signed one in date, else the record of supervision
 * in progress or a new one; C opens the contract, L the sessions log; Enter on a case starts its casework
 * supervision, the cases after it in the list making the sitting (Alt+X in the editor moves on). F5 reads again.
 * Read on a thread of the view's own, shown on the UI thread.
 */
public final class SupervisionPart {

	public static final String ID = "org.qaworkbench.supervision.ui.part.supervision"; //$NON-NLS-1$

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

	private final ExecutorService reader = Executors.newSingleThreadExecutor(work -> {
		Thread thread = new Thread(work, "Supervision reader"); //$NON-NLS-1$
		thread.setDaemon(true);
		return thread;
	});
	private Clock clock = Clock.systemDefaultZone();
	private Composite parent;
	private Combo supervisor;
	private Combo team;
	private Combo locality;
	private Table supervisees;
	private Table cases;
	private Table rollups;
	private Label summary;
	private ComplianceRows.Snapshot all = ComplianceRows.Snapshot.NONE;
	private List<ComplianceRows.Supervisee> shownSupervisees = List.of();
	private List<ComplianceRows.CaseRow> shownCases = List.of();
	private int generation;
	private int reads;
	private final Consumer<Identified> saved = record -> {
		if (ComplianceRows.follows(record) && parent != null && !parent.isDisposed()) {
			parent.getDisplay().asyncExec(this::refresh);
		}
	};

	@Inject
	void setClock(@Optional Clock clock) {
		this.clock = clock == null ? Clock.systemDefaultZone() : clock;
		if (supervisees != null && !supervisees.isDisposed()) {
			refresh();
		}
	}

	@PostConstruct
	void create(Composite parent) {
		this.parent = parent;
		GridLayoutFactory.swtDefaults().numColumns(6).applyTo(parent);
		supervisor = filter(parent, Messages.View_supervisor);
		team = filter(parent, Messages.View_team);
		locality = filter(parent, Messages.View_locality);
		label(parent, Messages.View_supervisees);
		supervisees = table(parent, 8, Messages.View_supervisee, Messages.View_supervisor.replace("&", ""), Messages.View_team.replace("&", ""), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				Messages.View_contract, Messages.View_frequency, Messages.View_last, Messages.View_nextDue, Messages.View_held);
		supervisees.addListener(SWT.DefaultSelection, event -> openSupervisee());
		supervisees.addListener(SWT.KeyDown, event -> {
			if (event.character == 'c' || event.character == 'C') {
				openContract();
				event.doit = false;
			} else if (event.character == 'l' || event.character == 'L') {
				openSessions();
				event.doit = false;
			}
		});
		label(parent, Messages.View_cases);
		cases = table(parent, 6, Messages.View_case, Messages.View_status, Messages.View_worker, Messages.View_supervisor.replace("&", ""), //$NON-NLS-1$ //$NON-NLS-2$
				Messages.View_lastCasework, Messages.View_caseDue);
		cases.addListener(SWT.DefaultSelection, event -> startCasework());
		label(parent, Messages.View_rollups);
		rollups = table(parent, 4, Messages.View_rollup, Messages.View_supervisees.replace("&", ""), Messages.View_overdue, Messages.View_contractsDue, //$NON-NLS-1$ //$NON-NLS-2$
				Messages.View_cases.replace("&", ""), Messages.View_casesOverdue); //$NON-NLS-1$ //$NON-NLS-2$
		summary = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).span(6, 1).applyTo(summary);
		for (Table table : List.of(supervisees, cases, rollups)) {
			table.addListener(SWT.KeyDown, event -> {
				if (event.keyCode == SWT.F5) {
					refresh();
				}
			});
		}
		store.records().addSaveListener(saved);
		refresh();
	}

	private static void label(Composite parent, String text) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
		GridDataFactory.fillDefaults().span(6, 1).applyTo(label);
	}

	private static Table table(Composite parent, int rows, String... columns) {
		Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		table.setHeaderVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).span(6, 1).hint(SWT.DEFAULT, table.getItemHeight() * rows).applyTo(table);
		for (String column : columns) {
			TableColumn tableColumn = new TableColumn(table, SWT.LEFT);
			tableColumn.setText(column);
			tableColumn.setWidth(130);
		}
		return table;
	}

	private Combo filter(Composite parent, String name) {
		new Label(parent, SWT.NONE).setText(name);
		Combo combo = new Combo(parent, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().hint(160, SWT.DEFAULT).applyTo(combo);
		combo.addListener(SWT.Selection, event -> showRows());
		return combo;
	}

	@PreDestroy
	void dispose() {
		store.records().removeSaveListener(saved);
		reader.shutdown();
	}

	/** Someone else signed in: what they may see. */
	@Inject
	@Optional
	void signedInChanged(@UIEventTopic(SignedInPerson.CHANGED) Object who) {
		if (supervisees != null && !supervisees.isDisposed()) {
			refresh();
		}
	}

	/** Reads compliance again, in the background, as the person signed in may see it; the newest read is shown. */
	public void refresh() {
		int run = ++generation;
		java.util.Optional<StaffMember> person = signedIn.staff();
		if (person.isEmpty()) {
			all = ComplianceRows.Snapshot.NONE;
			showRows();
			summary.setText(Messages.View_notStaff);
			return;
		}
		Clock asOf = clock;
		CompletableFuture<ComplianceRows.Snapshot> reading;
		try {
			reading = CompletableFuture.supplyAsync(() -> ComplianceRows.read(store, asOf, person.get()), reader);
		} catch (RejectedExecutionException closed) {
			return;
		}
		org.eclipse.swt.widgets.Display display = parent.getDisplay();
		reading.whenComplete((snapshot, failure) -> {
			if (display.isDisposed()) {
				return;
			}
			display.asyncExec(() -> {
				if (parent.isDisposed() || run != generation) {
					return;
				}
				if (failure != null) {
					Throwable cause = failure.getCause() == null ? failure : failure.getCause();
					ILog.of(SupervisionPart.class).error("Could not read supervision compliance", cause); //$NON-NLS-1$
					summary.setText(NLS.bind(Messages.View_failed, cause.getMessage()));
					return;
				}
				all = snapshot;
				reads++;
				choices(supervisor, all.supervisees().stream().map(ComplianceRows.Supervisee::supervisor).toList());
				choices(team, all.supervisees().stream().map(ComplianceRows.Supervisee::team).toList());
				choices(locality, all.supervisees().stream().map(ComplianceRows.Supervisee::locality).toList());
				showRows();
			});
		});
	}

	private static void choices(Combo combo, List<String> values) {
		String chosen = combo.getText();
		List<String> items = new ArrayList<>(List.of(Messages.View_all));
		items.addAll(new TreeSet<>(values.stream().filter(text -> text != null && !text.isEmpty()).toList()));
		combo.setItems(items.toArray(String[]::new));
		combo.select(Math.max(0, items.indexOf(chosen)));
	}

	private void showRows() {
		shownSupervisees = all.supervisees().stream()
				.filter(row -> takes(supervisor, row.supervisor()) && takes(team, row.team()) && takes(locality, row.locality())).toList();
		shownCases = all.cases().stream().filter(row -> takes(supervisor, row.supervisor()) && takes(team, row.team()) && takes(locality, row.locality()))
				.toList();
		int selected = Math.max(0, supervisees.getSelectionIndex());
		supervisees.removeAll();
		for (ComplianceRows.Supervisee row : shownSupervisees) {
			TableItem item = new TableItem(supervisees, SWT.NONE);
			item.setText(new String[] { row.name(), row.supervisor(), row.team(), row.contract(), row.frequency(), row.last(), row.nextDue(), row.held() });
			if (row.overdue() || row.contractNeedsAttention()) {
				item.setForeground(supervisees.getDisplay().getSystemColor(SWT.COLOR_RED));
			}
		}
		if (!shownSupervisees.isEmpty()) {
			supervisees.select(Math.min(selected, shownSupervisees.size() - 1));
		}
		int caseSelected = Math.max(0, cases.getSelectionIndex());
		cases.removeAll();
		for (ComplianceRows.CaseRow row : shownCases) {
			TableItem item = new TableItem(cases, SWT.NONE);
			item.setText(new String[] { row.caseNumber(), row.status(), row.worker(), row.supervisor(), row.last(), row.due() });
			if (row.overdue()) {
				item.setForeground(cases.getDisplay().getSystemColor(SWT.COLOR_RED));
			}
		}
		if (!shownCases.isEmpty()) {
			cases.select(Math.min(caseSelected, shownCases.size() - 1));
		}
		rollups.removeAll();
		for (ComplianceRows.Rollup row : ComplianceRows.rollups(shownSupervisees, shownCases)) {
			TableItem item = new TableItem(rollups, SWT.NONE);
			item.setText(new String[] { row.name(), Integer.toString(row.supervisees()), Integer.toString(row.overdue()), Integer.toString(row.contractsDue()),
					Integer.toString(row.cases()), Integer.toString(row.casesOverdue()) });
			if (row.overdue() > 0 || row.casesOverdue() > 0) {
				item.setForeground(rollups.getDisplay().getSystemColor(SWT.COLOR_RED));
			}
		}
		if (signedIn.staff().isPresent()) {
			summary.setText(NLS.bind(Messages.View_summary, new Object[] { shownSupervisees.size(),
					shownSupervisees.stream().filter(ComplianceRows.Supervisee::overdue).count(), shownCases.size(),
					shownCases.stream().filter(ComplianceRows.CaseRow::overdue).count() }));
		}
		parent.layout(true, true);
	}

	private static boolean takes(Combo filter, String value) {
		return filter.getSelectionIndex() <= 0 || filter.getText().equals(value);
	}

	private ComplianceRows.Supervisee selectedSupervisee() {
		int index = supervisees.getSelectionIndex();
		return index < 0 || index >= shownSupervisees.size() ? null : shownSupervisees.get(index);
	}

	/** Enter on a supervisee: the contract when there is no signed one in date, else the record to write. */
	void openSupervisee() {
		ComplianceRows.Supervisee row = selectedSupervisee();
		if (row == null) {
			return;
		}
		if (row.contractNeedsAttention()) {
			openContract();
			return;
		}
		open(() -> new RecordSteps(store, clock).openOrStart(row.supervisee(), signedIn.actor()));
	}

	/** C: the supervisee's current contract, or a new one (superseding one that is due for review). */
	void openContract() {
		ComplianceRows.Supervisee row = selectedSupervisee();
		if (row != null) {
			open(() -> new ContractSteps(store, clock).openOrStart(row.supervisee(), signedIn.actor()));
		}
	}

	/** L: the supervisee's sessions log (Appendix C). */
	void openSessions() {
		ComplianceRows.Supervisee row = selectedSupervisee();
		if (row == null) {
			return;
		}
		MPart part = parts.createPart(SessionsLogPart.ID);
		part.getTransientData().put(SessionsLogPart.SUPERVISEE, row.supervisee());
		part.setLabel(NLS.bind(Messages.Log_title, row.name()));
		MPartStack stack = (MPartStack) models.find(RecordEditors.EDITOR_STACK, application);
		stack.getChildren().add(part);
		parts.showPart(part, PartState.ACTIVATE);
	}

	/** Enter on a case: its casework supervision begins, the cases listed after it following in the same sitting. */
	void startCasework() {
		int index = cases.getSelectionIndex();
		if (index < 0 || index >= shownCases.size()) {
			return;
		}
		CaseworkSitting.begin(shownCases.subList(index, shownCases.size()).stream().map(ComplianceRows.CaseRow::caseNumber).toList());
		String caseNumber = shownCases.get(index).caseNumber();
		open(() -> new CaseworkSteps(store, clock).start(caseNumber, signedIn.actor()));
	}

	private interface Opening {
		Identified record() throws SaveRefusedException;
	}

	private void open(Opening opening) {
		try {
			RecordEditors.open(opening.record(), application, models, parts);
		} catch (SaveRefusedException e) {
			summary.setText(e.getMessage());
			parent.layout(true, true);
		}
	}

	@Focus
	public void focus() {
		if (supervisees != null && !supervisees.isDisposed()) {
			supervisees.setFocus();
		}
	}

	// For the tests.
	Table supervisees() {
		return supervisees;
	}

	Table cases() {
		return cases;
	}

	Table rollups() {
		return rollups;
	}

	List<ComplianceRows.Supervisee> superviseeRows() {
		return shownSupervisees;
	}

	List<ComplianceRows.CaseRow> caseRows() {
		return shownCases;
	}

	Combo supervisorFilter() {
		return supervisor;
	}

	String summary() {
		return summary.getText();
	}

	/** How many reads have been shown, so a test can wait for the next one. */
	int reads() {
		return reads;
	}

	static <T> Function<T, String> orEmpty(Function<T, String> get) {
		return row -> {
			String value = get.apply(row);
			return value == null ? "" : value; //$NON-NLS-1$
		};
	}
}
