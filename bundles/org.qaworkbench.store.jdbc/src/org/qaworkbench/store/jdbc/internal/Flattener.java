package org.qaworkbench.store.jdbc.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.qaworkbench.core.store.History.Change;
import org.qaworkbench.model.Identified;
import org.qaworkbench.model.QaPackage;

/**
 * A record as field paths and texts ({@code answers[3].value = 2}), so that two versions compare field by field
 * for the history. Bookkeeping (id, row version, who and when) is left out: the history row holds it.
 */
final class Flattener {

	private static final Set<EStructuralFeature> BOOKKEEPING = Set.of(QaPackage.Literals.IDENTIFIED__ID, QaPackage.Literals.IDENTIFIED__ROW_VERSION,
			QaPackage.Literals.IDENTIFIED__MODIFIED_BY, QaPackage.Literals.IDENTIFIED__MODIFIED_AT);

	private Flattener() {
	}

	static List<Change> changes(EObject before, EObject after) {
		Map<String, String> old = flatten(before);
		Map<String, String> now = flatten(after);
		Set<String> fields = new LinkedHashSet<>(old.keySet());
		fields.addAll(now.keySet());
		List<Change> changes = new ArrayList<>();
		for (String field : fields) {
			String was = old.getOrDefault(field, ""); //$NON-NLS-1$
			String is = now.getOrDefault(field, ""); //$NON-NLS-1$
			if (!Objects.equals(was, is)) {
				changes.add(new Change(field, was, is));
			}
		}
		return changes;
	}

	static Map<String, String> flatten(EObject object) {
		Map<String, String> fields = new LinkedHashMap<>();
		flatten(object, "", fields); //$NON-NLS-1$
		return fields;
	}

	private static void flatten(EObject object, String prefix, Map<String, String> fields) {
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			if (BOOKKEEPING.contains(feature) || !object.eIsSet(feature)) {
				continue;
			}
			String name = prefix + feature.getName();
			Object value = object.eGet(feature, false);
			boolean contained = feature instanceof EReference reference && reference.isContainment();
			if (feature.isMany()) {
				List<?> values = (List<?>) value;
				for (int i = 0; i < values.size(); i++) {
					put(fields, name + "[" + i + "]", values.get(i), contained); //$NON-NLS-1$ //$NON-NLS-2$
				}
			} else {
				put(fields, name, value, contained);
			}
		}
	}

	private static void put(Map<String, String> fields, String name, Object value, boolean contained) {
		if (contained) {
			flatten((EObject) value, name + ".", fields); //$NON-NLS-1$
		} else {
			fields.put(name, text(value));
		}
	}

	static String text(Object value) {
		if (value == null) {
			return ""; //$NON-NLS-1$
		}
		if (value instanceof Identified record) {
			return record.eClass().getName() + "#" + record.getId(); //$NON-NLS-1$
		}
		if (value instanceof Enumerator literal) {
			return literal.getName();
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		return value.toString();
	}
}
