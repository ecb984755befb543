package org.qaworkbench.xlsform.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.audits.evidence.Measure;
import org.qaworkbench.core.audits.evidence.Standard;
import org.qaworkbench.core.audits.evidence.TimescaleRule;
import org.qaworkbench.core.audits.evidence.TimescalesReader;
import org.qaworkbench.core.keydates.KeyDateKinds;
import org.qaworkbench.core.audits.evidence.TimescalesResult;
import org.qaworkbench.core.checklists.validation.DefinitionProblem;
import org.qaworkbench.xlsform.WorkbookProblem;
import org.qaworkbench.xlsform.WorkbookProblem.Severity;

/**
 * The timescales sheet: one rule a row, with its first standard in the same row; a row below it with no id and
 * only standard columns adds another standard to it (the first Family Circle: 6 weeks with an EHA, 8 with an
 * EHSP). The rows become the timescales file a plugin carries, and core's TimescalesReader reads that file, so
 * the sheet is checked exactly as the plugin loader checks the file; its problems are put back at their rows.
 */
public final class TimescaleSheet {

	static final String ID = "id"; //$NON-NLS-1$
	static final String ITEMS = "items"; //$NON-NLS-1$
	static final String SOURCE = "source"; //$NON-NLS-1$
	static final String MEASURE = "measure"; //$NON-NLS-1$
	static final String FROM = "from"; //$NON-NLS-1$
	static final String TO = "to"; //$NON-NLS-1$
	static final String UNIT = "unit"; //$NON-NLS-1$
	static final String LABEL = "label"; //$NON-NLS-1$
	static final String WITHIN = "within"; //$NON-NLS-1$
	static final String AFTER = "after"; //$NON-NLS-1$
	static final String LIMIT = "limit"; //$NON-NLS-1$
	static final String WHEN = "when"; //$NON-NLS-1$
	static final String DETAIL = "detail"; //$NON-NLS-1$
	static final String STANDARD_LABEL = "standard_label"; //$NON-NLS-1$

	static final List<String> RULE_COLUMNS = List.of(ID, ITEMS, SOURCE, MEASURE, FROM, TO, UNIT, LABEL);
	static final List<String> STANDARD_COLUMNS = List.of(WITHIN, AFTER, LIMIT, WHEN, DETAIL, STANDARD_LABEL);
	static final List<String> COLUMNS = concat(RULE_COLUMNS, STANDARD_COLUMNS);

	/** The rule element a core problem names: "rule 'x'" or "rule 3". */
	private static final Pattern RULE_NAMED = Pattern.compile("rule '(.*)'"); //$NON-NLS-1$
	private static final Pattern RULE_NUMBERED = Pattern.compile("rule (\\d+)"); //$NON-NLS-1$

	private TimescaleSheet() {
	}

	record Result(List<TimescaleRule> rules, List<WorkbookProblem> problems, List<WorkbookProblem> unsupported) {
	}

	private record RuleRows(int row, String id, List<Integer> standardRows) {
	}

