package org.qaworkbench.xlsform.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.audits.evidence.TimescaleRule;
import org.qaworkbench.core.checklists.validation.DefinitionProblem;
import org.qaworkbench.core.checklists.validation.DefinitionValidator;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.Condition;
import org.qaworkbench.model.Item;
import org.qaworkbench.model.ItemKind;
import org.qaworkbench.model.Level;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.Scale;
import org.qaworkbench.model.ScoringMethod;
import org.qaworkbench.model.ScoringRule;
import org.qaworkbench.model.Section;
import org.qaworkbench.xlsform.WorkbookProblem;
import org.qaworkbench.xlsform.WorkbookProblem.Severity;
import org.qaworkbench.xlsform.WorkbookResult;

/**
 * Turns the sheets of a checklist workbook into a checklist definition and its timescale rules. Everything the
 * sheets say is either read, refused with a problem at its cell, or listed as having no meaning here. The checks
 * the plugin loader makes are core's own (DefinitionValidator, TimescalesReader), with their problems put back at
 * the cells they come from.
 */
public final class WorkbookReader {

	static final String SURVEY = "survey"; //$NON-NLS-1$
	static final String CHOICES = "choices"; //$NON-NLS-1$
	static final String SETTINGS = "settings"; //$NON-NLS-1$
	static final String TIMESCALES = "timescales"; //$NON-NLS-1$
	/** The sheet of explanations templates and exports carry; never read. */
	static final String READ_ME = "read me"; //$NON-NLS-1$

	static final String TYPE = "type"; //$NON-NLS-1$
	static final String NAME = "name"; //$NON-NLS-1$
	static final String LABEL = "label"; //$NON-NLS-1$
	static final String HINT = "hint"; //$NON-NLS-1$
	static final String REQUIRED = "required"; //$NON-NLS-1$
	static final String RELEVANT = "relevant"; //$NON-NLS-1$
	static final String SCALE = "scale"; //$NON-NLS-1$
	static final String FILES = "files"; //$NON-NLS-1$
	static final String PERSONAL = "personal"; //$NON-NLS-1$
	static final String MINIMUM = "minimum"; //$NON-NLS-1$
	static final String MAXIMUM = "maximum"; //$NON-NLS-1$
	static final String NOT_BEFORE = "not_before"; //$NON-NLS-1$
	static final String FUTURE = "future"; //$NON-NLS-1$
	static final String SCORE = "score"; //$NON-NLS-1$
	static final String ROUNDING = "rounding"; //$NON-NLS-1$
	static final String DECIMALS = "decimals"; //$NON-NLS-1$
	static final String SCORER = "scorer"; //$NON-NLS-1$
	static final String LIST_NAME = "list_name"; //$NON-NLS-1$
	static final String LIST_LABEL = "list_label"; //$NON-NLS-1$
	static final String NOT_APPLICABLE = "not_applicable"; //$NON-NLS-1$
	static final String DESCRIPTOR = "descriptor"; //$NON-NLS-1$
	static final String FORM_ID = "form_id"; //$NON-NLS-1$
	static final String FORM_TITLE = "form_title"; //$NON-NLS-1$
	static final String VERSION = "version"; //$NON-NLS-1$
	static final String PURPOSE = "purpose"; //$NON-NLS-1$
	static final String SUBJECT_KIND = "subject_kind"; //$NON-NLS-1$

	static final List<String> SURVEY_COLUMNS = List.of(TYPE, NAME, LABEL, HINT, REQUIRED, RELEVANT, PERSONAL, FILES, MINIMUM, MAXIMUM, NOT_BEFORE,
			FUTURE, SCALE, SCORE, ROUNDING, DECIMALS, SCORER);
	static final List<String> CHOICES_COLUMNS = List.of(LIST_NAME, NAME, LABEL, LIST_LABEL, NOT_APPLICABLE, DESCRIPTOR);
	static final List<String> SETTINGS_COLUMNS = List.of(FORM_ID, FORM_TITLE, VERSION, PURPOSE, SUBJECT_KIND, SCORE, ROUNDING, DECIMALS, SCORER);

	private static final String DEFAULT_VERSION = "1.0.0"; //$NON-NLS-1$
	private static final int SETTINGS_ROW = 2;

