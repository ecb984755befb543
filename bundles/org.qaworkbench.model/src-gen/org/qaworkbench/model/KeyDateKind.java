/**
 */
package org.qaworkbench.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Key Date Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The kinds of key date QA Workbench knows without any plugin (from the case audit tool and the standards of practice); a KeyDate's kind holds one's name, or the id of a kind a plugin contributes.
 * <!-- end-model-doc -->
 * @see org.qaworkbench.model.QaPackage#getKeyDateKind()
 * @model
 * @generated
 */
public enum KeyDateKind implements Enumerator {
	/**
	 * The '<em><b>REFERRAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REFERRAL_VALUE
	 * @generated
	 * @ordered
	 */
	REFERRAL(0, "REFERRAL", "Referral"),

	/**
	 * The '<em><b>ALLOCATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ALLOCATION_VALUE
	 * @generated
	 * @ordered
	 */
	ALLOCATION(1, "ALLOCATION", "Allocation"),

	/**
	 * The '<em><b>FIRST CONTACT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIRST_CONTACT_VALUE
	 * @generated
	 * @ordered
	 */
	FIRST_CONTACT(2, "FIRST_CONTACT", "First contact"),

	/**
	 * The '<em><b>REFERRER NOTIFIED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REFERRER_NOTIFIED_VALUE
	 * @generated
	 * @ordered
	 */
	REFERRER_NOTIFIED(3, "REFERRER_NOTIFIED", "Referrer notified"),

	/**
	 * The '<em><b>FIRST VISIT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIRST_VISIT_VALUE
	 * @generated
	 * @ordered
	 */
	FIRST_VISIT(4, "FIRST_VISIT", "First visit"),

	/**
	 * The '<em><b>ASSESSMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ASSESSMENT_VALUE
	 * @generated
	 * @ordered
	 */
	ASSESSMENT(5, "ASSESSMENT", "Assessment"),

	/**
	 * The '<em><b>FAMILY CIRCLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FAMILY_CIRCLE_VALUE
	 * @generated
	 * @ordered
	 */
	FAMILY_CIRCLE(6, "FAMILY_CIRCLE", "Family Circle"),

	/**
	 * The '<em><b>SUPPORT PLAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPPORT_PLAN_VALUE
	 * @generated
	 * @ordered
	 */
	SUPPORT_PLAN(7, "SUPPORT_PLAN", "Support plan"),

	/**
	 * The '<em><b>SUPPORT MEETING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPPORT_MEETING_VALUE
	 * @generated
	 * @ordered
	 */
	SUPPORT_MEETING(8, "SUPPORT_MEETING", "Support meeting"),

	/**
	 * The '<em><b>SUPERVISION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPERVISION_VALUE
	 * @generated
	 * @ordered
	 */
	SUPERVISION(9, "SUPERVISION", "Supervision"),

	/**
	 * The '<em><b>CLOSURE SUMMARY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLOSURE_SUMMARY_VALUE
	 * @generated
	 * @ordered
	 */
	CLOSURE_SUMMARY(10, "CLOSURE_SUMMARY", "Closure summary"),

	/**
	 * The '<em><b>CLOSURE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLOSURE_VALUE
	 * @generated
	 * @ordered
	 */
	CLOSURE(11, "CLOSURE", "Closure"),

	/**
	 * The '<em><b>CHILD SEEN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHILD_SEEN_VALUE
	 * @generated
	 * @ordered
	 */
	CHILD_SEEN(12, "CHILD_SEEN", "Child seen");

	/**
	 * The '<em><b>REFERRAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REFERRAL
	 * @model literal="Referral"
	 * @generated
	 * @ordered
	 */
	public static final int REFERRAL_VALUE = 0;

	/**
	 * The '<em><b>ALLOCATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ALLOCATION
	 * @model literal="Allocation"
	 * @generated
	 * @ordered
	 */
	public static final int ALLOCATION_VALUE = 1;

	/**
	 * The '<em><b>FIRST CONTACT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIRST_CONTACT
	 * @model literal="First contact"
	 * @generated
	 * @ordered
	 */
	public static final int FIRST_CONTACT_VALUE = 2;

