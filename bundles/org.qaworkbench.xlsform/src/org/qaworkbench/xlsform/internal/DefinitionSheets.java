package org.qaworkbench.xlsform.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.qaworkbench.core.audits.evidence.TimescaleRule;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.Condition;
import org.qaworkbench.model.Item;
import org.qaworkbench.model.ItemKind;
import org.qaworkbench.model.Level;
import org.qaworkbench.model.Rounding;
import org.qaworkbench.model.Scale;
import org.qaworkbench.model.ScoringRule;
import org.qaworkbench.model.Section;

/**
 * A definition (and its timescales) as the sheets of a workbook: what {@link WorkbookReader} reads back into an
 * equal definition. Choices get names made from their text ("Step Down" is step_down), since the model keeps
 * only the text; conditions name them.
 */
public final class DefinitionSheets {

	private final ChecklistDefinition definition;
	/** The list each choice question's choices are written to, and each choice's name in it. */
	private final Map<Item, String> listNames = new HashMap<>();
	private final Map<Item, Map<String, String>> choiceNames = new HashMap<>();

	private DefinitionSheets(ChecklistDefinition definition) {
		this.definition = definition;
	}

	/** survey, choices, settings, timescales (when there are rules) and read me. */
	public static List<Sheet> sheets(ChecklistDefinition definition, List<TimescaleRule> timescales) {
		DefinitionSheets sheets = new DefinitionSheets(definition);
		List<Sheet> all = new ArrayList<>();
		Sheet choices = sheets.choices();
		all.add(sheets.survey());
		all.add(choices);
		all.add(sheets.settings());
		if (!timescales.isEmpty()) {
			all.add(new Sheet(WorkbookReader.TIMESCALES, TimescaleSheet.rows(timescales)));
		}
		all.add(ReadMe.sheet());
		return all;
	}

	private Sheet settings() {
		Sheet.Builder sheet = new Sheet.Builder(WorkbookReader.SETTINGS).row(WorkbookReader.SETTINGS_COLUMNS);
		List<String> values = new ArrayList<>(List.of(text(definition.getDefinitionId()), text(definition.getTitle()), text(definition.getVersion()),
				text(definition.getPurpose()), Words.word(definition.getSubjectKind())));
		values.addAll(scoring(definition.getOverallScoring()));
		return sheet.row(values).build();
	}

	private Sheet survey() {
		Sheet.Builder sheet = new Sheet.Builder(WorkbookReader.SURVEY).row(WorkbookReader.SURVEY_COLUMNS);
		for (Section section : definition.getSections()) {
			Map<String, String> row = new HashMap<>();
			row.put(WorkbookReader.TYPE, Types.BEGIN_GROUP);
			row.put(WorkbookReader.NAME, text(section.getSectionId()));
			row.put(WorkbookReader.LABEL, text(section.getTitle()));
			List<String> scoring = scoring(section.getScoring());
			row.put(WorkbookReader.SCORE, scoring.get(0));
			row.put(WorkbookReader.ROUNDING, scoring.get(1));
			row.put(WorkbookReader.DECIMALS, scoring.get(2));
			row.put(WorkbookReader.SCORER, scoring.get(3));
			sheet.row(ordered(row));
			for (Item item : section.getItems()) {
				sheet.row(ordered(item(item)));
			}
			sheet.row(ordered(Map.of(WorkbookReader.TYPE, Types.END_GROUP)));
		}
		return sheet.build();
	}

	private Map<String, String> item(Item item) {
		Map<String, String> row = new HashMap<>();
		String type = Words.type(item.getKind());
		if (item.getKind() == ItemKind.GRADED && item.getScale() != null) {
			type += ' ' + item.getScale().getScaleId();
		} else if (item.getKind() == ItemKind.SINGLE_CHOICE || item.getKind() == ItemKind.MULTIPLE_CHOICE) {
			type += ' ' + listNames.get(item);
		}
		row.put(WorkbookReader.TYPE, type);
		row.put(WorkbookReader.NAME, text(item.getItemId()));
		row.put(WorkbookReader.LABEL, text(item.getText()));
		row.put(WorkbookReader.HINT, text(item.getGuidance()));
		row.put(WorkbookReader.REQUIRED, item.isRequired() ? "yes" : ""); //$NON-NLS-1$ //$NON-NLS-2$
		row.put(WorkbookReader.PERSONAL, item.isPersonal() ? "yes" : ""); //$NON-NLS-1$ //$NON-NLS-2$
		row.put(WorkbookReader.FUTURE, item.isFuture() ? "yes" : ""); //$NON-NLS-1$ //$NON-NLS-2$
		row.put(WorkbookReader.FILES, item.getKind() == ItemKind.TICK_MATRIX ? String.valueOf(item.getMatrixFiles()) : ""); //$NON-NLS-1$
		row.put(WorkbookReader.MINIMUM, number(item.getMinimum()));
		row.put(WorkbookReader.MAXIMUM, number(item.getMaximum()));
		row.put(WorkbookReader.NOT_BEFORE, item.getNotBefore() == null ? "" : text(item.getNotBefore().getItemId())); //$NON-NLS-1$
		row.put(WorkbookReader.RELEVANT, relevant(item.getCondition()));
		return row;
	}

