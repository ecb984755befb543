package org.qaworkbench.xlsform.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

/** The choices sheet: lists of choices, which are also the levels of scales, one choice a row. */
final class ChoiceLists {

	private ChoiceLists() {
	}

	record Choice(int row, String name, String label, boolean notApplicable, String descriptor) {
		/** The choice's text in the model: its label, else its name. */
		String text() {
			return label.isEmpty() ? name : label;
		}
	}

	static final class ChoiceList {
		final String name;
		final int row;
		String label;
		final List<Choice> choices = new ArrayList<>();

		ChoiceList(String name, int row) {
			this.name = name;
			this.row = row;
		}

		/** The text of the choice with this name. */
		Optional<String> labelOf(String name) {
			return choices.stream().filter(choice -> choice.name().equals(name)).map(Choice::text).findFirst();
		}

		List<String> names() {
			return choices.stream().map(Choice::name).toList();
		}
	}

	/** The lists by name, in the order of the sheet. */
	static Map<String, ChoiceList> read(Table choices, Findings findings) {
		Map<String, ChoiceList> lists = new LinkedHashMap<>();
		findings.listUnread(choices, WorkbookReader.CHOICES_COLUMNS, WorkbookReader.CHOICES);
		for (int next = 2; next <= choices.lastRow(); next++) {
			final int row = next;
			if (choices.isBlankRow(row)) {
				continue;
			}
			String list = choices.get(row, WorkbookReader.LIST_NAME);
			String name = choices.get(row, WorkbookReader.NAME);
			if (list.isEmpty()) {
				findings.error(WorkbookReader.CHOICES, row, WorkbookReader.LIST_NAME, Messages.Choices_noList);
				continue;
			}
			if (name.isEmpty()) {
				findings.error(WorkbookReader.CHOICES, row, WorkbookReader.NAME, Messages.Choices_noName);
				continue;
			}
			ChoiceList choiceList = lists.computeIfAbsent(list, key -> new ChoiceList(key, row));
			if (choiceList.choices.stream().anyMatch(choice -> choice.name().equals(name))) {
				findings.error(WorkbookReader.CHOICES, row, WorkbookReader.NAME, NLS.bind(Messages.Choices_duplicate, name, list));
				continue;
			}
			String listLabel = choices.get(row, WorkbookReader.LIST_LABEL);
			if (!listLabel.isEmpty() && choiceList.label == null) {
				choiceList.label = listLabel;
			}
			boolean notApplicable = findings.bool(choices, row, WorkbookReader.NOT_APPLICABLE, WorkbookReader.CHOICES);
			choiceList.choices.add(new Choice(row, name, choices.get(row, WorkbookReader.LABEL), notApplicable,
					Findings.blankIsNull(choices.get(row, WorkbookReader.DESCRIPTOR))));
		}
		return lists;
	}

	/**
	 * A list that means yes and no (and perhaps N/A), by its names or labels: XLSForm's yesno lists. The answer
	 * (Y, N, NA) each choice name stands for; empty when the list means something else.
	 */
	static Optional<Map<String, String>> yesNo(ChoiceList list) {
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
}
