package org.qaworkbench.audits.internal.pdf;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.eclipse.osgi.util.NLS;
import org.qaworkbench.audits.internal.Lookups;
import org.qaworkbench.audits.internal.Messages;
import org.qaworkbench.audits.internal.SupervisionAuditMessages;
import org.qaworkbench.core.Formats;
import org.qaworkbench.core.checklists.scoring.MatrixTotals;
import org.qaworkbench.core.checklists.scoring.ScoreCard;
import org.qaworkbench.core.supervisionaudit.FileEvidence;
import org.qaworkbench.core.supervisionaudit.SupervisionAuditSample;
import org.qaworkbench.model.Answer;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.Item;
import org.qaworkbench.model.ItemKind;
import org.qaworkbench.model.SampleDraw;
import org.qaworkbench.model.Section;
import org.qaworkbench.model.StaffMember;

/**
 * A supervision audit laid out like Appendix D: the tool's words, the sample (team, seed, the list drawn from and
 * every draw), the questions against a column per file headed by its supervisee, a tick, a cross or N/A in each
 * cell and the totals per question and per file, then comments, supervisor, date and auditor as at the foot of the
 * form, the evidence the records gave for each file, and the sign-offs. The page, table and sign-off printing is the
 * audit PDF's ({@link Pages}, {@link TableWriter}, {@link OutcomeTables}).
 */
public final class SupervisionAuditLayout {

	private final Assessment audit;
	private final ChecklistDefinition definition;
	private final Optional<SupervisionAuditSample> sample;
	private final Map<Long, Map<String, FileEvidence>> evidence;
	private final ScoreCard scores;
	private final Lookups lookups;

	public SupervisionAuditLayout(Assessment audit, ChecklistDefinition definition, Optional<SupervisionAuditSample> sample,
			Map<Long, Map<String, FileEvidence>> evidence, ScoreCard scores, Lookups lookups) {
		this.audit = audit;
		this.definition = definition;
		this.sample = sample;
		this.evidence = evidence;
		this.scores = scores;
		this.lookups = lookups;
	}

	public void write(PDDocument document) throws IOException {
		try (Pages pages = new Pages(document, new Fonts())) {
			TableWriter tables = new TableWriter(pages);
			pages.title(definition.getTitle());
			if (definition.getPurpose() != null) {
				pages.paragraph(Paragraph.italic(definition.getPurpose()));
			}
			tables.write(facts());
			List<Item> matrix = items(ItemKind.TICK_MATRIX);
			int files = files(matrix);
			pages.heading(SupervisionAuditMessages.Pdf_questions);
			tables.write(matrix(matrix, files));
			tables.write(details());
			if (sample.isPresent() && !evidence.isEmpty()) {
				pages.heading(SupervisionAuditMessages.Pdf_evidence);
				pages.paragraph(Paragraph.italic(SupervisionAuditMessages.Pdf_evidenceHint));
				tables.write(evidenceTable(matrix));
			}
			pages.heading(Messages.Pdf_workflow);
			if (audit.getSignOffs().isEmpty()) {
				pages.paragraph(Paragraph.plain(Messages.Pdf_nobody));
			} else {
				tables.write(new OutcomeTables(audit, definition, lookups).signOffs());
			}
			pages.finish(NLS.bind(Messages.Pdf_footer, new Object[] { audit.getId(), audit.getSubjectKey(), Formats.date(LocalDate.now()) }));
		}
	}

