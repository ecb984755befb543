package org.qaworkbench.supervision.ui.internal;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Composite;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.Item;
import org.qaworkbench.model.Section;
import org.qaworkbench.ui.editors.FormSection;

/**
 * A supervision form laid out from its definition, in the definition's order: each section a titled section, each
 * item whose id the editor knows a field (built by the editor, under the form's wording of it), every other item its
 * wording shown verbatim. Fields the definition does not place (an adapted form that leaves one out) close the form
 * in a section of their own, so nothing the record holds goes unseen.
 */
final class FormWording {

	/** Builds one field in a section, under the form's label for it. */
	interface Field {
		void build(FormSection section, String label);
	}

	private final Map<String, Field> fields = new LinkedHashMap<>();
	private final Map<String, String> fallbackLabels = new LinkedHashMap<>();

	/** The field shown where the form has item {@code itemId}, labelled with the form's wording or {@code label}. */
	FormWording field(String itemId, String label, Field field) {
		fields.put(itemId, field);
		fallbackLabels.put(itemId, label);
		return this;
	}

	/** Lays the form out in {@code body}; {@code verbatim} is told each wording shown as it stands. */
	void build(Composite body, ChecklistDefinition definition, Consumer<String> verbatim) {
		Set<String> placed = new LinkedHashSet<>();
		if (definition != null) {
			for (Section section : definition.getSections()) {
				FormSection shown = new FormSection(body, section.getTitle());
				for (Item item : section.getItems()) {
					Field field = fields.get(item.getItemId());
					if (field != null) {
						field.build(shown, withMnemonic(item.getText(), fallbackLabels.get(item.getItemId())));
						placed.add(item.getItemId());
					} else {
						shown.note().setText(item.getText());
						verbatim.accept(item.getText());
					}
				}
			}
		}
		if (!placed.containsAll(fields.keySet())) {
			FormSection rest = new FormSection(body, Messages.Editor_moreFields);
			fields.forEach((itemId, field) -> {
				if (!placed.contains(itemId)) {
					field.build(rest, fallbackLabels.get(itemId));
				}
			});
		}
	}

	/** The form's wording with the Alt key of the editor's own label, when that letter is in it. */
	private static String withMnemonic(String wording, String label) {
		if (wording == null || wording.isBlank()) {
			return label;
		}
		int at = label.indexOf('&');
		if (at < 0 || at + 1 >= label.length() || wording.indexOf('&') >= 0) {
			return wording;
		}
		char key = label.charAt(at + 1);
		int in = wording.toLowerCase().indexOf(Character.toLowerCase(key));
		return in < 0 ? wording + " (&" + key + ")" : wording.substring(0, in) + '&' + wording.substring(in); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