	private final String source;
	private final String fileStem;
	private final List<WorkbookProblem> problems = new ArrayList<>();
	private final List<WorkbookProblem> unsupported = new ArrayList<>();
	/** Where each element of the definition comes from, by the name core's problems give it ("item 'q3'"). */
	private final Map<String, Cell> origins = new HashMap<>();
	private final Map<String, ChoiceList> lists = new LinkedHashMap<>();
	private final Map<String, Item> items = new LinkedHashMap<>();
	private final Map<Item, Integer> itemRows = new HashMap<>();
	/** The yes/no list an item was made from (select_one yesno), to read its conditions' answers. */
	private final Map<Item, ChoiceList> yesNoLists = new HashMap<>();
	private final Map<Item, ChoiceList> choiceLists = new HashMap<>();
	private final Map<Item, String> scaleLists = new HashMap<>();
	private final List<Pending> conditions = new ArrayList<>();
	private final List<Pending> notBefores = new ArrayList<>();
	private final ChecklistDefinition definition = QaFactory.eINSTANCE.createChecklistDefinition();
	private Table survey;
	private Table settings;

	record Cell(String sheet, int row, String column) {
	}

	private record Pending(Item item, int row, String text) {
	}

	private record Choice(int row, String name, String label, boolean notApplicable, String descriptor) {
		/** The choice's text in the model: its label, else its name. */
		String text() {
			return label.isEmpty() ? name : label;
		}
	}

	private static final class ChoiceList {
		final String name;
		final int row;
		String label;
		final List<Choice> choices = new ArrayList<>();

		ChoiceList(String name, int row) {
			this.name = name;
			this.row = row;
		}

		Optional<String> labelOf(String name) {
			return choices.stream().filter(choice -> choice.name().equals(name)).map(Choice::text).findFirst();
		}
	}

	private WorkbookReader(String source, String fileStem) {
		this.source = source;
		this.fileStem = fileStem;
	}

	/** Reads sheets (from an .xlsx, or a lone survey sheet from a .csv). */
	public static WorkbookResult read(List<Sheet> sheets, String source, String fileStem) {
		return new WorkbookReader(source, fileStem).read(sheets);
	}

	private WorkbookResult read(List<Sheet> sheets) {
		Map<String, Table> tables = new LinkedHashMap<>();
		for (Sheet sheet : sheets) {
			String name = sheet.name().strip().toLowerCase(Locale.ROOT);
			Table table = new Table(sheet);
			if (List.of(SURVEY, CHOICES, SETTINGS, TIMESCALES).contains(name) && !tables.containsKey(name)) {
				tables.put(name, table);
			} else if (!name.equals(READ_ME) && !table.isEmpty()) {
				unsupported(sheet.name(), 0, "", NLS.bind(Messages.Unsupported_sheet, sheet.name())); //$NON-NLS-1$
			}
		}
		survey = tables.get(SURVEY);
		if (survey == null) {
			error(SURVEY, 0, "", Messages.Survey_missing); //$NON-NLS-1$
			return result(false, List.of());
		}
		settings = tables.get(SETTINGS);
		readSettings();
		if (tables.containsKey(CHOICES)) {
			readChoices(tables.get(CHOICES));
		}
		readSurvey();
		for (Section section : definition.getSections()) {
			for (Item item : section.getItems()) {
				// how core names an item whose id another already has
				origins.put(ProblemColumns.ITEM + " '" + item.getItemId() + "' in " + ProblemColumns.SECTION + " '" + section.getSectionId() + "'", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						new Cell(SURVEY, itemRows.get(item), NAME));
			}
		}
		resolveScales();
		conditions.forEach(this::resolveCondition);
		notBefores.forEach(this::resolveNotBefore);
		for (DefinitionProblem problem : DefinitionValidator.validate(definition, source)) {
			Cell cell = origins.getOrDefault(problem.element(), new Cell(SURVEY, 0, "")); //$NON-NLS-1$
			error(cell.sheet(), cell.row(), ProblemColumns.column(problem.element(), problem.message(), cell.column()), problem.message());
		}
		List<TimescaleRule> rules = List.of();
		Table timescales = tables.get(TIMESCALES);
		if (timescales != null) {
			TimescaleSheet.Result read = TimescaleSheet.read(timescales, items.keySet(), source);
			read.problems().forEach(problems::add);
			read.unsupported().forEach(unsupported::add);
			rules = read.rules();
		}
		return result(timescales != null, rules);
	}

