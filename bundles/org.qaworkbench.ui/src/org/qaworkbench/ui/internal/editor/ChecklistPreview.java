package org.qaworkbench.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.AssessmentState;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.Item;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.ScoringRule;
import org.qaworkbench.model.Section;
import org.qaworkbench.ui.internal.Messages;

/**
 * A definition shown as the generic editor will show it, read-only: the same grid (sections, questions, the keys
 * each answer takes), the selected question's choices and guidance below it, and how each section and the whole are
 * scored. Nothing can be typed and nothing is stored. {@link #show} replaces what is shown, as a workbook changes.
 */
public final class ChecklistPreview {

	private final Composite body;
	private Label heading;
	private ChecklistTable table;
	private ChecklistRows rows;
	private Text guidance;
	private Label scoring;
	private ChecklistDefinition definition;

	public ChecklistPreview(Composite parent) {
		body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(body);
	}

	public Composite control() {
		return body;
	}

	/** Shows a definition in place of the last one. */
	public void show(ChecklistDefinition shown) {
		definition = shown;
		for (var child : body.getChildren()) {
			child.dispose();
		}
		heading = new Label(body, SWT.NONE);
		heading.setText(NLS.bind(Messages.Preview_heading, new Object[] { shown.getTitle(), shown.getVersion(), shown.getDefinitionId() }));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
		Assessment blank = QaFactory.eINSTANCE.createAssessment();
		blank.setState(AssessmentState.DRAFT);
		rows = new ChecklistRows(shown, blank);
		table = new ChecklistTable(body, rows, () -> false, () -> {
		}, new NothingTyped(), this::showGuidance, null);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.table());
		guidance = new Text(body, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, false).hint(400, guidance.getLineHeight() * 3).applyTo(guidance);
		scoring = new Label(body, SWT.WRAP);
		scoring.setText(scoringText(shown));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(scoring);
		body.layout(true, true);
		table.select(table.nextItemRow(-1), ChecklistTable.ANSWER);
	}

	private void showGuidance(Item item) {
		if (item == null) {
			guidance.setText(""); //$NON-NLS-1$
			return;
		}
		List<String> lines = new ArrayList<>();
		lines.add(item.getText());
		lines.add(NLS.bind(Messages.Preview_answers, answeredWith(item)));
		if (!item.getChoices().isEmpty()) {
			lines.add(NLS.bind(Messages.Editor_choices, String.join(", ", item.getChoices()))); //$NON-NLS-1$
		}
		lines.add(item.getGuidance() == null || item.getGuidance().isBlank() ? Messages.Editor_noGuidance : item.getGuidance());
		guidance.setText(String.join("\n", lines)); //$NON-NLS-1$
	}

	/** The keys that answer a question in the editor, or what is typed after Enter. */
	static String answeredWith(Item item) {
		return switch (item.getKind()) {
		case GRADED -> item.getScale() == null ? "" : item.getScale().getLevels().stream() //$NON-NLS-1$
				.map(level -> level.getValue() + " " + level.getLabel()).collect(java.util.stream.Collectors.joining(", ")); //$NON-NLS-1$ //$NON-NLS-2$
		case YES_NO -> Messages.Preview_yesNo;
		case YES_NO_NA -> Messages.Preview_yesNoNa;
		case TICK_MATRIX -> Messages.Preview_matrix;
		default -> NLS.bind(Messages.Preview_typed, AnswerKeys.expected(item));
		};
	}

	/** "Sections: 6, questions: 38", then each scored section's rule and the overall one. */
	static String scoringText(ChecklistDefinition shown) {
		List<String> lines = new ArrayList<>();
		long questions = shown.getSections().stream().mapToLong(section -> section.getItems().size()).sum();
		lines.add(NLS.bind(Messages.Preview_counts, shown.getSections().size(), questions));
		for (Section section : shown.getSections()) {
			String rule = rule(section.getScoring());
			if (rule != null) {
				lines.add(NLS.bind(Messages.Preview_sectionScoring, section.getTitle(), rule));
			}
		}
		String overall = rule(shown.getOverallScoring());
		if (overall != null) {
			lines.add(NLS.bind(Messages.Preview_overallScoring, overall));
		}
		return String.join("\n", lines); //$NON-NLS-1$
	}

	private static String rule(ScoringRule rule) {
		if (rule == null || rule.getMethod() == null || "None".equals(rule.getMethod().getLiteral())) { //$NON-NLS-1$
			return null;
		}
		return NLS.bind(Messages.Preview_rule, rule.getMethod().getLiteral(), rule.getDecimals());
	}

	public ChecklistDefinition definition() {
		return definition;
	}

	/** The section headings and question texts of the grid, in order. */
	public List<String> rowsShown() {
		return rows.rows().stream().map(row -> row.isHeading() ? row.section().getTitle() : row.item().getText()).toList();
	}

	public String scoringShown() {
		return scoring.getText();
	}

	public String guidanceShown() {
		return guidance.getText();
	}

	public NatTable table() {
		return table.table();
	}

	/** The preview takes no answers: a key says nothing and changes nothing. */
	private static final class NothingTyped implements ChecklistTable.TypedAnswers {
		@Override
		public boolean typed(Item item, String text) {
			return false;
		}

		@Override
		public boolean commented(Item item, String text) {
			return false;
		}

		@Override
		public void refusedKey(Item item, char key) {
			// read-only: nothing to say
		}
	}
}
