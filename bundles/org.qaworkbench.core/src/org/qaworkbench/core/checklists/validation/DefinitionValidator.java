package org.qaworkbench.core.checklists.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.internal.Messages;
import org.qaworkbench.core.validation.AnswerValues;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.Condition;
import org.qaworkbench.model.Item;
import org.qaworkbench.model.ItemKind;
import org.qaworkbench.model.Level;
import org.qaworkbench.model.QaPackage;
import org.qaworkbench.model.Scale;
import org.qaworkbench.model.ScoringMethod;
import org.qaworkbench.model.ScoringRule;
import org.qaworkbench.model.Section;

/**
 * Checks a loaded checklist definition for what the model cannot refuse by itself: ids, scales, conditions, tick
 * matrices, choices and scoring rules that fit the items they score. Pure: needs no running platform.
 */
public final class DefinitionValidator {

	/** major.minor.micro with an optional qualifier, as OSGi writes bundle versions. */
	private static final Pattern VERSION = Pattern.compile("\\d{1,9}\\.\\d{1,9}\\.\\d{1,9}(\\.[A-Za-z0-9_-]+)?"); //$NON-NLS-1$
	private static final int MOST_MATRIX_FILES = 8;
	private static final int MOST_DECIMALS = 4;

	private final ChecklistDefinition definition;
	private final String source;
	private final List<DefinitionProblem> problems = new ArrayList<>();

	private DefinitionValidator(ChecklistDefinition definition, String source) {
		this.definition = definition;
		this.source = source;
	}

	/** Every problem of the definition, in the order of the file; empty when it is fit to use. */
	public static List<DefinitionProblem> validate(ChecklistDefinition definition, String source) {
		DefinitionValidator validator = new DefinitionValidator(definition, source);
		validator.checkHeader();
		validator.checkIds();
		definition.getScales().forEach(validator::checkScale);
		for (Section section : definition.getSections()) {
			section.getItems().forEach(validator::checkItem);
		}
		validator.checkCycles();
		for (Section section : definition.getSections()) {
			validator.checkRule(section.getScoring(), section.getItems(), Messages.Definition_scopeSection);
		}
		validator.checkRule(definition.getOverallScoring(), items(definition), Messages.Definition_scopeChecklist);
		return List.copyOf(validator.problems);
	}

	private void checkHeader() {
		if (isBlank(definition.getDefinitionId())) {
			report(definition, Messages.Definition_noId);
		}
		if (isBlank(definition.getVersion())) {
			report(definition, Messages.Definition_noVersion);
		} else if (!VERSION.matcher(definition.getVersion()).matches()) {
			report(definition, Messages.Definition_badVersion, definition.getVersion());
		}
		if (isBlank(definition.getTitle())) {
			report(definition, Messages.Definition_noTitle);
		}
	}

	private void checkIds() {
		Map<String, EObject> seen = new HashMap<>();
		definition.getScales().forEach(scale -> checkId(scale.getScaleId(), scale, seen));
		for (Section section : definition.getSections()) {
			checkId(section.getSectionId(), section, seen);
			section.getItems().forEach(item -> checkId(item.getItemId(), item, seen));
		}
	}

	private void checkId(String id, EObject element, Map<String, EObject> seen) {
		if (isBlank(id)) {
			report(element, Messages.Definition_noElementId);
			return;
		}
		EObject first = seen.putIfAbsent(id, element);
		if (first != null) {
			problems.add(new DefinitionProblem(source, located(element), NLS.bind(Messages.Definition_duplicateId, id, located(first))));
		}
	}

	private void checkScale(Scale scale) {
		if (scale.getLevels().isEmpty()) {
			report(scale, Messages.Definition_scaleWithoutLevels);
		}
		Set<Integer> values = new HashSet<>();
		for (Level level : scale.getLevels()) {
			if (!values.add(level.getValue())) {
				report(scale, Messages.Definition_duplicateLevel, level.getValue());
			}
		}
	}

