package org.qaworkbench.ui.internal.navigator;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.qaworkbench.core.Formats;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.Case;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.Locality;

/**
 * Case numbers first (names stay in the case file), assessments by checklist, date and state; each label whole as
 * its tooltip, for a view narrower than the label.
 */
final class NavigatorLabels extends ColumnLabelProvider {

	private final Store store;
	private final Map<String, String> titles = new HashMap<>();

	NavigatorLabels(Store store) {
		this.store = store;
	}

	@Override
	public String getText(Object element) {
		if (element instanceof Locality locality) {
			return locality.getName();
		}
		if (element instanceof Case aCase) {
			return aCase.getCaseNumber() + "  " + aCase.getFamilyNames() + " family"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (element instanceof Assessment assessment) {
			String date = Formats.date(assessment.getCompletedOn() != null ? assessment.getCompletedOn() : assessment.getStartedOn());
			return title(assessment) + "  " + date + "  " + assessment.getState().getLiteral(); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return super.getText(element);
	}

	@Override
	public String getToolTipText(Object element) {
		return getText(element);
	}

	private String title(Assessment assessment) {
		return titles.computeIfAbsent(assessment.getDefinitionHash(),
				hash -> store.definitions().find(hash).map(ChecklistDefinition::getTitle).orElse(assessment.getDefinitionId()));
	}
}
