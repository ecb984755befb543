package org.qaworkbench.audits.internal.pdf;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.eclipse.osgi.util.NLS;
import org.qaworkbench.audits.internal.SupervisionMessages;
import org.qaworkbench.core.Formats;
import org.qaworkbench.core.supervision.SupervisionForm;
import org.qaworkbench.model.SupervisionSession;

/**
 * Appendix C, the record of supervision sessions of one supervisee, on A4 pages: the form's header (name, date
 * employment commenced, supervisor) and one line per session in the form's columns (date; initials where it took
 * place; missed and why; date of the next; notes, such as where the records are kept). The wording is the form
 * version's; the pages and tables are those of the other supervision PDFs ({@link SupervisionLayout}).
 */
public final class SessionsLogLayout {

	/**
	 * The supervisee as the header names them, with where the contract says the records are kept (null when none says).
	 */
	public record Header(String name, LocalDate employmentCommenced, String supervisor, String recordsKept) {
	}

	private final Header header;
	private final List<SupervisionSession> sessions;
	private final SupervisionForm form;

	public SessionsLogLayout(Header header, List<SupervisionSession> sessions, SupervisionForm form) {
		this.header = header;
		this.sessions = List.copyOf(sessions);
		this.form = form;
	}

	public void write(PDDocument document) throws IOException {
		try (Pages pages = new Pages(document, new Fonts())) {
			TableWriter tables = new TableWriter(pages);
			pages.title(form.title("header", form.definition().getTitle())); //$NON-NLS-1$
			pages.paragraph(Paragraph.italic(SupervisionMessages.Pdf_confidential));
			Fields fields = new Fields().add(form.text("name", "Name:"), text(header.name())) //$NON-NLS-1$ //$NON-NLS-2$
					.add(form.text("employment-commenced", "Date Employment Commenced:"), Formats.date(header.employmentCommenced())) //$NON-NLS-1$ //$NON-NLS-2$
					.add(form.text(SupervisionForm.SUPERVISOR, "Supervisor:"), text(header.supervisor())); //$NON-NLS-1$
			fields.addIfAny(SupervisionMessages.Pdf_recordsKept, header.recordsKept());
			tables.write(fields.table());
			pages.heading(form.title(SupervisionForm.COLUMNS, SupervisionForm.COLUMNS));
			if (sessions.isEmpty()) {
				pages.paragraph(Paragraph.plain(SupervisionMessages.Pdf_noSessions));
			} else {
				Table lines = new Table(0.14f, 0.16f, 0.28f, 0.14f, 0.28f).header(column(SupervisionForm.DATE), column(SupervisionForm.INITIALS),
						column(SupervisionForm.MISSED), column(SupervisionForm.NEXT_SESSION), column(SupervisionForm.NOTES));
				for (SupervisionSession session : sessions) {
					lines.row(Cell.of(Formats.date(session.getSessionOn())), Cell.of(session.isHeld() ? text(session.getInitials()) : ""), //$NON-NLS-1$
							Cell.of(session.isHeld() ? "" : text(session.getMissedReason())), Cell.of(Formats.date(session.getNextOn())), //$NON-NLS-1$
							Cell.of(text(session.getNotes())));
				}
				tables.write(lines);
			}
			String what = form.definition().getTitle() + " - " + text(header.name()); //$NON-NLS-1$
			pages.finish(NLS.bind(SupervisionMessages.Pdf_footerConfidential, what, Formats.date(LocalDate.now())));
		}
	}

	private Cell column(String itemId) {
		return Cell.bold(form.text(itemId, itemId)).shaded();
	}

	private static String text(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}
}