	private WorkbookResult result(boolean hasTimescales, List<TimescaleRule> rules) {
		List<WorkbookProblem> sorted = new ArrayList<>(problems);
		List<String> order = List.of(SETTINGS, SURVEY, CHOICES, TIMESCALES);
		sorted.sort((a, b) -> {
			int sheet = Integer.compare(rank(order, a.sheet()), rank(order, b.sheet()));
			return sheet != 0 ? sheet : Integer.compare(a.row(), b.row());
		});
		return new WorkbookResult(source, definition, hasTimescales, rules, sorted, unsupported);
	}

	private static int rank(List<String> order, String sheet) {
		int index = order.indexOf(sheet);
		return index < 0 ? order.size() : index;
	}

	// settings

	private void readSettings() {
		String id = setting(FORM_ID);
		if (settings == null) {
			warning(SETTINGS, 0, "", NLS.bind(Messages.Settings_missing, new Object[] { fileStem, DEFAULT_VERSION })); //$NON-NLS-1$
		} else {
			listUnread(settings, SETTINGS_COLUMNS, SETTINGS);
			if (settings.lastRow() > SETTINGS_ROW) {
				warning(SETTINGS, SETTINGS_ROW + 1, "", Messages.Settings_oneRow); //$NON-NLS-1$
			}
		}
		if (id.isEmpty()) {
			id = fileStem;
			if (settings != null) {
				warning(SETTINGS, SETTINGS_ROW, FORM_ID, NLS.bind(Messages.Settings_idFromFile, fileStem));
			}
		}
		definition.setDefinitionId(id);
		String version = setting(VERSION);
		if (version.isEmpty()) {
			version = DEFAULT_VERSION;
			if (settings != null) {
				warning(SETTINGS, SETTINGS_ROW, VERSION, NLS.bind(Messages.Settings_defaultVersion, DEFAULT_VERSION));
			}
		}
		definition.setVersion(version);
		String title = setting(FORM_TITLE);
		definition.setTitle(title.isEmpty() ? id : title);
		if (title.isEmpty() && settings != null) {
			warning(SETTINGS, SETTINGS_ROW, FORM_TITLE, NLS.bind(Messages.Settings_titleFromId, id));
		}
		definition.setPurpose(blankIsNull(setting(PURPOSE)));
		String kind = setting(SUBJECT_KIND);
		if (!kind.isEmpty()) {
			Words.subjectKind(kind).ifPresentOrElse(definition::setSubjectKind, () -> error(SETTINGS, SETTINGS_ROW, SUBJECT_KIND,
					NLS.bind(Messages.Settings_subjectKind, kind, Words.subjectKinds())));
		}
		definition.setOverallScoring(scoring(settings, SETTINGS_ROW, SETTINGS));
		Cell here = new Cell(SETTINGS, settings == null ? 0 : SETTINGS_ROW, ""); //$NON-NLS-1$
		origins.put(ProblemColumns.CHECKLIST, here);
		origins.put(ProblemColumns.OVERALL_SCORING, new Cell(here.sheet(), here.row(), SCORE));
	}

	private String setting(String column) {
		return settings == null ? "" : settings.get(SETTINGS_ROW, column); //$NON-NLS-1$
	}

