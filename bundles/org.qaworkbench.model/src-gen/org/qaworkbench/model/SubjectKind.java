/**
 */
package org.qaworkbench.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Subject Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.qaworkbench.model.QaPackage#getSubjectKind()
 * @model
 * @generated
 */
public enum SubjectKind implements Enumerator {
	/**
	 * The '<em><b>CASE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CASE_VALUE
	 * @generated
	 * @ordered
	 */
	CASE(0, "CASE", "Case"),

	/**
	 * The '<em><b>PRACTITIONER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRACTITIONER_VALUE
	 * @generated
	 * @ordered
	 */
	PRACTITIONER(1, "PRACTITIONER", "Practitioner"),

	/**
	 * The '<em><b>GROUP SESSION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GROUP_SESSION_VALUE
	 * @generated
	 * @ordered
	 */
	GROUP_SESSION(2, "GROUP_SESSION", "Group session"),

	/**
	 * The '<em><b>SUPERVISION FILES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPERVISION_FILES_VALUE
	 * @generated
	 * @ordered
	 */
	SUPERVISION_FILES(3, "SUPERVISION_FILES", "Supervision files"),

	/**
	 * The '<em><b>FAMILY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FAMILY_VALUE
	 * @generated
	 * @ordered
	 */
	FAMILY(4, "FAMILY", "Family");

	/**
	 * The '<em><b>CASE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CASE
	 * @model literal="Case"
	 * @generated
	 * @ordered
	 */
	public static final int CASE_VALUE = 0;

	/**
	 * The '<em><b>PRACTITIONER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRACTITIONER
	 * @model literal="Practitioner"
	 * @generated
	 * @ordered
	 */
	public static final int PRACTITIONER_VALUE = 1;

	/**
	 * The '<em><b>GROUP SESSION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GROUP_SESSION
	 * @model literal="Group session"
	 * @generated
	 * @ordered
	 */
	public static final int GROUP_SESSION_VALUE = 2;

	/**
	 * The '<em><b>SUPERVISION FILES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPERVISION_FILES
	 * @model literal="Supervision files"
	 * @generated
	 * @ordered
	 */
	public static final int SUPERVISION_FILES_VALUE = 3;

	/**
	 * The '<em><b>FAMILY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FAMILY
	 * @model literal="Family"
	 * @generated
	 * @ordered
	 */
	public static final int FAMILY_VALUE = 4;

	/**
	 * An array of all the '<em><b>Subject Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SubjectKind[] VALUES_ARRAY =
		new SubjectKind[] {
			CASE,
			PRACTITIONER,
			GROUP_SESSION,
			SUPERVISION_FILES,
			FAMILY,
		};

	/**
	 * A public read-only list of all the '<em><b>Subject Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SubjectKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Subject Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SubjectKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SubjectKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Subject Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SubjectKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SubjectKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Subject Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SubjectKind get(int value) {
		switch (value) {
			case CASE_VALUE: return CASE;
			case PRACTITIONER_VALUE: return PRACTITIONER;
			case GROUP_SESSION_VALUE: return GROUP_SESSION;
			case SUPERVISION_FILES_VALUE: return SUPERVISION_FILES;
			case FAMILY_VALUE: return FAMILY;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private SubjectKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //SubjectKind
