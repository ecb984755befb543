package org.qaworkbench.store.jdbc.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.qaworkbench.model.Identified;
import org.qaworkbench.model.QaPackage;

/**
 * How one record class of the model is stored: one row in its own table (single values, references as ids,
 * single contained objects flattened into prefixed columns) and one child table per list (contained objects,
 * values or references), whose rows carry PARENT_ID and SEQ. Derived from the model by reflection, so a new
 * attribute needs only its migration script.
 */
final class EntityMapping {

	static final String ID = "ID"; //$NON-NLS-1$
	static final String PARENT_ID = "PARENT_ID"; //$NON-NLS-1$
	static final String SEQ = "SEQ"; //$NON-NLS-1$

	private static final Map<EClass, EntityMapping> MAPPINGS = new ConcurrentHashMap<>();
	private static final EClass IDENTIFIED = QaPackage.Literals.IDENTIFIED;

	final EClass eClass;
	final String table;
	/** The record's own columns, ID first. */
	final List<Column> columns;
	final List<ChildTable> children;

	private EntityMapping(EClass eClass) {
		this.eClass = eClass;
		this.table = SqlNames.plural(eClass.getName());
		this.columns = new ArrayList<>();
		this.children = new ArrayList<>();
		columns.add(new Column(ID, SqlType.BIGINT, List.of(QaPackage.Literals.IDENTIFIED__ID)));
		for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
			if (feature == QaPackage.Literals.IDENTIFIED__ID || isIdentifiedContainment(feature)) {
				continue;
			}
			if (feature.isMany()) {
				children.add(ChildTable.of(SqlNames.snake(eClass.getName()) + "_" + SqlNames.snake(feature.getName()), feature)); //$NON-NLS-1$
			} else {
				columns.addAll(Column.of(feature, "", List.of())); //$NON-NLS-1$
			}
		}
	}

	static EntityMapping of(EClass eClass) {
		if (!IDENTIFIED.isSuperTypeOf(eClass) || eClass.isAbstract()) {
			throw new IllegalArgumentException(eClass.getName() + " is not a stored record class"); //$NON-NLS-1$
		}
		return MAPPINGS.computeIfAbsent(eClass, EntityMapping::new);
	}

	/** Every record class of the model, in the order their tables are created. */
	static List<EntityMapping> all() {
		return QaPackage.eINSTANCE.getEClassifiers().stream().filter(EClass.class::isInstance).map(EClass.class::cast)
				.filter(c -> !c.isAbstract() && IDENTIFIED.isSuperTypeOf(c)).map(EntityMapping::of).toList();
	}

	/** Records own other records only in memory (a locality's teams): each is stored in its own table. */
	private static boolean isIdentifiedContainment(EStructuralFeature feature) {
		return feature instanceof EReference reference && reference.isContainment() && IDENTIFIED.isSuperTypeOf(reference.getEReferenceType());
	}

	/** A column: the path of features from the owner to a value, and how the value is stored. */
	record Column(String name, SqlType type, List<EStructuralFeature> path) {

		/** The columns of one single-valued feature; a contained object contributes its own, prefixed. */
		static List<Column> of(EStructuralFeature feature, String prefix, List<EStructuralFeature> parents) {
			List<EStructuralFeature> path = new ArrayList<>(parents);
			path.add(feature);
			String name = prefix + SqlNames.snake(feature.getName());
			if (feature instanceof EAttribute attribute) {
				return List.of(new Column(name, SqlType.of(attribute.getEAttributeType(), feature.getName()), List.copyOf(path)));
			}
			EReference reference = (EReference) feature;
			if (!reference.isContainment()) {
				return List.of(new Column(name + "_ID", SqlType.BIGINT, List.copyOf(path))); //$NON-NLS-1$
			}
			List<Column> flattened = new ArrayList<>();
			for (EStructuralFeature inner : reference.getEReferenceType().getEAllStructuralFeatures()) {
				if (inner.isMany()) {
					throw new IllegalStateException("Lists inside " + feature.getName() + " cannot be flattened"); //$NON-NLS-1$ //$NON-NLS-2$
				}
				flattened.addAll(of(inner, name + "_", path)); //$NON-NLS-1$
			}
			return flattened;
		}

		boolean isReference() {
			return last() instanceof EReference;
		}

		private EStructuralFeature last() {
			return path.get(path.size() - 1);
		}

		/** The value to store: references become ids, a missing contained object gives null. */
		Object read(EObject owner) {
			EObject current = owner;
			for (int i = 0; i < path.size() - 1 && current != null; i++) {
				current = (EObject) current.eGet(path.get(i));
			}
			if (current == null) {
				return null;
			}
			Object value = current.eGet(last(), false);
			return isReference() ? (value == null ? null : ((Identified) value).getId()) : value;
		}

		/** Sets a stored value, creating contained objects on the way and proxies for references. */
		void write(EObject owner, Object stored) {
			if (stored == null) {
				return;
			}
			EObject current = owner;
			for (int i = 0; i < path.size() - 1; i++) {
				EReference containment = (EReference) path.get(i);
				EObject next = (EObject) current.eGet(containment);
				if (next == null) {
					next = EcoreUtil.create(containment.getEReferenceType());
					current.eSet(containment, next);
				}
				current = next;
			}
			current.eSet(last(), toModel(last(), stored));
		}
	}

	/** A list of the record: its elements as rows carrying PARENT_ID and SEQ. */
	record ChildTable(String table, EStructuralFeature feature, List<Column> columns) {

		static ChildTable of(String table, EStructuralFeature feature) {
			List<Column> columns = new ArrayList<>();
			if (feature instanceof EReference reference && reference.isContainment()) {
				for (EStructuralFeature inner : reference.getEReferenceType().getEAllStructuralFeatures()) {
					columns.addAll(Column.of(inner, "", List.of())); //$NON-NLS-1$
				}
			} else {
				String name = feature instanceof EReference ? "TARGET_ID" : "VALUE"; //$NON-NLS-1$ //$NON-NLS-2$
				SqlType type = feature instanceof EAttribute attribute ? SqlType.of(attribute.getEAttributeType(), feature.getName()) : SqlType.BIGINT;
				columns.add(new Column(name, type, List.of()));
			}
			return new ChildTable(table, feature, List.copyOf(columns));
		}

		boolean holdsObjects() {
			return feature instanceof EReference reference && reference.isContainment();
		}

		/** The stored value of a list element that is a value or a reference. */
		Object storedElement(Object element) {
			return feature instanceof EReference ? ((Identified) element).getId() : element;
		}

		Object modelElement(Object stored) {
			return toModel(feature, stored);
		}
	}

	/** Turns a stored value back into the model's: enum literals by name, references as proxies with their id. */
	static Object toModel(EStructuralFeature feature, Object stored) {
		if (feature instanceof EReference reference) {
			return proxy(reference.getEReferenceType(), (Long) stored);
		}
		if (feature.getEType() instanceof EEnum eEnum) {
			return eEnum.getEEnumLiteral((String) stored).getInstance();
		}
		return stored;
	}

	/** A stand-in for a stored record, carrying only its id; {@code Records.resolve} fetches the record. */
	static EObject proxy(EClass type, long id) {
		EObject proxy = EcoreUtil.create(type);
		((InternalEObject) proxy).eSetProxyURI(URI.createURI("qa:/" + type.getName() + "/" + id)); //$NON-NLS-1$ //$NON-NLS-2$
		((Identified) proxy).setId(id);
		return proxy;
	}

	/** The CREATE statements for this record's tables, as a migration script would hold them. */
	List<String> createStatements() {
		List<String> statements = new ArrayList<>();
		StringBuilder own = new StringBuilder("CREATE TABLE " + SqlNames.quote(table) + " (\n    " + SqlNames.quote(ID) + " BIGINT NOT NULL PRIMARY KEY"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		columns.stream().skip(1).forEach(column -> own.append(",\n    ").append(SqlNames.quote(column.name())).append(' ').append(column.type().ddl)); //$NON-NLS-1$
		statements.add(own.append("\n)").toString()); //$NON-NLS-1$
		for (ChildTable child : children) {
			StringBuilder sql = new StringBuilder("CREATE TABLE " + SqlNames.quote(child.table()) + " (\n    " + SqlNames.quote(PARENT_ID) //$NON-NLS-1$ //$NON-NLS-2$
					+ " BIGINT NOT NULL REFERENCES " + SqlNames.quote(table) + ",\n    " + SqlNames.quote(SEQ) + " INTEGER NOT NULL"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			child.columns().forEach(column -> sql.append(",\n    ").append(SqlNames.quote(column.name())).append(' ').append(column.type().ddl)); //$NON-NLS-1$
			sql.append(",\n    PRIMARY KEY (").append(SqlNames.quote(PARENT_ID)).append(", ").append(SqlNames.quote(SEQ)).append(")\n)"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			statements.add(sql.toString());
		}
		return statements;
	}
}
