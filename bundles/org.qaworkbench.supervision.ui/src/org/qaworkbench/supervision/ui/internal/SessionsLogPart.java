package org.qaworkbench.supervision.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.qaworkbench.audits.SupervisionPdf;
import org.qaworkbench.core.Formats;
import org.qaworkbench.core.store.NotPermittedException;
import org.qaworkbench.core.store.SaveRefusedException;
import org.qaworkbench.core.supervision.Supervision;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.model.Identified;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.model.SupervisionRecord;
import org.qaworkbench.model.SupervisionSession;
import org.qaworkbench.ui.editors.ExportsPdf;
import org.qaworkbench.ui.editors.PdfExport;
import org.qaworkbench.ui.editors.Prompts;
import org.qaworkbench.ui.editors.RecordEditors;
import org.qaworkbench.ui.editors.SignedInPerson;

/**
 * Appendix C, the record of supervision sessions of one supervisee: one line per planned session (date, initials of
 * whoever held it, or missed and why, the date of the next, notes such as where the records are kept), as core builds
 * them, mostly from the records of supervision themselves. A missed session is two keystrokes: M on its line, then
 * the reason and Enter (Escape leaves it). Enter on a held line opens its record. Export PDF... (Alt+X) prints the log
 * laid out like the form, as {@code qa supervision export --sessions-of} does.
 */
public final class SessionsLogPart implements ExportsPdf {

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
	private RowTable<SessionLine> table;
	private Label reasonLabel;
	private Text reason;
	private Label said;
	private Button exportPdf;
	private Prompts prompts;
	private List<SessionLine> lines = List.of();
	private SessionLine missing;
	private final java.util.function.Consumer<Identified> saved = record -> {
		if ((record instanceof SupervisionSession || record instanceof SupervisionRecord) && parent != null && !parent.isDisposed()) {
			parent.getDisplay().asyncExec(this::refresh);
		}
	};

	@PostConstruct
	void create(Composite parent) {
		this.parent = parent;
		supervisee = (StaffMember) part.getTransientData().get(SUPERVISEE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(parent);
		prompts = Prompts.dialogs(parent.getShell());
		Label heading = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
		exportPdf = new Button(parent, SWT.PUSH);
		exportPdf.setText(Messages.Log_export);
		exportPdf.setToolTipText(Messages.Log_exportTip);
		exportPdf.addListener(SWT.Selection, event -> exportPdf());
		table = new RowTable<>(parent, List.of( //
				new RowTable.Column<>(Messages.Log_date, SessionLine::date), new RowTable.Column<>(Messages.Log_initials, SessionLine::initialsText),
				new RowTable.Column<>(Messages.Log_missed, SessionLine::missedText), new RowTable.Column<>(Messages.Log_next, SessionLine::nextDate),
				new RowTable.Column<>(Messages.Log_notes, SessionLine::notesText)),
				line -> line.planned() && line.on().isBefore(java.time.LocalDate.now(clock())), line -> line.date() + line.planned(), this::openRecord, this::refresh, "mM", //$NON-NLS-1$
				typed -> askReason());
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(table.table().outer());
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
			exportPdf.setEnabled(false);
			return;
		}
		heading.setText(NLS.bind(Messages.Log_heading, header()));
		store.records().addSaveListener(saved);
		refresh();
	}

	/** Appendix C's header: name, date employment commenced, supervisor. */
	private String header() {
		StaffMember member = store.records().resolve(supervisee).orElse(supervisee);
		String supervisor = member.getLineManager() == null ? "" : store.records().resolve(member.getLineManager()).map(StaffMember::getName).orElse(""); //$NON-NLS-1$ //$NON-NLS-2$
		return NLS.bind(Messages.Log_header, new Object[] { member.getName(), Formats.date(member.getStartDate()), supervisor });
	}

	/** Someone else signed in: what they may see of the log. */
	@Inject
	@Optional
	void signedInChanged(@UIEventTopic(SignedInPerson.CHANGED) Object who) {
		if (parent != null && !parent.isDisposed()) {
			refresh();
		}
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
		if (parent.isDisposed() || supervisee == null) {
			return;
		}
		StaffMember person = signedIn.staff().orElse(null);
		Supervision supervision = new Supervision(store, clock());
		if (!supervision.access().maySeeAbout(supervisee, person)) {
			lines = List.of();
			said.setText(Messages.Log_notYours);
		} else {
			lines = SessionLine.of(supervision.sessionsOf(supervisee, person));
		}
		table.show(lines);
		parent.layout(true, true);
	}

	/** M: the reason field for the line chosen, with the keyboard in it. */
	private void askReason() {
		SessionLine line = table.selected();
		if (line == null) {
			return;
		}
		if (!line.planned()) {
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
			new Supervision(store, clock()).recordMissed(supervisee, missing.on(), reason.getText(), null, signedIn.actor());
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
		table.table().control().setFocus();
	}

	private void showReason(boolean shown) {
		reasonLabel.setVisible(shown);
		reason.setVisible(shown);
		((org.eclipse.swt.layout.GridData) reason.getLayoutData()).exclude = !shown;
		reasonLabel.setLayoutData(GridDataFactory.fillDefaults().exclude(!shown).create());
		parent.layout(true, true);
	}

	/** Ctrl+P: once it shows someone's log. */
	@Override
	public boolean canExportPdf() {
		return supervisee != null;
	}

	/** Alt+X or Ctrl+P: asks where to, then writes the log as the command does ({@link SupervisionPdf#writeSessions}), and says how it went. */
	@Override
	public void exportPdf() {
		if (supervisee == null) {
			return;
		}
		pdf().prompt(NLS.bind(Messages.Log_pdfFileName, supervisee.getName().replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(java.util.Locale.ROOT)), this::writePdf); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private void writePdf(Path file) throws IOException {
		StaffMember person = signedIn.staff().orElse(null);
		try {
			SupervisionPdf.writeSessions(store, new Supervision(store, clock()), supervisee, person, file);
		} catch (NotPermittedException e) {
			throw new IOException(e.getMessage(), e);
		}
	}

	private PdfExport pdf() {
		return new PdfExport(prompts, text -> {
			said.setText(text);
			parent.layout(true, true);
		}, new PdfExport.Wording(Messages.Log_pdfSaveAs, Messages.Log_pdfWritten, Messages.Log_pdfFailed, Messages.Log_pdfFailedBecause),
				() -> signedIn.staff().orElse(null));
	}

	/** How this part asks where to save; a UI test answers through it. */
	void setPrompts(Prompts prompts) {
		this.prompts = prompts;
	}

	/** Enter on a held line: its record of supervision. */
	private void openRecord() {
		SessionLine line = table.selected();
		if (line != null && line.record() != null) {
			RecordEditors.open(line.record(), application, models, parts);
		}
	}

	@Focus
	void focus() {
		if (reason.isVisible()) {
			reason.setFocus();
		} else {
			table.table().control().setFocus();
		}
	}

	// For the tests.
	RowTable<SessionLine> table() {
		return table;
	}

	Text reason() {
		return reason;
	}

	List<SessionLine> lines() {
		return lines;
	}

	String said() {
		return said.getText();
	}
}
