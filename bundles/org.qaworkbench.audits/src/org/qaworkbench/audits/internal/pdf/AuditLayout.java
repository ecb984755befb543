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

/**
 * One audit on A4 pages in the order of the paper tool: the checklist's title, what the audit is (kind, theme,
 * state, dates), then every section of its definition as that section's table (the case details as the header table,
 * the scale's legend before the first grid), then the overall score, the remedial actions and the sign-offs. Nothing
 * is particular to one checklist: the case audit's layout comes from its definition.
 */
public final class AuditLayout {

	private final Assessment audit;
	private final ChecklistDefinition definition;
	private final List<RemedialAction> actions;
	private final Lookups lookups;

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
			sections(pages, tables);
			OutcomeTables outcome = new OutcomeTables(audit, definition, lookups);
			pages.heading(Messages.Pdf_outcome);
			tables.write(outcome.overall());
			pages.heading(Messages.Pdf_actions);
			if (actions.isEmpty()) {
				pages.paragraph(Paragraph.plain(Messages.Pdf_noActions));
			} else {
				tables.write(outcome.actions(actions));
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

	private void sections(Pages pages, TableWriter tables) throws IOException {
		SectionTables sectionTables = new SectionTables(definition, audit);
		boolean legend = false;
		for (Section section : definition.getSections()) {
			boolean grid = SectionTables.isGrid(section);
			Optional<Scale> scale = SectionTables.scale(section);
			if (grid && scale.isPresent() && !legend) {
				pages.heading(scale.get().getName());
				tables.write(SectionTables.legend(scale.get()));
				pages.paragraph(Paragraph.italic(NLS.bind(Messages.Pdf_scoreHint, range(scale.get()))));
				legend = true;
			}
			if (!grid) {
				pages.heading(section.getTitle());
			}
			tables.write(sectionTables.table(section));
		}
	}

	private Table facts() {
		String kind = audit.getAuditKind() == null ? "" : audit.getAuditKind().getLiteral(); //$NON-NLS-1$
		String subject = (audit.getSubjectKind() == null ? "" : audit.getSubjectKind().getLiteral() + " ") + nullToEmpty(audit.getSubjectKey()); //$NON-NLS-1$ //$NON-NLS-2$
		return new Fields().add(Messages.Pdf_auditId, String.valueOf(audit.getId())).add(Messages.Pdf_state, audit.getState() == null ? "" : audit.getState().getLiteral()) //$NON-NLS-1$
				.add(Messages.Pdf_auditKind, kind).add(Messages.Pdf_theme, nullToEmpty(audit.getTheme())).add(Messages.Pdf_subject, subject)
				.add(Messages.Pdf_checklist, definition.getDefinitionId() + " " + definition.getVersion()) //$NON-NLS-1$
				.add(Messages.Pdf_started, Formats.date(audit.getStartedOn())).add(Messages.Pdf_completed, Formats.date(audit.getCompletedOn()))
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
