package org.qaworkbench.core.checklists.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.internal.Messages;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.Condition;
import org.qaworkbench.model.Item;
import org.qaworkbench.model.Level;
import org.qaworkbench.model.Scale;
import org.qaworkbench.model.ScoringRule;
import org.qaworkbench.model.Section;

/** Names an element of a definition the way a problem message shows it: {@code item 'q3'}, {@code section 'basic'}. */
final class Elements {

	private Elements() {
	}

	static String describe(EObject element) {
		if (element instanceof ChecklistDefinition) {
			return Messages.DefinitionElement_checklist;
		}
		if (element instanceof Scale scale) {
			return named(Messages.DefinitionElement_scale, scale.getScaleId(), scale);
		}
		if (element instanceof Level level) {
			return NLS.bind(Messages.DefinitionElement_level, level.getValue(), describe(level.eContainer()));
		}
		if (element instanceof Section section) {
			return named(Messages.DefinitionElement_section, section.getSectionId(), section);
		}
		if (element instanceof Item item) {
			return named(Messages.DefinitionElement_item, item.getItemId(), item);
		}
		if (element instanceof Condition condition && condition.eContainer() != null) {
			return describe(condition.eContainer());
		}
		if (element instanceof ScoringRule rule) {
			return rule.eContainer() instanceof Section section ? NLS.bind(Messages.DefinitionElement_sectionScoring, describe(section))
					: Messages.DefinitionElement_overallScoring;
		}
		return element == null ? "" : element.eClass().getName(); //$NON-NLS-1$
	}

	/** {@code item 'q3'}; without an id, {@code item 4 in section 'basic'}, counting from 1. */
	private static String named(String kind, String id, EObject element) {
		if (id != null && !id.isBlank()) {
			return kind + " '" + id + "'"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		EObject container = element.eContainer();
		if (container == null) {
			return kind;
		}
		Object siblings = container.eGet(element.eContainmentFeature());
		int position = siblings instanceof java.util.List<?> list ? list.indexOf(element) + 1 : 1;
		return container instanceof ChecklistDefinition ? kind + ' ' + position
				: NLS.bind(Messages.DefinitionElement_numbered, new Object[] { kind, position, describe(container) });
	}
}