	static Result read(Table table, Set<String> questions, String source) {
		List<WorkbookProblem> problems = new ArrayList<>();
		List<WorkbookProblem> unsupported = new ArrayList<>();
		for (Table.Unread column : table.unread(Set.copyOf(COLUMNS))) {
			unsupported.add(new WorkbookProblem(WorkbookReader.TIMESCALES, column.firstRow(), column.heading(),
					NLS.bind(Messages.Unsupported_column, column.heading(), column.rows()), Severity.WARNING));
		}
		StringBuilder xml = new StringBuilder("<timescales>\n"); //$NON-NLS-1$
		List<RuleRows> rules = new ArrayList<>();
		for (int next = 2; next <= table.lastRow(); next++) {
			final int row = next;
			if (table.isBlankRow(row)) {
				continue;
			}
			boolean ruleRow = RULE_COLUMNS.stream().anyMatch(column -> !table.get(row, column).isEmpty());
			if (ruleRow) {
				if (!rules.isEmpty()) {
					xml.append("</rule>\n"); //$NON-NLS-1$
				}
				rules.add(new RuleRows(row, table.get(row, ID), new ArrayList<>()));
				xml.append("<rule"); //$NON-NLS-1$
				for (String column : RULE_COLUMNS) {
					attribute(xml, column, table.get(row, column));
				}
				xml.append(">\n"); //$NON-NLS-1$
				for (String item : table.get(row, ITEMS).split("[\\s,]+")) { //$NON-NLS-1$
					if (!item.isEmpty() && !questions.contains(item)) {
						problems.add(new WorkbookProblem(WorkbookReader.TIMESCALES, row, ITEMS, NLS.bind(Messages.Timescales_noSuchQuestion, item),
								Severity.ERROR));
					}
				}
			} else if (rules.isEmpty()) {
				problems.add(new WorkbookProblem(WorkbookReader.TIMESCALES, row, ID, Messages.Timescales_standardWithoutRule, Severity.ERROR));
				continue;
			}
			if (STANDARD_COLUMNS.stream().anyMatch(column -> !table.get(row, column).isEmpty())) {
				rules.get(rules.size() - 1).standardRows().add(row);
				xml.append("  <standard"); //$NON-NLS-1$
				for (String column : STANDARD_COLUMNS) {
					attribute(xml, column.equals(STANDARD_LABEL) ? LABEL : column, table.get(row, column));
				}
				xml.append("/>\n"); //$NON-NLS-1$
			}
		}
		if (!rules.isEmpty()) {
			xml.append("</rule>\n"); //$NON-NLS-1$
		}
		xml.append("</timescales>\n"); //$NON-NLS-1$
		TimescalesResult result = TimescalesReader.read(new ByteArrayInputStream(xml.toString().getBytes(StandardCharsets.UTF_8)), source);
		for (DefinitionProblem problem : result.problems()) {
			// The reader names the line of the XML made here; the workbook's row and column say where instead.
			String message = problem.message().replaceFirst("\\s*\\(line \\d+\\)$", ""); //$NON-NLS-1$ //$NON-NLS-2$
			problems.add(new WorkbookProblem(WorkbookReader.TIMESCALES, row(problem.element(), rules), column(message), message, Severity.ERROR));
		}
		problems.sort((a, b) -> Integer.compare(a.row(), b.row()));
		return new Result(problems.stream().anyMatch(WorkbookProblem::isError) ? List.of() : result.rules(), problems, unsupported);
	}

	private static void attribute(StringBuilder xml, String name, String value) {
		if (!value.isEmpty()) {
			xml.append(' ').append(name).append("=\"").append(escape(value)).append('"'); //$NON-NLS-1$
		}
	}