	private Table facts() {
		Fields fields = new Fields().add(Messages.Pdf_checklist, NLS.bind(Messages.Pdf_checklistVersion, definition.getTitle(), definition.getVersion()))
				.add(Messages.Pdf_auditId, String.valueOf(audit.getId())).add(Messages.Pdf_state, audit.getState() == null ? "" : audit.getState().getLiteral()) //$NON-NLS-1$
				.add(Messages.Pdf_started, Formats.date(audit.getStartedOn())).add(Messages.Pdf_completed, Formats.date(audit.getCompletedOn()))
				.add(Messages.Pdf_auditors, lookups.assessors(audit));
		if (sample.isEmpty()) {
			return fields.add(SupervisionAuditMessages.Pdf_team, nonNull(audit.getSubjectKey())).add(SupervisionAuditMessages.Pdf_sample,
					SupervisionAuditMessages.Pdf_notDrawn).table();
		}
		SupervisionAuditSample drawn = sample.get();
		List<Paragraph> draws = new ArrayList<>();
		for (SampleDraw draw : drawn.draws()) {
			draws.add(Paragraph.plain(draw.getReason() == null
					? NLS.bind(SupervisionAuditMessages.Pdf_drawn, new Object[] { lookups.person(draw.getBy()), Formats.dateTime(draw.getAt()), draw.getSeed() })
					: NLS.bind(SupervisionAuditMessages.Pdf_redrawn,
							new Object[] { lookups.person(draw.getBy()), Formats.dateTime(draw.getAt()), draw.getSeed(), draw.getReason() })));
		}
		return fields.add(SupervisionAuditMessages.Pdf_team, drawn.team() == null ? nonNull(audit.getSubjectKey()) : drawn.team().getName())
				.add(SupervisionAuditMessages.Pdf_seed, String.valueOf(drawn.seed()))
				.add(SupervisionAuditMessages.Pdf_files, files(drawn))
				.add(SupervisionAuditMessages.Pdf_drawnFrom, drawn.drawnFrom().stream().map(StaffMember::getName).collect(Collectors.joining(", "))) //$NON-NLS-1$
				.add(SupervisionAuditMessages.Pdf_draws, draws).table();
	}

	/** The files drawn, one a line with its column's number: the grid's narrow columns carry the number and initials. */
	private static List<Paragraph> files(SupervisionAuditSample drawn) {
		List<Paragraph> files = new ArrayList<>();
		for (int file = 1; file <= drawn.files().size(); file++) {
			files.add(Paragraph.plain(file + ". " + drawn.file(file).getName())); //$NON-NLS-1$
		}
		return files;
	}

	/** The tool's grid: Questions, a column per file, Total; the last row the ticks of each file. */
	private Table matrix(List<Item> items, int files) {
		float[] shares = new float[files + 2];
		shares[0] = files > 4 ? 34 : 46;
		for (int file = 1; file <= files; file++) {
			shares[file] = 7;
		}
		shares[files + 1] = 7;
		Table table = new Table(shares);
		List<Cell> header = new ArrayList<>(List.of(Cell.bold(SupervisionAuditMessages.Pdf_questionsHeader).shaded()));
		for (int file = 1; file <= files; file++) {
			header.add(Cell.bold(columnHeading(file)).shaded().centred());
		}
		header.add(Cell.bold(SupervisionAuditMessages.Pdf_total).shaded().centred());
		table.header(header.toArray(Cell[]::new));
		int[] perFile = new int[files];
		for (Item item : items) {
			List<Cell> row = new ArrayList<>(List.of(Cell.of(item.getText())));
			for (int file = 1; file <= files; file++) {
				String value = answer(item, file).map(Answer::getValue).orElse(""); //$NON-NLS-1$
				row.add(Cell.of(mark(value)).centred());
			}
			Optional<MatrixTotals> totals = scores.matrixTotals(item.getItemId());
			totals.ifPresent(t -> {
				for (int i = 0; i < Math.min(files, t.perFile().size()); i++) {
					perFile[i] += t.perFile().get(i);
				}
			});
			row.add(Cell.bold(totals.map(t -> String.valueOf(t.total())).orElse("")).centred()); //$NON-NLS-1$
			table.row(row.toArray(Cell[]::new));
		}
		List<Cell> foot = new ArrayList<>(List.of(Cell.bold(SupervisionAuditMessages.Pdf_totalPerFile).shaded()));
		int all = 0;
		for (int count : perFile) {
			foot.add(Cell.bold(String.valueOf(count)).shaded().centred());
			all += count;
		}
		foot.add(Cell.bold(String.valueOf(all)).shaded().centred());
		table.row(foot.toArray(Cell[]::new));
		return table;
	}