	/** A scoring rule from the score, rounding, decimals and scorer columns of a row; null when all four are blank. */
	private ScoringRule scoring(Table table, int row, String sheet) {
		if (table == null) {
			return null;
		}
		String method = table.get(row, SCORE);
		String rounding = table.get(row, ROUNDING);
		String decimals = table.get(row, DECIMALS);
		String scorer = table.get(row, SCORER);
		if (method.isEmpty() && rounding.isEmpty() && decimals.isEmpty() && scorer.isEmpty()) {
			return null;
		}
		ScoringRule rule = QaFactory.eINSTANCE.createScoringRule();
		if (!method.isEmpty()) {
			Words.method(method).ifPresentOrElse(rule::setMethod, () -> error(sheet, row, SCORE, NLS.bind(Messages.Scoring_method, method, Words.methods())));
		}
		if (!rounding.isEmpty()) {
			Words.rounding(rounding).ifPresentOrElse(rule::setRounding,
					() -> error(sheet, row, ROUNDING, NLS.bind(Messages.Scoring_rounding, rounding, Words.roundings())));
		}
		if (!decimals.isEmpty()) {
			wholeNumber(decimals).ifPresentOrElse(rule::setDecimals, () -> error(sheet, row, DECIMALS, NLS.bind(Messages.Scoring_decimals, decimals)));
		}
		if (!scorer.isEmpty()) {
			rule.setScorerId(scorer);
			if (rule.getMethod() != ScoringMethod.CUSTOM) {
				error(sheet, row, SCORER, Messages.Scoring_scorerWithoutCustom);
			}
		}
		return rule;
	}

	// choices

	private void readChoices(Table choices) {
		listUnread(choices, CHOICES_COLUMNS, CHOICES);
		for (int row = 2; row <= choices.lastRow(); row++) {
			if (choices.isBlankRow(row)) {
				continue;
			}
			String list = choices.get(row, LIST_NAME);
			String name = choices.get(row, NAME);
			if (list.isEmpty()) {
				error(CHOICES, row, LIST_NAME, Messages.Choices_noList);
				continue;
			}
			if (name.isEmpty()) {
				error(CHOICES, row, NAME, Messages.Choices_noName);
				continue;
			}
			final int here = row;
			ChoiceList choiceList = lists.computeIfAbsent(list, key -> new ChoiceList(key, here));
			if (choiceList.choices.stream().anyMatch(choice -> choice.name().equals(name))) {
				error(CHOICES, row, NAME, NLS.bind(Messages.Choices_duplicate, name, list));
				continue;
			}
			String listLabel = choices.get(row, LIST_LABEL);
			if (!listLabel.isEmpty() && choiceList.label == null) {
				choiceList.label = listLabel;
			}
			boolean notApplicable = bool(choices, row, NOT_APPLICABLE, CHOICES);
			choiceList.choices.add(new Choice(row, name, choices.get(row, LABEL), notApplicable, blankIsNull(choices.get(row, DESCRIPTOR))));
		}
	}

	// survey

	private void readSurvey() {
		listUnread(survey, SURVEY_COLUMNS, SURVEY);
		if (!survey.has(TYPE)) {
			error(SURVEY, 1, TYPE, Messages.Survey_noTypeColumn);
			return;
		}
		Section section = null;
		int depth = 0;
		int beganAt = 0;
		for (int row = 2; row <= survey.lastRow(); row++) {
			if (survey.isBlankRow(row)) {
				continue;
			}
			String typeText = survey.get(row, TYPE);
			if (typeText.isEmpty()) {
				unsupported(SURVEY, row, TYPE, Messages.Survey_noType);
				continue;
			}
			Types.Type type = Types.parse(typeText);
			switch (type.word()) {
			case Types.BEGIN_GROUP -> {
				if (depth > 0) {
					unsupported(SURVEY, row, TYPE, NLS.bind(Messages.Survey_nestedGroup, section.getSectionId()));
				} else {
					section = section(row);
					beganAt = row;
				}
				depth++;
			}
			case Types.END_GROUP -> {
				if (depth == 0) {
					error(SURVEY, row, TYPE, Messages.Survey_endWithoutBegin);
				} else if (--depth == 0) {
					section = null;
				}
			}
			case Types.BEGIN_REPEAT, Types.END_REPEAT -> unsupported(SURVEY, row, TYPE, NLS.bind(Messages.Unsupported_repeat, typeText));
			default -> {
				if (!Types.QUESTIONS.contains(type.word())) {
					unsupported(SURVEY, row, TYPE, NLS.bind(Messages.Unsupported_type, typeText));
					continue;
				}
				if (section == null) {
					section = implicitSection(row);
				}
				Item item = item(row, type);
				if (item != null) {
					section.getItems().add(item);
				}
			}
			}
		}
		if (depth > 0) {
			error(SURVEY, beganAt, TYPE, Messages.Survey_groupNotEnded);
		}
	}

