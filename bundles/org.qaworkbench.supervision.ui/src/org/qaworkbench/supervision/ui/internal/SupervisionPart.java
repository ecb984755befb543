package org.qaworkbench.supervision.ui.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

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
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.qaworkbench.core.Formats;
import org.qaworkbench.core.supervision.SupervisionCompliance.CaseRow;
import org.qaworkbench.core.supervision.SupervisionCompliance.Filter;
import org.qaworkbench.core.supervision.SupervisionCompliance.Report;
import org.qaworkbench.core.supervision.SupervisionCompliance.Rollup;
import org.qaworkbench.core.supervision.SupervisionCompliance.SuperviseeRow;
import org.qaworkbench.core.supervision.Supervision;
import org.qaworkbench.model.Case;
import org.qaworkbench.model.CaseworkSupervision;
import org.qaworkbench.model.SupervisionContract;
import org.qaworkbench.model.SupervisionRecord;
import org.qaworkbench.model.SupervisionSession;
import org.qaworkbench.model.QaPackage;
import org.qaworkbench.core.store.NotPermittedException;
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
	private RowTable<SuperviseeRow> supervisees;
	private RowTable<CaseRow> cases;
	private RowTable<Rollup> rollups;
	private Label summary;
	private SashForm lists;
	/** The supervisees' share of the height follows their number until the person moves the sash themselves. */
	private boolean autoShare = true;
	private Report report;
	private int generation;
	private int reads;
	private final Consumer<Identified> saved = record -> {
		if (follows(record) && parent != null && !parent.isDisposed()) {
			parent.getDisplay().asyncExec(this::refresh);
		}
	};

	@Inject
	void setClock(@Optional Clock clock) {
		this.clock = clock == null ? Clock.systemDefaultZone() : clock;
		if (supervisees != null && !parent.isDisposed()) {
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
		// The supervisees over the full width (a team's dozen in sight at 1280x1024); under them the open cases and,
		// beside them, the few roll-up lines, so no list is squeezed to a handful of rows. Sashes move to suit.
		lists = new SashForm(parent, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).span(6, 1).applyTo(lists);
		Composite superviseesPane = pane(lists, Messages.View_supervisees);
		supervisees = new RowTable<>(superviseesPane, List.of( //
				new RowTable.Column<>(Messages.View_supervisee, row -> row.supervisee().getName()),
				new RowTable.Column<>(plain(Messages.View_supervisor), row -> row.supervisor() == null ? "" : row.supervisor().getName()), //$NON-NLS-1$
				new RowTable.Column<>(plain(Messages.View_team), SuperviseeRow::team), //
				new RowTable.Column<>(Messages.View_contract, SupervisionPart::contract),
				new RowTable.Column<>(Messages.View_frequency, SuperviseeRow::frequencyLabel),
				new RowTable.Column<>(Messages.View_last, row -> Formats.date(row.lastSession())),
				new RowTable.Column<>(Messages.View_nextDue, row -> Formats.date(row.nextDue()) + (row.overdue() ? " (" + Messages.View_overdue + ")" : "")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				new RowTable.Column<>(Messages.View_held, row -> NLS.bind(Messages.View_heldOf, row.held(), row.planned()))),
				new int[] { 14, 13, 14, 16, 8, 10, 13, 12 }, row -> row.overdue() || !row.contractSigned() || !row.contractInDate(), row -> row.supervisee().getId(), this::openSupervisee, this::refresh, "cClL", //$NON-NLS-1$
				typed -> {
					if (typed == 'c' || typed == 'C') {
						openContract();
					} else {
						openSessions();
					}
				});
		layout(supervisees);
		SashForm lower = new SashForm(lists, SWT.HORIZONTAL);
		Composite casesPane = pane(lower, Messages.View_cases);
		cases = new RowTable<>(casesPane, List.of( //
				new RowTable.Column<>(Messages.View_case, CaseRow::caseNumber),
				new RowTable.Column<>(Messages.View_status, row -> row.status() == null ? "" : row.status().getLiteral()), //$NON-NLS-1$
				new RowTable.Column<>(Messages.View_worker, row -> row.worker() == null ? "" : row.worker().getName()), //$NON-NLS-1$
				new RowTable.Column<>(plain(Messages.View_supervisor), row -> row.supervisor() == null ? "" : row.supervisor().getName()), //$NON-NLS-1$
				new RowTable.Column<>(Messages.View_lastCasework, row -> row.lastSupervision() == null ? Messages.View_never : Formats.date(row.lastSupervision())),
				new RowTable.Column<>(Messages.View_caseDue, row -> Formats.date(row.due()) + (row.overdue() ? " (" + Messages.View_overdue + ")" : ""))), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				new int[] { 13, 12, 19, 19, 17, 20 }, CaseRow::overdue, CaseRow::caseId, this::startCasework, this::refresh, null, null);
		layout(cases);
		Composite rollupsPane = pane(lower, Messages.View_rollups);
		rollups = new RowTable<>(rollupsPane, List.of( //
				new RowTable.Column<>(Messages.View_rollup, Rollup::name),
				new RowTable.Column<>(Messages.View_superviseesOverdue, row -> NLS.bind(Messages.View_countOverdue, row.supervisees(), row.overdue())),
				new RowTable.Column<>(Messages.View_contractsInDate, row -> Integer.toString(row.contractsInDate())),
				new RowTable.Column<>(Messages.View_sessionsHeld, row -> NLS.bind(Messages.View_heldOfPlanned, row.held(), row.planned())),
				new RowTable.Column<>(Messages.View_casesOverdueCount, row -> NLS.bind(Messages.View_countOverdue, row.openCases(), row.casesOverdue()))),
				new int[] { 28, 18, 16, 20, 18 }, row -> row.overdue() > 0 || row.casesOverdue() > 0, Rollup::name, () -> {
				}, this::refresh, null, null);
		layout(rollups);
		lower.setWeights(55, 45);
		lists.setWeights(11, 9);
		for (org.eclipse.swt.widgets.Control child : lists.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Sash sash) {
				sash.addListener(SWT.Selection, event -> autoShare = false);
			}
		}
		lists.addListener(SWT.Resize, event -> shareHeight());
		summary = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).span(6, 1).applyTo(summary);
		store.records().addSaveListener(saved);
		refresh();
	}

	private static String plain(String label) {
		return label.replace("&", "").replace(":", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	private static String contract(SuperviseeRow row) {
		if (!row.contractSigned()) {
			return Messages.View_noContract;
		}
		return row.contractInDate() ? NLS.bind(Messages.View_contractTo, Formats.date(row.reviewDue())) : NLS.bind(Messages.View_reviewDue, Formats.date(row.reviewDue()));
	}

	private static void layout(RowTable<?> table) {
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 60).applyTo(table.table().outer());
	}

	/** A list's pane: its heading over it. */
	private static Composite pane(Composite lists, String heading) {
		Composite pane = new Composite(lists, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(0, 4).applyTo(pane);
		new Label(pane, SWT.NONE).setText(heading);
		return pane;
	}

	/** Records whose saving changes what the view shows. */
	private static boolean follows(Identified record) {
		return record instanceof SupervisionContract || record instanceof SupervisionRecord || record instanceof SupervisionSession
				|| record instanceof CaseworkSupervision || record instanceof StaffMember || record instanceof Case;
	}

	private Combo filter(Composite parent, String name) {
		new Label(parent, SWT.NONE).setText(name);
		Combo combo = new Combo(parent, SWT.READ_ONLY);
		combo.setItems(Messages.View_all);
		combo.select(0);
		GridDataFactory.fillDefaults().hint(160, SWT.DEFAULT).applyTo(combo);
		combo.addListener(SWT.Selection, event -> refresh());
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
		if (supervisees != null && !parent.isDisposed()) {
			refresh();
		}
	}

	/**
	 * Reads compliance again in the background, as the person signed in may see it and through the filters chosen
	 * (the filters' choices from the whole of what they may see); the newest read is shown.
	 */
	public void refresh() {
		int run = ++generation;
		java.util.Optional<StaffMember> person = signedIn.staff();
		if (person.isEmpty()) {
			report = null;
			showRows();
			summary.setText(Messages.View_notStaff);
			return;
		}
		Clock asOf = clock;
		Filter filter = new Filter(chosen(locality), chosen(team), chosen(supervisor));
		CompletableFuture<Report[]> reading;
		try {
			reading = CompletableFuture.supplyAsync(() -> {
				Supervision supervision = new Supervision(store, asOf);
				try {
					Report whole = supervision.compliance(person.get(), Filter.ALL);
					return new Report[] { whole, filter.equals(Filter.ALL) ? whole : supervision.compliance(person.get(), filter) };
				} catch (NotPermittedException noPolicy) {
					throw new CompletionException(noPolicy);
				}
			}, reader);
		} catch (RejectedExecutionException closed) {
			return;
		}
		org.eclipse.swt.widgets.Display display = parent.getDisplay();
		reading.whenComplete((read, failure) -> {
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
				report = read[1];
				reads++;
				choices(supervisor, read[0].supervisees().stream().map(row -> row.supervisor() == null ? null : row.supervisor().getName()).toList());
				choices(team, read[0].supervisees().stream().map(SuperviseeRow::team).toList());
				choices(locality, read[0].supervisees().stream().map(SuperviseeRow::locality).toList());
				showRows();
			});
		});
	}

	private static String chosen(Combo filter) {
		return filter.getSelectionIndex() <= 0 ? null : filter.getText();
	}

	private static void choices(Combo combo, List<String> values) {
		String chosen = combo.getText();
		List<String> items = new ArrayList<>(List.of(Messages.View_all));
		items.addAll(new TreeSet<>(values.stream().filter(text -> text != null && !text.isEmpty()).toList()));
		combo.setItems(items.toArray(String[]::new));
		combo.select(Math.max(0, items.indexOf(chosen)));
	}

	private void showRows() {
		supervisees.show(report == null ? List.of() : report.supervisees());
		cases.show(report == null ? List.of() : report.cases());
		List<Rollup> both = new ArrayList<>();
		if (report != null) {
			both.addAll(report.teams());
			both.addAll(report.localities());
		}
		rollups.show(both);
		shareHeight();
		if (report != null) {
			summary.setText(NLS.bind(Messages.View_summary, new Object[] { report.supervisees().size(), report.supervisees().stream().filter(SuperviseeRow::overdue).count(),
					report.cases().size(), report.cases().stream().filter(CaseRow::overdue).count() }));
		}
		parent.layout(true, true);
	}

	/**
	 * Gives the supervisees the height their rows take (a team's dozen in sight), up to three fifths of the lists', the
	 * open cases and roll-ups the rest; never fewer than the height of a few rows.
	 */
	private void shareHeight() {
		int total = lists.getClientArea().height;
		if (!autoShare || total <= 0) {
			return;
		}
		org.eclipse.nebula.widgets.nattable.NatTable table = supervisees.table().control();
		int header = table.getRowHeightByPosition(0);
		int row = table.getRowCount() > 1 ? table.getRowHeightByPosition(1) : header;
		Composite pane = table.getParent();
		while (pane.getParent() != lists) {
			pane = pane.getParent();
		}
		// The pane's heading, margins and frame above and around the table, then the header and the rows.
		int chrome = pane.getChildren()[0].computeSize(SWT.DEFAULT, SWT.DEFAULT).y + 24;
		int wanted = chrome + header + Math.max(4, supervisees.rows().size()) * row + 2;
		int top = Math.max(chrome + header + 4 * row, Math.min(wanted, total * 3 / 5));
		lists.setWeights(top, Math.max(1, total - top));
	}

	/** Enter on a supervisee: the contract when there is no signed one in date, else the record to write. */
	void openSupervisee() {
		SuperviseeRow row = supervisees.selected();
		if (row == null) {
			return;
		}
		// Core decides: the contract while none is signed and in date, else the record in progress or today's.
		open(() -> new Supervision(store, clock).toOpen(row.supervisee(), signedIn.actor()));
	}

	/** C: the supervisee's contract being drawn up, their signed one, or a new one. */
	void openContract() {
		SuperviseeRow row = supervisees.selected();
		if (row != null) {
			open(() -> new Supervision(store, clock).contractToOpen(row.supervisee(), signedIn.actor()));
		}
	}

	/** L: the supervisee's sessions log (Appendix C). */
	void openSessions() {
		SuperviseeRow row = supervisees.selected();
		if (row == null) {
			return;
		}
		MPart part = parts.createPart(SessionsLogPart.ID);
		part.getTransientData().put(SessionsLogPart.SUPERVISEE, row.supervisee());
		part.setLabel(NLS.bind(Messages.Log_title, row.supervisee().getName()));
		MPartStack stack = (MPartStack) models.find(RecordEditors.EDITOR_STACK, application);
		stack.getChildren().add(part);
		parts.showPart(part, PartState.ACTIVATE);
	}

	/** Enter on a case: its casework supervision begins, the cases listed after it following in the same sitting. */
	void startCasework() {
		int index = cases.selectedIndex();
		if (index < 0) {
			return;
		}
		List<CaseRow> shown = cases.rows();
		// The sitting: this case, then those listed after it that the same supervisor supervises.
		StaffMember by = shown.get(index).supervisor();
		CaseworkSitting.begin(shown.subList(index, shown.size()).stream()
				.filter(row -> by == null ? row.supervisor() == null : row.supervisor() != null && row.supervisor().getId() == by.getId()).map(CaseRow::caseNumber)
				.toList());
		String caseNumber = shown.get(index).caseNumber();
		open(() -> new Supervision(store, clock).startCasework(
				store.records().where(Case.class, QaPackage.Literals.CASE__CASE_NUMBER, caseNumber).stream().findFirst().orElseThrow(), LocalDate.now(clock),
				signedIn.actor()));
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
		if (supervisees != null && !parent.isDisposed()) {
			supervisees.table().control().setFocus();
		}
	}

	// For the tests.
	RowTable<SuperviseeRow> supervisees() {
		return supervisees;
	}

	RowTable<CaseRow> cases() {
		return cases;
	}

	RowTable<Rollup> rollups() {
		return rollups;
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
}
