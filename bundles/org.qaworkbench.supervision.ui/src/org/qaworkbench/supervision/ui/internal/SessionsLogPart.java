package org.qaworkbench.supervision.ui.internal;

import java.time.Clock;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.qaworkbench.core.store.SaveRefusedException;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.model.Identified;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.ui.editors.RecordEditors;
import org.qaworkbench.ui.editors.SignedInPerson;

/**
 * Appendix C, the record of supervision sessions of one supervisee: one line per planned session (date, initials of
 * whoever held it, or missed and why, the date of the next, notes such as where the records are kept), as core builds
 * them, mostly from the records of supervision themselves. A missed session is two keystrokes: M on its line, then
 * the reason and Enter (Escape leaves it). Enter on a held line opens its record.
 */
public final class SessionsLogPart {

	public static final String ID = "org.qaworkbench.supervision.ui.part.sessions"; //$NON-NLS-1$
	/** The supervisee (a StaffMember) the log is of, in the part's transient data. */
	static final String SUPERVISEE = "supervisee"; //$NON-NLS-1$

	@Inject
	private Store store;
	@Inject
	private SignedInPerson signedIn;
	@Inject
	private MPart part;
	@Inject
	private MApplication application;
	@Inject
	private EModelService models;
	@Inject
	private EPartService parts;
	@Inject
	@Optional
	private Clock clock;

	private StaffMember supervisee;
	private Composite parent;
	private Table table;
	private Label reasonLabel;
	private Text reason;
	private Label said;
	private List<SessionLines.Line> lines = List.of();
	private SessionLines.Line missing;
	private final java.util.function.Consumer<Identified> saved = record -> {
		if (SessionLines.follows(record) && parent != null && !parent.isDisposed()) {
			parent.getDisplay().asyncExec(this::refresh);
		}
	};

	@PostConstruct
	void create(Composite parent) {
		this.parent = parent;
		supervisee = (StaffMember) part.getTransientData().get(SUPERVISEE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(parent);
		Label heading = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(heading);
		table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		table.setHeaderVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(table);
		for (String column : List.of(Messages.Log_date, Messages.Log_initials, Messages.Log_missed, Messages.Log_next, Messages.Log_notes)) {
			TableColumn tableColumn = new TableColumn(table, SWT.LEFT);
			tableColumn.setText(column);
			tableColumn.setWidth(column.equals(Messages.Log_notes) ? 320 : 140);
		}
		table.addListener(SWT.KeyDown, event -> {
			if (event.character == 'm' || event.character == 'M') {
				event.doit = false;
				askReason();
			}
		});
		table.addListener(SWT.DefaultSelection, event -> openRecord());
		reasonLabel = new Label(parent, SWT.NONE);
		reasonLabel.setText(Messages.Log_reason);
		reason = new Text(parent, SWT.BORDER);
		reason.setMessage(Messages.Log_reasonPrompt);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(reason);
		reason.addListener(SWT.DefaultSelection, event -> recordMissed());
		reason.addTraverseListener(event -> {
			if (event.detail == SWT.TRAVERSE_ESCAPE) {
				event.doit = false;
				event.detail = SWT.TRAVERSE_NONE;
				leaveReason();
			}
		});
		said = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(said);
		showReason(false);
		if (supervisee == null) {
			heading.setText(Messages.Log_none);
			return;
		}
		heading.setText(NLS.bind(Messages.Log_heading, new SessionLines(store, clock()).header(supervisee)));
		store.records().addSaveListener(saved);
		refresh();
	}

	@PreDestroy
	void dispose() {
		store.records().removeSaveListener(saved);
	}

	private Clock clock() {
		return clock == null ? Clock.systemDefaultZone() : clock;
	}

	/** The lines as core has them now, for the person signed in (nothing when the log is not theirs to see). */
	void refresh() {
		if (table.isDisposed() || supervisee == null) {
			return;
		}
		int selected = Math.max(0, table.getSelectionIndex());
		StaffMember person = signedIn.staff().orElse(null);
		SessionLines core = new SessionLines(store, clock());
		if (!core.maySee(supervisee, person)) {
			lines = List.of();
			said.setText(Messages.Log_notYours);
		} else {
			lines = core.lines(supervisee);
		}
		table.removeAll();
		for (SessionLines.Line line : lines) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { line.date(), line.initials(), line.missed(), line.next(), line.notes() });
			if (line.overdue()) {
				item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_RED));
			}
		}
		if (!lines.isEmpty()) {
			table.select(Math.min(selected, lines.size() - 1));
		}
		parent.layout(true, true);
	}

	/** M: the reason field for the line chosen, with the keyboard in it. */
	private void askReason() {
		int index = table.getSelectionIndex();
		if (index < 0 || index >= lines.size()) {
			return;
		}
		SessionLines.Line line = lines.get(index);
		if (!line.missable()) {
			said.setText(Messages.Log_alreadyHeld);
			parent.layout(true, true);
			return;
		}
		missing = line;
		reasonLabel.setText(NLS.bind(Messages.Log_reasonFor, line.date()));
		showReason(true);
		reason.setText(""); //$NON-NLS-1$
		reason.setFocus();
	}

	/** Enter in the reason: the session is recorded missed with it, through core; a refusal is said and nothing changes. */
	private void recordMissed() {
		if (missing == null) {
			return;
		}
		try {
			new SessionLines(store, clock()).recordMissed(supervisee, missing, reason.getText(), signedIn.actor());
			said.setText(NLS.bind(Messages.Log_recorded, missing.date()));
			leaveReason();
			refresh();
		} catch (SaveRefusedException e) {
			said.setText(e.getMessage());
			parent.layout(true, true);
		}
	}

	private void leaveReason() {
		missing = null;
		showReason(false);
		table.setFocus();
	}

	private void showReason(boolean shown) {
		reasonLabel.setVisible(shown);
		reason.setVisible(shown);
		((org.eclipse.swt.layout.GridData) reason.getLayoutData()).exclude = !shown;
		reasonLabel.setLayoutData(GridDataFactory.fillDefaults().exclude(!shown).create());
		parent.layout(true, true);
	}

	/** Enter on a held line: its record of supervision. */
	private void openRecord() {
		int index = table.getSelectionIndex();
		if (index >= 0 && index < lines.size() && lines.get(index).record() != null) {
			RecordEditors.open(lines.get(index).record(), application, models, parts);
		}
	}

	@Focus
	void focus() {
		if (reason.isVisible()) {
			reason.setFocus();
		} else {
			table.setFocus();
		}
	}

	// For the tests.
	Table table() {
		return table;
	}

	Text reason() {
		return reason;
	}

	List<SessionLines.Line> lines() {
		return lines;
	}

	String said() {
		return said.getText();
	}
}