	private Section section(int row) {
		Section section = QaFactory.eINSTANCE.createSection();
		String name = survey.get(row, NAME);
		if (name.isEmpty()) {
			error(SURVEY, row, NAME, Messages.Survey_groupWithoutName);
		} else if (!isName(name)) {
			error(SURVEY, row, NAME, NLS.bind(Messages.Survey_badName, name));
		}
		section.setSectionId(name);
		String label = survey.get(row, LABEL);
		section.setTitle(label.isEmpty() ? name : label);
		section.setScoring(scoring(survey, row, SURVEY));
		if (!survey.get(row, RELEVANT).isEmpty()) {
			unsupported(SURVEY, row, RELEVANT, Messages.Unsupported_groupRelevant);
		}
		definition.getSections().add(section);
		origins.put(ProblemColumns.SECTION + " '" + name + "'", new Cell(SURVEY, row, NAME)); //$NON-NLS-1$ //$NON-NLS-2$
		origins.put(NLS.bind(ProblemColumns.SECTION_SCORING, ProblemColumns.SECTION + " '" + name + "'"), new Cell(SURVEY, row, SCORE)); //$NON-NLS-1$ //$NON-NLS-2$
		return section;
	}

	/** Questions outside any group make a section of their own, as a form without groups is one page of questions. */
	private Section implicitSection(int row) {
		Section section = QaFactory.eINSTANCE.createSection();
		String id = "questions"; //$NON-NLS-1$
		for (int n = 2; sectionIdTaken(id); n++) {
			id = "questions-" + n; //$NON-NLS-1$
		}
		section.setSectionId(id);
		section.setTitle(Messages.Survey_implicitSection);
		definition.getSections().add(section);
		origins.put(ProblemColumns.SECTION + " '" + id + "'", new Cell(SURVEY, row, TYPE)); //$NON-NLS-1$ //$NON-NLS-2$
		return section;
	}

	private boolean sectionIdTaken(String id) {
		if (definition.getSections().stream().anyMatch(section -> id.equals(section.getSectionId()))) {
			return true;
		}
		for (int row = 2; row <= survey.lastRow(); row++) {
			if (id.equals(survey.get(row, NAME))) {
				return true;
			}
		}
		return false;
	}

