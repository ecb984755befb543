/**
 */
package org.qaworkbench.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Role</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.qaworkbench.model.QaPackage#getRole()
 * @model
 * @generated
 */
public enum Role implements Enumerator {
	/**
	 * The '<em><b>PRACTITIONER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRACTITIONER_VALUE
	 * @generated
	 * @ordered
	 */
	PRACTITIONER(0, "PRACTITIONER", "Practitioner"),

	/**
	 * The '<em><b>ASSISTANT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ASSISTANT_VALUE
	 * @generated
	 * @ordered
	 */
	ASSISTANT(1, "ASSISTANT", "Assistant"),

	/**
	 * The '<em><b>SENIOR PRACTITIONER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SENIOR_PRACTITIONER_VALUE
	 * @generated
	 * @ordered
	 */
	SENIOR_PRACTITIONER(2, "SENIOR_PRACTITIONER", "Senior practitioner"),

	/**
	 * The '<em><b>TEAM LEADER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TEAM_LEADER_VALUE
	 * @generated
	 * @ordered
	 */
	TEAM_LEADER(3, "TEAM_LEADER", "Team leader"),

	/**
	 * The '<em><b>SERVICE DELIVERY MANAGER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SERVICE_DELIVERY_MANAGER_VALUE
	 * @generated
	 * @ordered
	 */
	SERVICE_DELIVERY_MANAGER(4, "SERVICE_DELIVERY_MANAGER", "Service delivery manager"),

	/**
	 * The '<em><b>QUALITY LEAD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QUALITY_LEAD_VALUE
	 * @generated
	 * @ordered
	 */
	QUALITY_LEAD(5, "QUALITY_LEAD", "Quality lead"),

	/**
	 * The '<em><b>BUSINESS SUPPORT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BUSINESS_SUPPORT_VALUE
	 * @generated
	 * @ordered
	 */
	BUSINESS_SUPPORT(6, "BUSINESS_SUPPORT", "Business support"),

	/**
	 * The '<em><b>ADMINISTRATOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADMINISTRATOR_VALUE
	 * @generated
	 * @ordered
	 */
	ADMINISTRATOR(7, "ADMINISTRATOR", "Administrator");

	/**
	 * The '<em><b>PRACTITIONER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRACTITIONER
	 * @model literal="Practitioner"
	 * @generated
	 * @ordered
	 */
	public static final int PRACTITIONER_VALUE = 0;

	/**
	 * The '<em><b>ASSISTANT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ASSISTANT
	 * @model literal="Assistant"
	 * @generated
	 * @ordered
	 */
	public static final int ASSISTANT_VALUE = 1;

	/**
	 * The '<em><b>SENIOR PRACTITIONER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SENIOR_PRACTITIONER
	 * @model literal="Senior practitioner"
	 * @generated
	 * @ordered
	 */
	public static final int SENIOR_PRACTITIONER_VALUE = 2;

	/**
	 * The '<em><b>TEAM LEADER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TEAM_LEADER
	 * @model literal="Team leader"
	 * @generated
	 * @ordered
	 */
	public static final int TEAM_LEADER_VALUE = 3;

	/**
	 * The '<em><b>SERVICE DELIVERY MANAGER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SERVICE_DELIVERY_MANAGER
	 * @model literal="Service delivery manager"
	 * @generated
	 * @ordered
	 */
	public static final int SERVICE_DELIVERY_MANAGER_VALUE = 4;

	/**
	 * The '<em><b>QUALITY LEAD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QUALITY_LEAD
	 * @model literal="Quality lead"
	 * @generated
	 * @ordered
	 */
	public static final int QUALITY_LEAD_VALUE = 5;

	/**
	 * The '<em><b>BUSINESS SUPPORT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BUSINESS_SUPPORT
	 * @model literal="Business support"
	 * @generated
	 * @ordered
	 */
	public static final int BUSINESS_SUPPORT_VALUE = 6;

	/**
	 * The '<em><b>ADMINISTRATOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADMINISTRATOR
	 * @model literal="Administrator"
	 * @generated
	 * @ordered
	 */
	public static final int ADMINISTRATOR_VALUE = 7;

	/**
	 * An array of all the '<em><b>Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Role[] VALUES_ARRAY =
		new Role[] {
			PRACTITIONER,
			ASSISTANT,
			SENIOR_PRACTITIONER,
			TEAM_LEADER,
			SERVICE_DELIVERY_MANAGER,
			QUALITY_LEAD,
			BUSINESS_SUPPORT,
			ADMINISTRATOR,
		};

	/**
	 * A public read-only list of all the '<em><b>Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Role> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Role</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Role get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Role result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Role</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Role getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Role result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Role</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Role get(int value) {
		switch (value) {
			case PRACTITIONER_VALUE: return PRACTITIONER;
			case ASSISTANT_VALUE: return ASSISTANT;
			case SENIOR_PRACTITIONER_VALUE: return SENIOR_PRACTITIONER;
			case TEAM_LEADER_VALUE: return TEAM_LEADER;
			case SERVICE_DELIVERY_MANAGER_VALUE: return SERVICE_DELIVERY_MANAGER;
			case QUALITY_LEAD_VALUE: return QUALITY_LEAD;
			case BUSINESS_SUPPORT_VALUE: return BUSINESS_SUPPORT;
			case ADMINISTRATOR_VALUE: return ADMINISTRATOR;
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
	private Role(int value, String name, String literal) {
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
	
} //Role
