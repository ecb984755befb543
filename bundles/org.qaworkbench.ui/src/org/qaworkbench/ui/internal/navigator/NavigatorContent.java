package org.qaworkbench.ui.internal.navigator;

import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.Case;
import org.qaworkbench.model.Locality;
import org.qaworkbench.model.QaPackage;

/**
 * Localities, then their cases, then each case's assessments, read from the store when a level is opened: a
 * locality's cases are not read until someone expands it.
 */
final class NavigatorContent implements ITreeContentProvider {

	private final Store store;

	NavigatorContent(Store store) {
		this.store = store;
	}

	@Override
	public Object[] getElements(Object input) {
		return ((List<?>) input).toArray();
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (parent instanceof Locality locality) {
			return store.records().where(Case.class, QaPackage.Literals.CASE__LOCALITY, locality).toArray();
		}
		if (parent instanceof Case aCase) {
			return store.records().where(Assessment.class, QaPackage.Literals.ASSESSMENT__SUBJECT_KEY, aCase.getCaseNumber()).toArray();
		}
		return new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		return null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return element instanceof Locality || element instanceof Case;
	}
}
