package org.qaworkbench.ui.internal.navigator;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.qaworkbench.core.queries.AssessmentEntry;
import org.qaworkbench.core.queries.CaseEntry;
import org.qaworkbench.core.queries.LocalityEntry;
import org.qaworkbench.core.queries.Queries;
import org.qaworkbench.core.queries.CaseworkEntry;

/**
 * What the navigator shows, as last read through the read models: localities with their cases, read together, and
 * the assessments of each case opened, read when it is first opened (until then it shows {@link Pending}). Whether a
 * level has anything to open comes with its entry, so an empty case shows no expand arrow. The tree asks on the UI
 * thread and gets only what is held here: reading is the part's, off the UI thread.
 */
final class NavigatorContent implements ITreeContentProvider {

	/** Stands in for the assessments of a case while they are read. */
	record Pending(long caseId) {
	}

	/**
	 * What a case holds: its assessments, then its casework supervision (it belongs to the child's file; personal
	 * supervision never shows here).
	 */
	static List<Object> childrenOf(Queries queries, String caseNumber) {
		List<Object> children = new java.util.ArrayList<>(queries.assessmentsOf(caseNumber));
		children.addAll(queries.supervision().caseworkOf(caseNumber));
		return List.copyOf(children);
	}

	/** What one read in the background found: the localities, their cases, and the assessments of the cases asked. */
	record Snapshot(List<LocalityEntry> localities, Map<Long, List<CaseEntry>> cases, Map<String, List<Object>> assessments) {

		static final Snapshot NONE = new Snapshot(List.of(), Map.of(), Map.of());

		/** Reads the localities, the cases of each, and the assessments of the cases open now. */
		static Snapshot read(Queries queries, Set<String> openCases) {
			List<LocalityEntry> localities = queries.localities();
			Map<Long, List<CaseEntry>> cases = new HashMap<>();
			for (LocalityEntry locality : localities) {
				cases.put(locality.id(), locality.hasCases() ? queries.casesOf(locality.id()) : List.of());
			}
			Map<String, List<Object>> assessments = new LinkedHashMap<>();
			for (String caseNumber : openCases) {
				assessments.put(caseNumber, childrenOf(queries, caseNumber));
			}
			return new Snapshot(List.copyOf(localities), Map.copyOf(cases), Map.copyOf(assessments));
		}
	}

	/**
	 * Entries are the same element when they stand for the same record (type and id), so an entry read again, with a
	 * changed label or a new expand arrow, keeps its item, its expansion and the selection.
	 */
	static final IElementComparer SAME_RECORD = new IElementComparer() {
		@Override
		public boolean equals(Object a, Object b) {
			return a == b || a != null && b != null && a.getClass() == b.getClass() && id(a) == id(b) && id(a) != Long.MIN_VALUE;
		}

		@Override
		public int hashCode(Object element) {
			long id = id(element);
			return id == Long.MIN_VALUE ? element.hashCode() : Long.hashCode(id) * 31 + element.getClass().hashCode();
		}
	};

	private static long id(Object element) {
		if (element instanceof LocalityEntry locality) {
			return locality.id();
		}
		if (element instanceof CaseEntry aCase) {
			return aCase.id();
		}
		if (element instanceof AssessmentEntry assessment) {
			return assessment.id();
		}
		if (element instanceof Pending pending) {
			return pending.caseId();
		}
		if (element instanceof CaseworkEntry casework) {
			return casework.id();
		}
		return Long.MIN_VALUE;
	}

	private final Consumer<CaseEntry> readAssessments;
	private Snapshot shown = Snapshot.NONE;
	/** Assessments by case number: from the last snapshot, and of cases opened since. */
	private final Map<String, List<Object>> assessments = new HashMap<>();
	private final Set<String> reading = new HashSet<>();

	/** {@code readAssessments} is asked (on the UI thread) to read the assessments of a case opened for the first time. */
	NavigatorContent(Consumer<CaseEntry> readAssessments) {
		this.readAssessments = readAssessments;
	}

	/** Takes what a read found; cases opened since it was asked keep their assessments. */
	void show(Snapshot snapshot) {
		shown = snapshot;
		reading.clear(); // a case whose read failed is asked again when it is next opened
		assessments.putAll(snapshot.assessments());
	}

	/** Takes the assessments of a case read on its own. */
	void showAssessments(String caseNumber, List<Object> read) {
		reading.remove(caseNumber);
		assessments.put(caseNumber, read);
	}

	/** The cases whose assessments are held, to read again with the rest. */
	Set<String> openCases() {
		return Set.copyOf(assessments.keySet());
	}

	boolean isEmpty() {
		return shown.localities().isEmpty();
	}

	@Override
	public Object[] getElements(Object input) {
		return shown.localities().toArray();
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (parent instanceof LocalityEntry locality) {
			return shown.cases().getOrDefault(locality.id(), List.of()).toArray();
		}
		if (parent instanceof CaseEntry aCase) {
			List<Object> held = assessments.get(aCase.caseNumber());
			if (held != null) {
				return held.toArray();
			}
			if (reading.add(aCase.caseNumber())) {
				readAssessments.accept(aCase);
			}
			return new Object[] { new Pending(aCase.id()) };
		}
		return new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		return null;
	}

	@Override
	public boolean hasChildren(Object element) {
		if (element instanceof LocalityEntry locality) {
			return locality.hasCases();
		}
		if (element instanceof CaseEntry aCase) {
			return aCase.hasAssessments();
		}
		return false;
	}
}
