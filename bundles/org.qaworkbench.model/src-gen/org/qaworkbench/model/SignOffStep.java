/**
 */
package org.qaworkbench.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Sign Off Step</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.qaworkbench.model.QaPackage#getSignOffStep()
 * @model
 * @generated
 */
public enum SignOffStep implements Enumerator {
	/**
	 * The '<em><b>COMPLETION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPLETION_VALUE
	 * @generated
	 * @ordered
	 */
	COMPLETION(0, "COMPLETION", "Completion"),

	/**
	 * The '<em><b>MODERATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MODERATION_VALUE
	 * @generated
	 * @ordered
	 */
	MODERATION(1, "MODERATION", "Moderation"),

	/**
	 * The '<em><b>SHARING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHARING_VALUE
	 * @generated
	 * @ordered
	 */
	SHARING(2, "SHARING", "Sharing"),

	/**
	 * The '<em><b>CLOSURE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLOSURE_VALUE
	 * @generated
	 * @ordered
	 */
	CLOSURE(3, "CLOSURE", "Closure"),

	/**
	 * The '<em><b>PRACTITIONER RESPONSE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRACTITIONER_RESPONSE_VALUE
	 * @generated
	 * @ordered
	 */
	PRACTITIONER_RESPONSE(4, "PRACTITIONER_RESPONSE", "Practitioner response"),

	/**
	 * The '<em><b>PLANNING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLANNING_VALUE
	 * @generated
	 * @ordered
	 */
	PLANNING(5, "PLANNING", "Planning agreed"),

	/**
	 * The '<em><b>OBSERVATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OBSERVATION_VALUE
	 * @generated
	 * @ordered
	 */
	OBSERVATION(6, "OBSERVATION", "Observation recorded"),

	/**
	 * The '<em><b>OBSERVER SIGN OFF</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OBSERVER_SIGN_OFF_VALUE
	 * @generated
	 * @ordered
	 */
	OBSERVER_SIGN_OFF(7, "OBSERVER_SIGN_OFF", "Signed off by the observer"),

	/**
	 * The '<em><b>PRACTITIONER SIGN OFF</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRACTITIONER_SIGN_OFF_VALUE
	 * @generated
	 * @ordered
	 */
	PRACTITIONER_SIGN_OFF(8, "PRACTITIONER_SIGN_OFF", "Signed off by the practitioner"),

	/**
	 * The '<em><b>SUPERVISEE SIGN OFF</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPERVISEE_SIGN_OFF_VALUE
	 * @generated
	 * @ordered
	 */
	SUPERVISEE_SIGN_OFF(9, "SUPERVISEE_SIGN_OFF", "Signed by the supervisee"),

	/**
	 * The '<em><b>SUPERVISOR SIGN OFF</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPERVISOR_SIGN_OFF_VALUE
	 * @generated
	 * @ordered
	 */
	SUPERVISOR_SIGN_OFF(10, "SUPERVISOR_SIGN_OFF", "Signed by the supervisor");

	/**
	 * The '<em><b>COMPLETION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPLETION
	 * @model literal="Completion"
	 * @generated
	 * @ordered
	 */
	public static final int COMPLETION_VALUE = 0;

	/**
	 * The '<em><b>MODERATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MODERATION
	 * @model literal="Moderation"
	 * @generated
	 * @ordered
	 */
	public static final int MODERATION_VALUE = 1;

	/**
	 * The '<em><b>SHARING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHARING
	 * @model literal="Sharing"
	 * @generated
	 * @ordered
	 */
	public static final int SHARING_VALUE = 2;

	/**
	 * The '<em><b>CLOSURE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLOSURE
	 * @model literal="Closure"
	 * @generated
	 * @ordered
	 */
	public static final int CLOSURE_VALUE = 3;

	/**
	 * The '<em><b>PRACTITIONER RESPONSE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRACTITIONER_RESPONSE
	 * @model literal="Practitioner response"
	 * @generated
	 * @ordered
	 */
	public static final int PRACTITIONER_RESPONSE_VALUE = 4;

	/**
	 * The '<em><b>PLANNING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLANNING
	 * @model literal="Planning agreed"
	 * @generated
	 * @ordered
	 */
	public static final int PLANNING_VALUE = 5;

	/**
	 * The '<em><b>OBSERVATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OBSERVATION
	 * @model literal="Observation recorded"
	 * @generated
	 * @ordered
	 */
	public static final int OBSERVATION_VALUE = 6;

	/**
	 * The '<em><b>OBSERVER SIGN OFF</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OBSERVER_SIGN_OFF
	 * @model literal="Signed off by the observer"
	 * @generated
	 * @ordered
	 */
	public static final int OBSERVER_SIGN_OFF_VALUE = 7;

	/**
	 * The '<em><b>PRACTITIONER SIGN OFF</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRACTITIONER_SIGN_OFF
	 * @model literal="Signed off by the practitioner"
	 * @generated
	 * @ordered
	 */
	public static final int PRACTITIONER_SIGN_OFF_VALUE = 8;

	/**
	 * The '<em><b>SUPERVISEE SIGN OFF</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPERVISEE_SIGN_OFF
	 * @model literal="Signed by the supervisee"
	 * @generated
	 * @ordered
	 */
	public static final int SUPERVISEE_SIGN_OFF_VALUE = 9;

	/**
	 * The '<em><b>SUPERVISOR SIGN OFF</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPERVISOR_SIGN_OFF
	 * @model literal="Signed by the supervisor"
	 * @generated
	 * @ordered
	 */
	public static final int SUPERVISOR_SIGN_OFF_VALUE = 10;

	/**
	 * An array of all the '<em><b>Sign Off Step</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SignOffStep[] VALUES_ARRAY =
		new SignOffStep[] {
			COMPLETION,
			MODERATION,
			SHARING,
			CLOSURE,
			PRACTITIONER_RESPONSE,
			PLANNING,
			OBSERVATION,
			OBSERVER_SIGN_OFF,
			PRACTITIONER_SIGN_OFF,
			SUPERVISEE_SIGN_OFF,
			SUPERVISOR_SIGN_OFF,
		};

	/**
	 * A public read-only list of all the '<em><b>Sign Off Step</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SignOffStep> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Sign Off Step</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SignOffStep get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SignOffStep result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Sign Off Step</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SignOffStep getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SignOffStep result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Sign Off Step</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SignOffStep get(int value) {
		switch (value) {
			case COMPLETION_VALUE: return COMPLETION;
			case MODERATION_VALUE: return MODERATION;
			case SHARING_VALUE: return SHARING;
			case CLOSURE_VALUE: return CLOSURE;
			case PRACTITIONER_RESPONSE_VALUE: return PRACTITIONER_RESPONSE;
			case PLANNING_VALUE: return PLANNING;
			case OBSERVATION_VALUE: return OBSERVATION;
			case OBSERVER_SIGN_OFF_VALUE: return OBSERVER_SIGN_OFF;
			case PRACTITIONER_SIGN_OFF_VALUE: return PRACTITIONER_SIGN_OFF;
			case SUPERVISEE_SIGN_OFF_VALUE: return SUPERVISEE_SIGN_OFF;
			case SUPERVISOR_SIGN_OFF_VALUE: return SUPERVISOR_SIGN_OFF;
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
	private SignOffStep(int value, String name, String literal) {
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
	
} //SignOffStep