	private void checkItem(Item item) {
		if (isBlank(item.getText())) {
			report(item, Messages.Definition_noText);
		}
		switch (item.getKind()) {
		case GRADED -> {
			Scale scale = (Scale) item.eGet(QaPackage.Literals.ITEM__SCALE, false);
			if (scale == null) {
				report(item, Messages.Definition_gradedWithoutScale);
			} else if (!isHere(scale)) {
				report(item, Messages.Definition_scaleNotHere, scale.eIsProxy() ? proxyName(scale) : scale.getScaleId());
			}
		}
		case TICK_MATRIX -> {
			if (item.getMatrixFiles() < 1 || item.getMatrixFiles() > MOST_MATRIX_FILES) {
				report(item, Messages.Definition_matrixFiles, MOST_MATRIX_FILES, item.getMatrixFiles());
			}
		}
		case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
			if (item.getChoices().isEmpty()) {
				report(item, Messages.Definition_noChoices);
			}
		}
		default -> {
			// text, date and number items need nothing more
		}
		}
		if (item.getCondition() != null) {
			checkCondition(item, item.getCondition());
		}
		checkBounds(item);
		checkNotBefore(item);
	}

	/** A number's range: on number items only, each bound a number an answer could be, the minimum not above the maximum. */
	private void checkBounds(Item item) {
		if (item.getMinimum() == null && item.getMaximum() == null) {
			return;
		}
		if (item.getKind() != ItemKind.NUMBER) {
			report(item, Messages.Definition_boundsNotNumber);
			return;
		}
		boolean fits = fits(item, "minimum", item.getMinimum()) & fits(item, "maximum", item.getMaximum()); //$NON-NLS-1$ //$NON-NLS-2$
		BigDecimal minimum = AnswerValues.minimum(item);
		if (fits && item.getMaximum() != null && minimum.compareTo(item.getMaximum()) > 0) {
			report(item, Messages.Definition_minimumAboveMaximum, minimum.toPlainString(), item.getMaximum().toPlainString());
		}
	}

	/** Judged by precision and scale, never written out: 1e99999999 would be a hundred million digits. */
	private boolean fits(Item item, String name, BigDecimal bound) {
		if (bound == null || AnswerValues.withinDigits(bound)) {
			return true;
		}
		report(item, Messages.Definition_boundTooLarge, new Object[] { name, bound, AnswerValues.MOST_WHOLE_DIGITS, AnswerValues.MOST_DECIMALS });
		return false;
	}

	private void checkNotBefore(Item item) {
		Item earlier = (Item) item.eGet(QaPackage.Literals.ITEM__NOT_BEFORE, false);
		if (earlier == null) {
			return;
		}
		if (item.getKind() != ItemKind.DATE) {
			report(item, Messages.Definition_notBeforeNotDate);
		} else if (!isHere(earlier) || earlier == item || earlier.getKind() != ItemKind.DATE) {
			report(item, Messages.Definition_notBeforeTarget, earlier.eIsProxy() ? "'" + proxyName(earlier) + "'" : Elements.describe(earlier)); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private void checkCondition(Item item, Condition condition) {
		Item target = (Item) condition.eGet(QaPackage.Literals.CONDITION__ITEM, false);
		if (target == null) {
			report(item, Messages.Definition_conditionWithoutItem);
			return;
		}
		if (!isHere(target)) {
			report(item, Messages.Definition_conditionItemMissing, target.eIsProxy() ? proxyName(target) : target.getItemId());
			return;
		}
		if (target == item) {
			report(item, Messages.Definition_conditionOnItself);
			return;
		}
		if (condition.getAnswers().isEmpty()) {
			report(item, Messages.Definition_conditionWithoutAnswers);
			return;
		}
		if (target.getKind() == ItemKind.TICK_MATRIX) {
			report(item, Messages.Definition_conditionOnMatrix, Elements.describe(target));
			return;
		}
		Set<String> possible = possibleAnswers(target);
		if (possible == null) {
			return;
		}
		for (String answer : condition.getAnswers()) {
			if (!possible.contains(answer)) {
				report(item, Messages.Definition_conditionAnswer, new Object[] { answer, Elements.describe(target),
						possible.isEmpty() ? Messages.Definition_none : possible.stream().collect(Collectors.joining(", ")) }); //$NON-NLS-1$
			}
		}
	}

	/** The answers an item can have, in order; null when any text is possible (free text, dates, numbers). */
	private Set<String> possibleAnswers(Item item) {
		Set<String> answers = new LinkedHashSet<>();
		switch (item.getKind()) {
		case YES_NO -> answers.addAll(List.of("Y", "N")); //$NON-NLS-1$ //$NON-NLS-2$
		case YES_NO_NA -> answers.addAll(List.of("Y", "N", "NA")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		case GRADED -> {
			Scale scale = (Scale) item.eGet(QaPackage.Literals.ITEM__SCALE, false);
			if (scale == null || !isHere(scale)) {
				return null; // reported on the item itself
			}
			scale.getLevels().forEach(level -> answers.add(Integer.toString(level.getValue())));
		}
		case SINGLE_CHOICE, MULTIPLE_CHOICE -> answers.addAll(item.getChoices());
		default -> {
			return null;
		}
		}
		return answers;
	}

	/** Conditions that depend on one another in a circle: no item in the circle could ever be shown. */
	private void checkCycles() {
		Set<Set<Item>> reported = new HashSet<>();
		for (Item start : items(definition)) {
			List<Item> path = new ArrayList<>();
			Item current = start;
			while (current != null && !path.contains(current)) {
				path.add(current);
				current = conditionTarget(current);
			}
			if (current == null) {
				continue;
			}
			List<Item> circle = path.subList(path.indexOf(current), path.size());
			if (circle.size() > 1 && reported.add(Set.copyOf(circle))) {
				Item first = items(definition).stream().filter(circle::contains).findFirst().orElseThrow();
				StringBuilder chain = new StringBuilder();
				Item step = first;
				do {
					chain.append('\'').append(step.getItemId()).append("' -> "); //$NON-NLS-1$
					step = conditionTarget(step);
				} while (step != first);
				chain.append('\'').append(first.getItemId()).append('\'');
				report(first, Messages.Definition_conditionCycle, chain);
			}
		}
	}

	/** The item an item's condition depends on, when that is another item of this definition. */
	private Item conditionTarget(Item item) {
		if (item.getCondition() == null) {
			return null;
		}
		Item target = (Item) item.getCondition().eGet(QaPackage.Literals.CONDITION__ITEM, false);
		return target == null || target == item || !isHere(target) ? null : target;
	}

	private void checkRule(ScoringRule rule, List<Item> scope, String scopeName) {
		if (rule == null) {
			return;
		}
		ScoringMethod method = rule.getMethod();
		if ((method == ScoringMethod.MEAN_GRADE || method == ScoringMethod.WORST_GRADE)
				&& scope.stream().noneMatch(item -> item.getKind() == ItemKind.GRADED)) {
			report(rule, Messages.Definition_ruleNeedsGraded, method.getLiteral(), scopeName);
		}
		if ((method == ScoringMethod.COUNT_YES || method == ScoringMethod.PERCENT_YES) && scope.stream().noneMatch(DefinitionValidator::answersYes)) {
			report(rule, Messages.Definition_ruleNeedsYes, method.getLiteral(), scopeName);
		}
		if (method == ScoringMethod.CUSTOM && isBlank(rule.getScorerId())) {
			report(rule, Messages.Definition_ruleNeedsScorer, method.getLiteral());
		}
		if (rule.getDecimals() < 0 || rule.getDecimals() > MOST_DECIMALS) {
			report(rule, Messages.Definition_decimals, MOST_DECIMALS, rule.getDecimals());
		}
	}

	private static boolean answersYes(Item item) {
		return item.getKind() == ItemKind.YES_NO || item.getKind() == ItemKind.YES_NO_NA || item.getKind() == ItemKind.TICK_MATRIX;
	}

	private boolean isHere(EObject element) {
		return !element.eIsProxy() && EcoreUtil.isAncestor(definition, element);
	}

	/** The id a proxy stands for: the fragment of its URI ({@code other.xmi#q3} gives {@code q3}). */
	private static String proxyName(EObject proxy) {
		org.eclipse.emf.common.util.URI uri = ((InternalEObject) proxy).eProxyURI();
		return uri == null ? "" : uri.hasFragment() ? uri.fragment() : uri.toString(); //$NON-NLS-1$
	}

	/** An item with its section (for messages about duplicates, where the id alone does not say which one). */
	private static String located(EObject element) {
		return element instanceof Item && element.eContainer() instanceof Section section
				? NLS.bind(Messages.DefinitionElement_inSection, Elements.describe(element), Elements.describe(section))
				: Elements.describe(element);
	}

	private void report(EObject element, String message, Object... arguments) {
		problems.add(new DefinitionProblem(source, Elements.describe(element), NLS.bind(message, arguments)));
	}

	private static List<Item> items(ChecklistDefinition definition) {
		return definition.getSections().stream().flatMap(section -> section.getItems().stream()).toList();
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}
}