	/** The condition as XLSForm writes it; choice answers by their names, yes/no answers as Y, N, NA. */
	private String relevant(Condition condition) {
		if (condition == null || condition.getItem() == null) {
			return ""; //$NON-NLS-1$
		}
		Item target = condition.getItem();
		Map<String, String> names = choiceNames.getOrDefault(target, Map.of());
		List<String> answers = condition.getAnswers().stream().map(answer -> names.getOrDefault(answer, answer)).toList();
		return Relevant.write(text(target.getItemId()), answers, target.getKind() == ItemKind.MULTIPLE_CHOICE);
	}

	private Sheet choices() {
		Sheet.Builder sheet = new Sheet.Builder(WorkbookReader.CHOICES).row(WorkbookReader.CHOICES_COLUMNS);
		Set<String> taken = new HashSet<>();
		for (Scale scale : definition.getScales()) {
			taken.add(scale.getScaleId());
			boolean first = true;
			for (Level level : scale.getLevels()) {
				sheet.row(scale.getScaleId(), String.valueOf(level.getValue()), text(level.getLabel()), first ? text(scale.getName()) : "", //$NON-NLS-1$
						level.isNotApplicable() ? "yes" : "", text(level.getDescriptor())); //$NON-NLS-1$ //$NON-NLS-2$
				first = false;
			}
		}
		for (Section section : definition.getSections()) {
			for (Item item : section.getItems()) {
				if (item.getKind() != ItemKind.SINGLE_CHOICE && item.getKind() != ItemKind.MULTIPLE_CHOICE) {
					continue;
				}
				String list = unique(item.getItemId(), taken);
				taken.add(list);
				listNames.put(item, list);
				Map<String, String> names = new LinkedHashMap<>();
				Set<String> used = new HashSet<>();
				for (String choice : item.getChoices()) {
					String name = unique(slug(choice), used);
					used.add(name);
					names.put(choice, name);
					sheet.row(list, name, choice);
				}
				choiceNames.put(item, names);
			}
		}
		return sheet.build();
	}

	/** {@code base}, or base_2, base_3... when it is taken. */
	private static String unique(String base, Set<String> taken) {
		String name = base;
		for (int n = 2; taken.contains(name); n++) {
			name = base + '_' + n;
		}
		return name;
	}

	/** A choice's name from its text: lower case, letters and digits, words joined by underscores. */
	static String slug(String text) {
		String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "_").replaceAll("^_+|_+$", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		return slug.isEmpty() ? "choice" : slug; //$NON-NLS-1$
	}

	/** score, rounding, decimals, scorer: blank without a rule; rounding and decimals only when not the defaults. */
	private static List<String> scoring(ScoringRule rule) {
		if (rule == null) {
			return List.of("", "", "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
		return List.of(Words.word(rule.getMethod()), rule.getRounding() == Rounding.HALF_UP ? "" : Words.word(rule.getRounding()), //$NON-NLS-1$
				rule.getDecimals() == 0 ? "" : String.valueOf(rule.getDecimals()), text(rule.getScorerId())); //$NON-NLS-1$
	}

	private static List<String> ordered(Map<String, String> row) {
		return WorkbookReader.SURVEY_COLUMNS.stream().map(column -> row.getOrDefault(column, "")).toList(); //$NON-NLS-1$
	}

	private static String number(BigDecimal number) {
		return number == null ? "" : number.toPlainString(); //$NON-NLS-1$
	}

	private static String text(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}
}
