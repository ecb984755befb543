package org.qaworkbench.xlsform.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.model.Condition;
import org.qaworkbench.model.Item;
import org.qaworkbench.model.ItemKind;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.xlsform.internal.ChoiceLists.ChoiceList;

/**
 * Turns relevant expressions into the model's conditions, once every question of the survey is known (a condition
 * may name a question further down): answers as the model keeps them (Y, N, NA; a choice's text), and a refusal
 * that says what to write instead.
 */
final class Conditions {

	/** How messages write a question in a condition when they cannot name one. */
	private static final String QUESTION = "${question}"; //$NON-NLS-1$

	private final Map<String, Item> items;
	/** The yes/no list a question was made from (select_one yesno), the choice list of a choice question, a grade's scale. */
	private final Map<Item, ChoiceList> yesNoLists;
	private final Map<Item, ChoiceList> choiceLists;
	private final Map<Item, ChoiceList> scaleLists;
	private final Findings findings;

	Conditions(Map<String, Item> items, Map<Item, ChoiceList> yesNoLists, Map<Item, ChoiceList> choiceLists, Map<Item, ChoiceList> scaleLists,
			Findings findings) {
		this.items = items;
		this.yesNoLists = yesNoLists;
		this.choiceLists = choiceLists;
		this.scaleLists = scaleLists;
		this.findings = findings;
	}

	/** Gives {@code item} the condition written in its row's relevant cell, or reports why it cannot. */
	void resolve(Item item, int row, String text) {
		Relevant.Condition parsed;
		try {
			parsed = Relevant.parse(text);
		} catch (Relevant.RefusedException e) {
			findings.error(WorkbookReader.SURVEY, row, WorkbookReader.RELEVANT, refusal(e));
			return;
		}
		Item target = items.get(parsed.item());
		if (target == null) {
			findings.error(WorkbookReader.SURVEY, row, WorkbookReader.RELEVANT, NLS.bind(Messages.Relevant_noSuchQuestion, parsed.item()));
			return;
		}
		Condition condition = QaFactory.eINSTANCE.createCondition();
		condition.setItem(target);
		parsed.answers().forEach(answer -> condition.getAnswers().add(answer(target, answer)));
		item.setCondition(condition);
	}

	/** An answer as the model keeps it: Y, N or NA for yes/no questions, the choice's text for a choice. */
	private String answer(Item target, String written) {
		ChoiceList yesNo = yesNoLists.get(target);
		if (yesNo != null) {
			Optional<Map<String, String>> answers = ChoiceLists.yesNo(yesNo);
			if (answers.isPresent() && answers.get().containsKey(written)) {
				return answers.get().get(written);
			}
		}
		if (target.getKind() == ItemKind.YES_NO || target.getKind() == ItemKind.YES_NO_NA) {
			return Words.yesNoAnswer(written).orElse(written);
		}
		ChoiceList choices = choiceLists.get(target);
		return choices == null ? written : choices.labelOf(written).orElse(written);
	}

	/** Why a relevant expression was refused, and what to write instead. */
	private String refusal(Relevant.RefusedException e) {
		String example = (e.item == null ? QUESTION : "${" + e.item + '}') + " = 'N'"; //$NON-NLS-1$ //$NON-NLS-2$
		return switch (e.refusal) {
		case AND -> NLS.bind(Messages.Relevant_and, example);
		case TWO_QUESTIONS -> NLS.bind(Messages.Relevant_twoQuestions, e.item, e.other);
		case NOT_EQUAL -> NLS.bind(Messages.Relevant_notEqual, otherAnswers(e.item, e.value));
		case UNREADABLE -> e.value == null ? NLS.bind(Messages.Relevant_incomplete, example, QUESTION)
				: NLS.bind(Messages.Relevant_unreadable, new Object[] { e.value, example, QUESTION });
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
			case SINGLE_CHOICE -> choiceLists.containsKey(target) ? choiceLists.get(target).names() : List.of();
			case GRADED -> scaleLists.containsKey(target) ? scaleLists.get(target).names() : List.of();
			default -> List.of();
			};
			String excluded = answer(target, value);
			possible.stream().filter(answer -> !answer(target, answer).equals(excluded)).forEach(others::add);
		}
		return others.isEmpty() ? "${" + name + "} = '...'" : Relevant.write(name, others, false); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