	/** The foot of the form: Any comments, Name of supervisor, Date of audit, Auditor (the answers to its fields). */
	private Table details() {
		Fields fields = new Fields();
		for (Item item : items(null)) {
			if (item.getKind() != ItemKind.TICK_MATRIX) {
				String value = answer(item, 0).map(Answer::getValue).orElse(""); //$NON-NLS-1$
				fields.add(item.getText(), item.getKind() == ItemKind.DATE ? isoDate(value) : value);
			}
		}
		return fields.table();
	}

	private Table evidenceTable(List<Item> items) {
		SupervisionAuditSample drawn = sample.orElseThrow();
		Table table = new Table(4, 96);
		for (int file = 1; file <= drawn.files().size(); file++) {
			StaffMember supervisee = drawn.file(file);
			table.row(Cell.bold(fileHeading(file)).shaded().span(2));
			Map<String, FileEvidence> lines = evidence.getOrDefault(supervisee.getId(), Map.of());
			for (int i = 0; i < items.size(); i++) {
				FileEvidence found = lines.get(items.get(i).getItemId());
				if (found != null) {
					String suggests = found.suggests() == null ? "" : NLS.bind(SupervisionAuditMessages.Pdf_suggests, mark(found.suggests())); //$NON-NLS-1$
					table.row(Cell.of(String.valueOf(i + 1)), Cell.of(found.text() + suggests));
				}
			}
		}
		return table;
	}

	/** A file column's heading: its number and the supervisee's initials (the names are listed with the sample). */
	private String columnHeading(int file) {
		StaffMember supervisee = sample.map(s -> s.file(file)).orElse(null);
		if (supervisee == null) {
			return String.valueOf(file);
		}
		String initials = supervisee.getInitials() != null && !supervisee.getInitials().isBlank() ? supervisee.getInitials()
				: java.util.Arrays.stream(supervisee.getName().split("\\s+")).filter(part -> !part.isEmpty()).map(part -> part.substring(0, 1)) //$NON-NLS-1$
						.collect(Collectors.joining());
		return file + " " + initials; //$NON-NLS-1$
	}

	private String fileHeading(int file) {
		StaffMember supervisee = sample.map(s -> s.file(file)).orElse(null);
		return supervisee == null ? String.valueOf(file) : file + ". " + supervisee.getName(); //$NON-NLS-1$
	}

	/** As the form asks: a tick for Yes, a cross for No; the standard fonts have neither, so the letters. */
	private static String mark(String value) {
		return switch (value) {
		case "Y" -> SupervisionAuditMessages.Pdf_yes; //$NON-NLS-1$
		case "N" -> SupervisionAuditMessages.Pdf_no; //$NON-NLS-1$
		case "NA" -> SupervisionAuditMessages.Pdf_notApplicable; //$NON-NLS-1$
		default -> ""; //$NON-NLS-1$
		};
	}

	/** The columns the grid needs: the files drawn, else the definition's widest matrix. */
	private int files(List<Item> matrix) {
		int widest = matrix.stream().mapToInt(Item::getMatrixFiles).max().orElse(0);
		return sample.map(s -> Math.min(widest, Math.max(1, s.files().size()))).orElse(widest);
	}

	private List<Item> items(ItemKind kind) {
		List<Item> items = new ArrayList<>();
		for (Section section : definition.getSections()) {
			section.getItems().stream().filter(item -> kind == null || item.getKind() == kind).forEach(items::add);
		}
		return items;
	}

	private Optional<Answer> answer(Item item, int file) {
		return audit.getAnswers().stream().filter(a -> item.getItemId().equals(a.getItemId()) && a.getFileIndex() == file).findFirst();
	}

	/** A date answer (stored ISO) as DD/MM/YYYY. */
	private static String isoDate(String value) {
		try {
			return value.isEmpty() ? value : Formats.date(LocalDate.parse(value));
		} catch (java.time.format.DateTimeParseException e) {
			return value;
		}
	}

	private static String nonNull(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}
}
