package org.qaworkbench.ui.internal.navigator;

import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.Case;
import org.qaworkbench.model.Identified;
import org.qaworkbench.model.Locality;
import org.qaworkbench.model.QaPackage;

/**
 * Localities, then their cases, then each case's assessments, read from the store when a level is opened: a
 * locality's cases are not read until someone expands it. Whether a level has anything to open is asked without
 * reading it, so an empty case shows no expand arrow.
 */
final class NavigatorContent implements ITreeContentProvider {

	/**
	 * Records are the same element when they are the same record (type and id), so a copy read again, or a proxy
	 * such as a case's locality, finds its item in the tree.
	 */
	static final IElementComparer SAME_RECORD = new IElementComparer() {
		@Override
		public boolean equals(Object a, Object b) {
			return a == b || a instanceof Identified one && b instanceof Identified other && one.eClass() == other.eClass() && one.getId() == other.getId();
		}

		@Override
		public int hashCode(Object element) {
			return element instanceof Identified record ? Long.hashCode(record.getId()) : element.hashCode();
		}
	};

	private final Store store;

	NavigatorContent(Store store) {
		this.store = store;
	}

	/** The localities as they are now: the input only stands for "the store". */
	@Override
	public Object[] getElements(Object input) {
		return store.records().list(Locality.class).toArray();
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
		if (element instanceof Locality locality) {
			return store.records().exists(Case.class, QaPackage.Literals.CASE__LOCALITY, locality);
		}
		if (element instanceof Case aCase) {
			return store.records().exists(Assessment.class, QaPackage.Literals.ASSESSMENT__SUBJECT_KEY, aCase.getCaseNumber());
		}
		return false;
	}
}