	/**
	 * The '<em><b>REFERRER NOTIFIED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REFERRER_NOTIFIED
	 * @model literal="Referrer notified"
	 * @generated
	 * @ordered
	 */
	public static final int REFERRER_NOTIFIED_VALUE = 3;

	/**
	 * The '<em><b>FIRST VISIT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIRST_VISIT
	 * @model literal="First visit"
	 * @generated
	 * @ordered
	 */
	public static final int FIRST_VISIT_VALUE = 4;

	/**
	 * The '<em><b>ASSESSMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ASSESSMENT
	 * @model literal="Assessment"
	 * @generated
	 * @ordered
	 */
	public static final int ASSESSMENT_VALUE = 5;

	/**
	 * The '<em><b>FAMILY CIRCLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FAMILY_CIRCLE
	 * @model literal="Family Circle"
	 * @generated
	 * @ordered
	 */
	public static final int FAMILY_CIRCLE_VALUE = 6;

	/**
	 * The '<em><b>SUPPORT PLAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPPORT_PLAN
	 * @model literal="Support plan"
	 * @generated
	 * @ordered
	 */
	public static final int SUPPORT_PLAN_VALUE = 7;

	/**
	 * The '<em><b>SUPPORT MEETING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPPORT_MEETING
	 * @model literal="Support meeting"
	 * @generated
	 * @ordered
	 */
	public static final int SUPPORT_MEETING_VALUE = 8;

	/**
	 * The '<em><b>SUPERVISION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPERVISION
	 * @model literal="Supervision"
	 * @generated
	 * @ordered
	 */
	public static final int SUPERVISION_VALUE = 9;

	/**
	 * The '<em><b>CLOSURE SUMMARY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLOSURE_SUMMARY
	 * @model literal="Closure summary"
	 * @generated
	 * @ordered
	 */
	public static final int CLOSURE_SUMMARY_VALUE = 10;

	/**
	 * The '<em><b>CLOSURE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLOSURE
	 * @model literal="Closure"
	 * @generated
	 * @ordered
	 */
	public static final int CLOSURE_VALUE = 11;

	/**
	 * The '<em><b>CHILD SEEN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHILD_SEEN
	 * @model literal="Child seen"
	 * @generated
	 * @ordered
	 */
	public static final int CHILD_SEEN_VALUE = 12;

	/**
	 * An array of all the '<em><b>Key Date Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final KeyDateKind[] VALUES_ARRAY =
		new KeyDateKind[] {
			REFERRAL,
			ALLOCATION,
			FIRST_CONTACT,
			REFERRER_NOTIFIED,
			FIRST_VISIT,
			ASSESSMENT,
			FAMILY_CIRCLE,
			SUPPORT_PLAN,
			SUPPORT_MEETING,
			SUPERVISION,
			CLOSURE_SUMMARY,
			CLOSURE,
			CHILD_SEEN,
		};

	/**
	 * A public read-only list of all the '<em><b>Key Date Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<KeyDateKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Key Date Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static KeyDateKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			KeyDateKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Key Date Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static KeyDateKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			KeyDateKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Key Date Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static KeyDateKind get(int value) {
		switch (value) {
			case REFERRAL_VALUE: return REFERRAL;
			case ALLOCATION_VALUE: return ALLOCATION;
			case FIRST_CONTACT_VALUE: return FIRST_CONTACT;
			case REFERRER_NOTIFIED_VALUE: return REFERRER_NOTIFIED;
			case FIRST_VISIT_VALUE: return FIRST_VISIT;
			case ASSESSMENT_VALUE: return ASSESSMENT;
			case FAMILY_CIRCLE_VALUE: return FAMILY_CIRCLE;
			case SUPPORT_PLAN_VALUE: return SUPPORT_PLAN;
			case SUPPORT_MEETING_VALUE: return SUPPORT_MEETING;
			case SUPERVISION_VALUE: return SUPERVISION;
			case CLOSURE_SUMMARY_VALUE: return CLOSURE_SUMMARY;
			case CLOSURE_VALUE: return CLOSURE;
			case CHILD_SEEN_VALUE: return CHILD_SEEN;
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
	private KeyDateKind(int value, String name, String literal) {
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
	
} //KeyDateKind
