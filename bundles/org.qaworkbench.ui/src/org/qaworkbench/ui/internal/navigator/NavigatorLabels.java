package org.qaworkbench.ui.internal.navigator;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.Formats;
import org.qaworkbench.core.queries.AssessmentEntry;
import org.qaworkbench.core.queries.CaseEntry;
import org.qaworkbench.core.queries.CaseworkEntry;
import org.qaworkbench.core.queries.LocalityEntry;
import org.qaworkbench.model.SupervisionState;
import org.qaworkbench.ui.internal.Messages;

/**
 * Case numbers first (names stay in the case file), assessments by checklist, date and state; each label whole as
 * its tooltip, for a view narrower than the label.
 */
final class NavigatorLabels extends ColumnLabelProvider {

	@Override
	public String getText(Object element) {
		if (element instanceof LocalityEntry locality) {
			return locality.name();
		}
		if (element instanceof CaseEntry aCase) {
			return aCase.caseNumber() + "  " + aCase.familyNames() + " family"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (element instanceof AssessmentEntry assessment) {
			return assessment.title() + "  " + Formats.date(assessment.date()) + "  " + (assessment.state() == null ? "" : assessment.state().getLiteral()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		if (element instanceof CaseworkEntry casework) {
			return NLS.bind(casework.state() == SupervisionState.SIGNED ? Messages.Navigator_caseworkSigned : Messages.Navigator_casework, Formats.date(casework.heldOn()));
		}
		if (element instanceof NavigatorContent.Pending) {
			return Messages.Navigator_reading;
		}
		return super.getText(element);
	}

	@Override
	public String getToolTipText(Object element) {
		return getText(element);
	}
}
