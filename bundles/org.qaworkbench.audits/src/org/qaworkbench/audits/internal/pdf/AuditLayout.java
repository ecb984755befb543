package org.qaworkbench.audits.internal.pdf;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.eclipse.osgi.util.NLS;
import org.qaworkbench.audits.internal.Lookups;
import org.qaworkbench.audits.internal.Messages;
import org.qaworkbench.core.Formats;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.RemedialAction;
import org.qaworkbench.model.Scale;
import org.qaworkbench.model.Section;
import org.qaworkbench.model.SubjectKind;

/**
 * One audit on A4 pages in the order of the paper tool: the checklist's title, what the audit is (its checklist and
 * version, subject, purpose, state, dates; the kind and theme of an audit of a case), then every section of its
 * definition as that section's table (the case details as the header table, the scale's legend before the first
 * grid), then the summary page: the overall score with its scale, the closing sections (those of fields after the
 * last section of questions, such as general comments) with the remedial actions before the last of them (the paper's
 * lessons learnt, reflected on last), then the sign-offs. Nothing is particular to one checklist: the case audit's
 * layout comes from its definition.
 */
public final class AuditLayout {

	private final Assessment audit;
	private final ChecklistDefinition definition;
	private final List<RemedialAction> actions;
	private final Lookups lookups;
	private boolean legendShown;

	public AuditLayout(Assessment audit, ChecklistDefinition definition, List<RemedialAction> actions, Lookups lookups) {
		this.audit = audit;
		this.definition = definition;
		this.actions = actions;
		this.lookups = lookups;
	}

	public void write(PDDocument document) throws IOException {
		try (Pages pages = new Pages(document, new Fonts())) {
			TableWriter tables = new TableWriter(pages);
			pages.title(definition.getTitle());
			tables.write(facts());
			List<Section> closing = closingSections();
			sections(pages, tables, definition.getSections().subList(0, definition.getSections().size() - closing.size()));
			OutcomeTables outcome = new OutcomeTables(audit, definition, lookups);
			pages.heading(Messages.Pdf_outcome);
			Optional<Table> scale = outcome.overallScale();
			if (scale.isPresent()) {
				tables.write(scale.get());
			}
			tables.write(outcome.overall());
			sections(pages, tables, closing.isEmpty() ? closing : closing.subList(0, closing.size() - 1));
			pages.heading(Messages.Pdf_actions);
			if (actions.isEmpty()) {
				pages.paragraph(Paragraph.plain(Messages.Pdf_noActions));
			} else {
				tables.write(outcome.actions(actions));
			}
			sections(pages, tables, closing.isEmpty() ? closing : closing.subList(closing.size() - 1, closing.size()));
			Table lessons = outcome.lessons();
			if (!lessons.isEmpty()) {
				tables.write(lessons);
			}
			pages.heading(Messages.Pdf_workflow);
			if (audit.getSignOffs().isEmpty()) {
				pages.paragraph(Paragraph.plain(Messages.Pdf_nobody));
			} else {
				tables.write(outcome.signOffs());
			}
			Table sharing = outcome.sharing();
			if (!sharing.isEmpty()) {
				tables.write(sharing);
			}
			if (!audit.getAmendments().isEmpty()) {
				pages.heading(Messages.Pdf_amendments);
				tables.write(outcome.amendments());
			}
			pages.finish(NLS.bind(Messages.Pdf_footer, new Object[] { audit.getId(), audit.getSubjectKey(), Formats.date(LocalDate.now()) }));
		}
	}

	/** The sections of fields after the last section of questions: they close the checklist, on its summary page. */
	private List<Section> closingSections() {
		List<Section> sections = definition.getSections();
		int first = sections.size();
		while (first > 0 && !SectionTables.isGrid(sections.get(first - 1))) {
			first--;
		}
		// A checklist of fields only has no summary page to close.
		return first == 0 ? List.of() : sections.subList(first, sections.size());
	}

	private void sections(Pages pages, TableWriter tables, List<Section> sections) throws IOException {
		SectionTables sectionTables = new SectionTables(definition, audit);
		for (Section section : sections) {
			boolean grid = SectionTables.isGrid(section);
			Optional<Scale> scale = SectionTables.scale(section);
			if (grid && scale.isPresent() && !legendShown) {
				pages.heading(scale.get().getName());
				tables.write(SectionTables.legend(scale.get()));
				pages.paragraph(Paragraph.italic(NLS.bind(Messages.Pdf_scoreHint, range(scale.get()))));
				legendShown = true;
			}
			if (!grid) {
				pages.heading(section.getTitle());
			}
			tables.write(sectionTables.table(section));
		}
	}

	/** What the audit is, in the definition's own words: its checklist, what it is about and why, and where it stands. */
	private Table facts() {
		SubjectKind about = definition.getSubjectKind() != null ? definition.getSubjectKind() : audit.getSubjectKind();
		String subject = (about == null ? "" : about.getLiteral() + " ") + nullToEmpty(audit.getSubjectKey()); //$NON-NLS-1$ //$NON-NLS-2$
		Fields fields = new Fields().add(Messages.Pdf_checklist, NLS.bind(Messages.Pdf_checklistVersion, definition.getTitle(), definition.getVersion()))
				.add(Messages.Pdf_subject, subject).addIfAny(Messages.Pdf_purpose, definition.getPurpose())
				.add(Messages.Pdf_auditId, String.valueOf(audit.getId())).add(Messages.Pdf_state, audit.getState() == null ? "" : audit.getState().getLiteral()); //$NON-NLS-1$
		// The model's audit kinds (practitioner, cross-locality themed) are those of case file audits; other checklists have none.
		if (about == SubjectKind.CASE && audit.getAuditKind() != null) {
			fields.add(Messages.Pdf_auditKind, audit.getAuditKind().getLiteral()).add(Messages.Pdf_theme, nullToEmpty(audit.getTheme()));
		}
		return fields.add(Messages.Pdf_started, Formats.date(audit.getStartedOn())).add(Messages.Pdf_completed, Formats.date(audit.getCompletedOn()))
				.add(Messages.Pdf_auditors, lookups.assessors(audit)).addIfAny(Messages.Pdf_ownLocalityReason, audit.getOwnLocalityReason()).table();
	}

	/** "1 - 5": the scale's lowest and highest values. */
	private static String range(Scale scale) {
		int low = scale.getLevels().stream().mapToInt(level -> level.getValue()).min().orElse(0);
		int high = scale.getLevels().stream().mapToInt(level -> level.getValue()).max().orElse(0);
		return low + " - " + high; //$NON-NLS-1$
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}
}