	/** Text as the value of an XML attribute in double quotes, line breaks and tabs kept. */
	public static String escape(String value) {
		return XlsxWriter.escape(value).replace("\n", "&#10;").replace("\t", "&#9;"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	private static int row(String element, List<RuleRows> rules) {
		Matcher named = RULE_NAMED.matcher(element);
		if (named.matches()) {
			return rules.stream().filter(rule -> rule.id().equals(named.group(1))).mapToInt(RuleRows::row).max().orElse(0);
		}
		Matcher numbered = RULE_NUMBERED.matcher(element);
		if (numbered.matches()) {
			int index = Integer.parseInt(numbered.group(1)) - 1;
			return index >= 0 && index < rules.size() ? rules.get(index).row() : 0;
		}
		return 0;
	}

	/** The column a problem of TimescalesReader is about: the attribute it names. */
	private static String column(String message) {
		Map<String, String> attributes = new HashMap<>();
		for (String column : COLUMNS) {
			attributes.put(column, column);
		}
		Matcher quoted = Pattern.compile("(?:attribute|possible) (\\w+)").matcher(message); //$NON-NLS-1$
		if (quoted.find() && attributes.containsKey(quoted.group(1))) {
			return quoted.group(1);
		}
		Matcher leading = Pattern.compile("^(\\w+)[ (]").matcher(message); //$NON-NLS-1$
		if (leading.find() && attributes.containsKey(leading.group(1))) {
			return leading.group(1);
		}
		if (message.contains("measure=\"every\"")) { //$NON-NLS-1$
			return FROM;
		}
		if (message.contains("standard")) { //$NON-NLS-1$
			return WITHIN;
		}
		if (message.contains("items")) { //$NON-NLS-1$
			return ITEMS;
		}
		if (message.contains("when and detail")) { //$NON-NLS-1$
			return WHEN;
		}
		if (message.contains(" from ")) { //$NON-NLS-1$
			return TO;
		}
		return ID;
	}

	/** The sheet's rows for rules: heading first. */
	static List<List<String>> rows(Collection<TimescaleRule> rules) {
		List<List<String>> rows = new ArrayList<>();
		rows.add(COLUMNS);
		for (TimescaleRule rule : rules) {
			List<String> first = new ArrayList<>(List.of(rule.id(), String.join(" ", rule.items()), rule.source().word(), //$NON-NLS-1$
					rule.measure() == Measure.EVERY ? Measure.EVERY.word() : "", keyDate(rule.from()), keyDate(rule.to()), rule.unit().word(), //$NON-NLS-1$
					rule.label() == null ? "" : rule.label())); //$NON-NLS-1$
			for (int i = 0; i < rule.standards().size(); i++) {
				List<String> row = i == 0 ? first : new ArrayList<>(RULE_COLUMNS.stream().map(column -> "").toList()); //$NON-NLS-1$
				row.addAll(standard(rule.standards().get(i)));
				rows.add(row);
			}
			if (rule.standards().isEmpty()) {
				rows.add(first);
			}
		}
		return rows;
	}

	private static List<String> standard(Standard standard) {
		return List.of(String.valueOf(standard.within()), positive(standard.after()), positive(standard.limit()), keyDate(standard.when()),
				standard.detail() == null ? "" : standard.detail(), standard.label() == null ? "" : standard.label()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String positive(int value) {
		return value > 0 ? String.valueOf(value) : ""; //$NON-NLS-1$
	}

	/** A key date as the application shows it ("First contact", "TAF meeting"); the reader takes that or the id. */
	private static String keyDate(String kind) {
		return kind == null ? "" : KeyDateKinds.instance().label(kind); //$NON-NLS-1$
	}

	/** The timescales file of a plugin, as the guide describes it. */
	public static String xml(Collection<TimescaleRule> rules) {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<timescales>\n"); //$NON-NLS-1$
		for (TimescaleRule rule : rules) {
			xml.append("  <rule"); //$NON-NLS-1$
			attribute(xml, ID, rule.id());
			attribute(xml, ITEMS, String.join(" ", rule.items())); //$NON-NLS-1$
			attribute(xml, SOURCE, rule.source().word());
			if (rule.measure() == Measure.EVERY) {
				attribute(xml, MEASURE, Measure.EVERY.word());
			}
			attribute(xml, FROM, rule.from() == null ? "" : rule.from()); //$NON-NLS-1$
			attribute(xml, TO, rule.to() == null ? "" : rule.to()); //$NON-NLS-1$
			attribute(xml, UNIT, rule.unit().word());
			attribute(xml, LABEL, rule.label() == null ? "" : rule.label()); //$NON-NLS-1$
			xml.append(">\n"); //$NON-NLS-1$
			for (Standard standard : rule.standards()) {
				xml.append("    <standard"); //$NON-NLS-1$
				attribute(xml, WITHIN, String.valueOf(standard.within()));
				attribute(xml, AFTER, positive(standard.after()));
				attribute(xml, LIMIT, positive(standard.limit()));
				attribute(xml, WHEN, standard.when() == null ? "" : standard.when()); //$NON-NLS-1$
				attribute(xml, DETAIL, standard.detail() == null ? "" : standard.detail()); //$NON-NLS-1$
				attribute(xml, LABEL, standard.label() == null ? "" : standard.label()); //$NON-NLS-1$
				xml.append("/>\n"); //$NON-NLS-1$
			}
			xml.append("  </rule>\n"); //$NON-NLS-1$
		}
		return xml.append("</timescales>\n").toString(); //$NON-NLS-1$
	}

	private static List<String> concat(List<String> first, List<String> second) {
		List<String> all = new ArrayList<>(first);
		all.addAll(second);
		return List.copyOf(all);
	}
}
