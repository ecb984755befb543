/**
 */
package org.qaworkbench.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Case Status</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.qaworkbench.model.QaPackage#getCaseStatus()
 * @model
 * @generated
 */
public enum CaseStatus implements Enumerator {
	/**
	 * The '<em><b>CHILD PROTECTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHILD_PROTECTION_VALUE
	 * @generated
	 * @ordered
	 */
	CHILD_PROTECTION(0, "CHILD_PROTECTION", "CP"),

	/**
	 * The '<em><b>CHILD IN NEED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHILD_IN_NEED_VALUE
	 * @generated
	 * @ordered
	 */
	CHILD_IN_NEED(1, "CHILD_IN_NEED", "CIN"),

	/**
	 * The '<em><b>STEP DOWN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STEP_DOWN_VALUE
	 * @generated
	 * @ordered
	 */
	STEP_DOWN(2, "STEP_DOWN", "Step Down"),

	/**
	 * The '<em><b>STRENGTHENING FAMILIES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STRENGTHENING_FAMILIES_VALUE
	 * @generated
	 * @ordered
	 */
	STRENGTHENING_FAMILIES(3, "STRENGTHENING_FAMILIES", "Strengthening Families"),

	/**
	 * The '<em><b>CHILD IN CARE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHILD_IN_CARE_VALUE
	 * @generated
	 * @ordered
	 */
	CHILD_IN_CARE(4, "CHILD_IN_CARE", "CIC"),

	/**
	 * The '<em><b>EARLY HELP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EARLY_HELP_VALUE
	 * @generated
	 * @ordered
	 */
	EARLY_HELP(5, "EARLY_HELP", "Early Help"),

	/**
	 * The '<em><b>CLOSED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLOSED_VALUE
	 * @generated
	 * @ordered
	 */
	CLOSED(6, "CLOSED", "Closed");

	/**
	 * The '<em><b>CHILD PROTECTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHILD_PROTECTION
	 * @model literal="CP"
	 * @generated
	 * @ordered
	 */
	public static final int CHILD_PROTECTION_VALUE = 0;

	/**
	 * The '<em><b>CHILD IN NEED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHILD_IN_NEED
	 * @model literal="CIN"
	 * @generated
	 * @ordered
	 */
	public static final int CHILD_IN_NEED_VALUE = 1;

	/**
	 * The '<em><b>STEP DOWN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STEP_DOWN
	 * @model literal="Step Down"
	 * @generated
	 * @ordered
	 */
	public static final int STEP_DOWN_VALUE = 2;

	/**
	 * The '<em><b>STRENGTHENING FAMILIES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STRENGTHENING_FAMILIES
	 * @model literal="Strengthening Families"
	 * @generated
	 * @ordered
	 */
	public static final int STRENGTHENING_FAMILIES_VALUE = 3;

	/**
	 * The '<em><b>CHILD IN CARE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHILD_IN_CARE
	 * @model literal="CIC"
	 * @generated
	 * @ordered
	 */
	public static final int CHILD_IN_CARE_VALUE = 4;

	/**
	 * The '<em><b>EARLY HELP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EARLY_HELP
	 * @model literal="Early Help"
	 * @generated
	 * @ordered
	 */
	public static final int EARLY_HELP_VALUE = 5;

	/**
	 * The '<em><b>CLOSED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLOSED
	 * @model literal="Closed"
	 * @generated
	 * @ordered
	 */
	public static final int CLOSED_VALUE = 6;

	/**
	 * An array of all the '<em><b>Case Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CaseStatus[] VALUES_ARRAY =
		new CaseStatus[] {
			CHILD_PROTECTION,
			CHILD_IN_NEED,
			STEP_DOWN,
			STRENGTHENING_FAMILIES,
			CHILD_IN_CARE,
			EARLY_HELP,
			CLOSED,
		};

	/**
	 * A public read-only list of all the '<em><b>Case Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CaseStatus> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Case Status</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CaseStatus get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CaseStatus result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Case Status</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CaseStatus getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CaseStatus result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Case Status</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CaseStatus get(int value) {
		switch (value) {
			case CHILD_PROTECTION_VALUE: return CHILD_PROTECTION;
			case CHILD_IN_NEED_VALUE: return CHILD_IN_NEED;
			case STEP_DOWN_VALUE: return STEP_DOWN;
			case STRENGTHENING_FAMILIES_VALUE: return STRENGTHENING_FAMILIES;
			case CHILD_IN_CARE_VALUE: return CHILD_IN_CARE;
			case EARLY_HELP_VALUE: return EARLY_HELP;
			case CLOSED_VALUE: return CLOSED;
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
	private CaseStatus(int value, String name, String literal) {
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
	
} //CaseStatus