	private Item item(int row, Types.Type type) {
		Item item = QaFactory.eINSTANCE.createItem();
		String name = survey.get(row, NAME);
		if (name.isEmpty()) {
			error(SURVEY, row, NAME, Messages.Survey_questionWithoutName);
		} else if (!isName(name)) {
			error(SURVEY, row, NAME, NLS.bind(Messages.Survey_badName, name));
		}
		item.setItemId(name);
		item.setText(blankIsNull(survey.get(row, LABEL)));
		item.setGuidance(blankIsNull(survey.get(row, HINT)));
		item.setRequired(requiredness(row));
		item.setPersonal(bool(survey, row, PERSONAL, SURVEY));
		boolean future = bool(survey, row, FUTURE, SURVEY);
		kind(item, row, type);
		if (future && item.getKind() != ItemKind.DATE) {
			error(SURVEY, row, FUTURE, Messages.Survey_futureNotDate);
		}
		item.setFuture(future);
		if (!type.extra().isEmpty()) {
			unsupported(SURVEY, row, TYPE, NLS.bind(Messages.Unsupported_typeExtra, type.extra()));
		}
		String files = survey.get(row, FILES);
		if (!files.isEmpty()) {
			if (item.getKind() != ItemKind.TICK_MATRIX) {
				error(SURVEY, row, FILES, Messages.Survey_filesNotMatrix);
			} else {
				wholeNumber(files).ifPresentOrElse(item::setMatrixFiles, () -> error(SURVEY, row, FILES, NLS.bind(Messages.Survey_filesNotNumber, files)));
			}
		} else if (item.getKind() == ItemKind.TICK_MATRIX) {
			error(SURVEY, row, FILES, Messages.Survey_matrixWithoutFiles);
		}
		item.setMinimum(decimal(row, MINIMUM));
		item.setMaximum(decimal(row, MAXIMUM));
		String score = survey.get(row, SCORE);
		if (!score.isEmpty()) {
			error(SURVEY, row, SCORE, Messages.Survey_scoreOnQuestion);
		}
		String relevant = survey.get(row, RELEVANT);
		if (!relevant.isEmpty()) {
			conditions.add(new Pending(item, row, relevant));
		}
		String notBefore = survey.get(row, NOT_BEFORE);
		if (!notBefore.isEmpty()) {
			notBefores.add(new Pending(item, row, notBefore));
		}
		if (!name.isEmpty()) {
			items.putIfAbsent(name, item);
			origins.put(ProblemColumns.ITEM + " '" + name + "'", new Cell(SURVEY, row, NAME)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		itemRows.put(item, row);
		return item;
	}

	/** XLSForm writes required as yes or true(); a condition there has no meaning here. */
	private boolean requiredness(int row) {
		String text = survey.get(row, REQUIRED);
		if (text.isEmpty()) {
			return false;
		}
		Optional<Boolean> value = Words.bool(text);
		if (value.isEmpty()) {
			error(SURVEY, row, REQUIRED, NLS.bind(Messages.Survey_requiredNotYesNo, text));
		}
		return value.orElse(Boolean.FALSE);
	}

	private void kind(Item item, int row, Types.Type type) {
		String list = type.list();
		switch (type.word()) {
		case Types.YES_NO -> item.setKind(ItemKind.YES_NO);
		case Types.YES_NO_NA -> item.setKind(ItemKind.YES_NO_NA);
		case Types.MATRIX -> item.setKind(ItemKind.TICK_MATRIX);
		case Types.TEXT -> item.setKind(ItemKind.TEXT);
		case Types.DATE -> item.setKind(ItemKind.DATE);
		case Types.DECIMAL -> item.setKind(ItemKind.NUMBER);
		case Types.INTEGER -> {
			item.setKind(ItemKind.NUMBER);
			unsupported(SURVEY, row, TYPE, Messages.Unsupported_integer);
		}
		case Types.GRADE -> {
			item.setKind(ItemKind.GRADED);
			String scale = list.isEmpty() ? survey.get(row, SCALE) : list;
			if (scale.isEmpty()) {
				error(SURVEY, row, TYPE, Messages.Survey_gradeWithoutList);
			} else if (!lists.containsKey(scale)) {
				error(SURVEY, row, list.isEmpty() ? SCALE : TYPE, NLS.bind(Messages.Survey_noSuchList, scale));
			} else {
				scaleLists.put(item, scale);
			}
		}
		case Types.SELECT_ONE, Types.SELECT_MULTIPLE -> {
			boolean one = type.word().equals(Types.SELECT_ONE);
			item.setKind(one ? ItemKind.SINGLE_CHOICE : ItemKind.MULTIPLE_CHOICE);
			ChoiceList choices = lists.get(list);
			if (list.isEmpty()) {
				error(SURVEY, row, TYPE, NLS.bind(Messages.Survey_selectWithoutList, type.word()));
			} else if (choices == null) {
				error(SURVEY, row, TYPE, NLS.bind(Messages.Survey_noSuchList, list));
			} else if (one && yesNo(choices).isPresent()) {
				boolean notApplicable = yesNo(choices).get().containsValue("NA"); //$NON-NLS-1$
				item.setKind(notApplicable ? ItemKind.YES_NO_NA : ItemKind.YES_NO);
				yesNoLists.put(item, choices);
			} else {
				choices.choices.forEach(choice -> item.getChoices().add(choice.text()));
				choiceLists.put(item, choices);
			}
		}
		default -> throw new IllegalStateException(type.word());
		}
		if (!survey.get(row, SCALE).isEmpty() && item.getKind() != ItemKind.GRADED) {
			error(SURVEY, row, SCALE, Messages.Survey_scaleNotGrade);
		}
	}

	/**
	 * A list that means yes and no (and perhaps N/A), by its names or labels: XLSForm's yesno lists. The answer
	 * (Y, N, NA) each choice name stands for; empty when the list means something else.
	 */
	private static Optional<Map<String, String>> yesNo(ChoiceList list) {
		Map<String, String> answers = new LinkedHashMap<>();
		for (Choice choice : list.choices) {
			Optional<String> answer = Words.yesNoAnswer(choice.name()).or(() -> Words.yesNoAnswer(choice.label()));
			if (answer.isEmpty() || answers.containsValue(answer.get())) {
				return Optional.empty();
			}
			answers.put(choice.name(), answer.get());
		}
		return answers.containsValue("Y") && answers.containsValue("N") ? Optional.of(answers) : Optional.empty(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private BigDecimal decimal(int row, String column) {
		String text = survey.get(row, column);
		if (text.isEmpty()) {
			return null;
		}
		try {
			return new BigDecimal(text);
		} catch (NumberFormatException e) {
			error(SURVEY, row, column, NLS.bind(Messages.Survey_notANumber, text));
			return null;
		}
	}

	/** The scales, one for each list a grade question names, in the order of the choices sheet. */
	private void resolveScales() {
		Map<String, Scale> scales = new LinkedHashMap<>();
		lists.values().stream().filter(list -> scaleLists.containsValue(list.name)).forEach(list -> scales.put(list.name, scale(list)));
		definition.getScales().addAll(scales.values());
		scaleLists.forEach((item, list) -> item.setScale(scales.get(list)));
	}

	private Scale scale(ChoiceList list) {
		Scale scale = QaFactory.eINSTANCE.createScale();
		scale.setScaleId(list.name);
		scale.setName(list.label);
		String described = ProblemColumns.SCALE + " '" + list.name + "'"; //$NON-NLS-1$ //$NON-NLS-2$
		origins.put(described, new Cell(CHOICES, list.row, LIST_NAME));
		for (Choice choice : list.choices) {
			Optional<Integer> value = wholeNumber(choice.name());
			if (value.isEmpty()) {
				error(CHOICES, choice.row(), NAME, NLS.bind(Messages.Choices_levelNotNumber, choice.name(), list.name));
				continue;
			}
			Level level = QaFactory.eINSTANCE.createLevel();
			level.setValue(value.get());
			level.setLabel(blankIsNull(choice.label()));
			level.setDescriptor(choice.descriptor());
			level.setNotApplicable(choice.notApplicable());
			scale.getLevels().add(level);
			origins.putIfAbsent(NLS.bind(ProblemColumns.LEVEL, value.get(), described), new Cell(CHOICES, choice.row(), NAME));
		}
		return scale;
	}

	private void resolveCondition(Pending pending) {
		Relevant.Condition parsed;
		try {
			parsed = Relevant.parse(pending.text());
		} catch (Relevant.RefusedException e) {
			error(SURVEY, pending.row(), RELEVANT, refusal(e, pending.text()));
			return;
		}
		Item target = items.get(parsed.item());
		if (target == null) {
			error(SURVEY, pending.row(), RELEVANT, NLS.bind(Messages.Relevant_noSuchQuestion, parsed.item()));
			return;
		}
		Condition condition = QaFactory.eINSTANCE.createCondition();
		condition.setItem(target);
		parsed.answers().forEach(answer -> condition.getAnswers().add(answer(target, answer)));
		pending.item().setCondition(condition);
	}

	/** An answer as the model keeps it: Y, N or NA for yes/no questions, the choice's text for a choice. */
	private String answer(Item target, String written) {
		ChoiceList yesNo = yesNoLists.get(target);
		if (yesNo != null) {
			Optional<Map<String, String>> answers = yesNo(yesNo);
			if (answers.isPresent() && answers.get().containsKey(written)) {
				return answers.get().get(written);
			}
		}
		if (target.getKind() == ItemKind.YES_NO || target.getKind() == ItemKind.YES_NO_NA) {
			return Words.yesNoAnswer(written).orElse(written);
		}
		ChoiceList choices = choiceLists.get(target);
		if (choices != null) {
			return choices.labelOf(written).orElse(written);
		}
		return written;
	}

	/** Why a relevant expression was refused, and what to write instead. */
	private String refusal(Relevant.RefusedException e, String text) {
		String example = e.item == null ? "${question} = 'N'" : "${" + e.item + "} = 'N'"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return switch (e.refusal) {
		case AND -> NLS.bind(Messages.Relevant_and, example);
		case TWO_QUESTIONS -> NLS.bind(Messages.Relevant_twoQuestions, e.item, e.other);
		case NOT_EQUAL -> NLS.bind(Messages.Relevant_notEqual, otherAnswers(e.item, e.value));
		case UNREADABLE -> e.value == null ? NLS.bind(Messages.Relevant_incomplete, example) : NLS.bind(Messages.Relevant_unreadable, e.value, example);
		};
	}

	/** For {@code ${q} != 'N'}: the condition that names q's other answers, when q's answers are known. */
	private String otherAnswers(String name, String value) {
		Item target = items.get(name);
		List<String> others = new ArrayList<>();
		if (target != null) {
			List<String> possible = switch (target.getKind()) {
			case YES_NO -> List.of("Y", "N"); //$NON-NLS-1$ //$NON-NLS-2$
			case YES_NO_NA -> List.of("Y", "N", "NA"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			case SINGLE_CHOICE -> choiceLists.containsKey(target) ? choiceLists.get(target).choices.stream().map(Choice::name).toList() : List.of();
			case GRADED -> scaleLists.containsKey(target) ? lists.get(scaleLists.get(target)).choices.stream().map(Choice::name).toList() : List.of();
			default -> List.of();
			};
			String excluded = answer(target, value);
			possible.stream().filter(answer -> !answer(target, answer).equals(excluded)).forEach(others::add);
		}
		return others.isEmpty() ? "${" + name + "} = '...'" : Relevant.write(name, others, false); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private void resolveNotBefore(Pending pending) {
		String name = pending.text().startsWith("${") && pending.text().endsWith("}") //$NON-NLS-1$ //$NON-NLS-2$
				? pending.text().substring(2, pending.text().length() - 1).strip()
				: pending.text();
		Item earlier = items.get(name);
		if (earlier == null) {
			error(SURVEY, pending.row(), NOT_BEFORE, NLS.bind(Messages.Survey_noSuchQuestion, name));
		} else {
			pending.item().setNotBefore(earlier);
		}
	}

	// helpers

	/** Names (of questions, sections) are ids: no spaces, no quotes, so conditions and timescales can name them. */
	private static boolean isName(String name) {
		return name.matches("[\\p{L}\\p{N}_.:-]+"); //$NON-NLS-1$
	}

	private boolean bool(Table table, int row, String column, String sheet) {
		String text = table.get(row, column);
		if (text.isEmpty()) {
			return false;
		}
		Optional<Boolean> value = Words.bool(text);
		if (value.isEmpty()) {
			error(sheet, row, column, NLS.bind(Messages.Cell_notYesNo, text));
		}
		return value.orElse(Boolean.FALSE);
	}

	private static Optional<Integer> wholeNumber(String text) {
		try {
			return Optional.of(Integer.valueOf(text.strip()));
		} catch (NumberFormatException e) {
			return Optional.empty();
		}
	}

	private static String blankIsNull(String text) {
		return text == null || text.isEmpty() ? null : text;
	}

	private void listUnread(Table table, List<String> known, String sheet) {
		for (Table.Unread column : table.unread(Set.copyOf(known))) {
			String base = Table.normal(column.heading()).split("::", 2)[0]; //$NON-NLS-1$
			String message;
			if (column.heading().isEmpty()) {
				message = NLS.bind(Messages.Unsupported_noHeading, column.rows());
			} else if (known.contains(base)) {
				message = NLS.bind(Messages.Unsupported_language, column.heading(), table.heading(base));
			} else {
				message = NLS.bind(Messages.Unsupported_column, column.heading(), column.rows());
			}
			unsupported(sheet, column.firstRow(), column.heading(), message);
		}
	}

	private void error(String sheet, int row, String column, String message) {
		problems.add(new WorkbookProblem(sheet, row, column, message, Severity.ERROR));
	}

	private void warning(String sheet, int row, String column, String message) {
		problems.add(new WorkbookProblem(sheet, row, column, message, Severity.WARNING));
	}

	private void unsupported(String sheet, int row, String column, String message) {
		unsupported.add(new WorkbookProblem(sheet, row, column, message, Severity.WARNING));
	}

	static String describe(List<String> names) {
		return names.stream().collect(Collectors.joining(", ")); //$NON-NLS-1$
	}
}
