/**
 */
package org.qaworkbench.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Case</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A case file: a child and family known to the service.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.qaworkbench.model.Case#getCaseNumber <em>Case Number</em>}</li>
 *   <li>{@link org.qaworkbench.model.Case#getChild <em>Child</em>}</li>
 *   <li>{@link org.qaworkbench.model.Case#getFamilyNames <em>Family Names</em>}</li>
 *   <li>{@link org.qaworkbench.model.Case#getLocality <em>Locality</em>}</li>
 *   <li>{@link org.qaworkbench.model.Case#getStatus <em>Status</em>}</li>
 *   <li>{@link org.qaworkbench.model.Case#getReferralRoute <em>Referral Route</em>}</li>
 *   <li>{@link org.qaworkbench.model.Case#getAllocations <em>Allocations</em>}</li>
 *   <li>{@link org.qaworkbench.model.Case#getLineManager <em>Line Manager</em>}</li>
 *   <li>{@link org.qaworkbench.model.Case#getKeyDates <em>Key Dates</em>}</li>
 * </ul>
 *
 * @see org.qaworkbench.model.QaPackage#getCase()
 * @model
 * @generated
 */
public interface Case extends Identified {
	/**
	 * Returns the value of the '<em><b>Case Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The LLCS number.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Case Number</em>' attribute.
	 * @see #setCaseNumber(String)
	 * @see org.qaworkbench.model.QaPackage#getCase_CaseNumber()
	 * @model
	 * @generated
	 */
	String getCaseNumber();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.Case#getCaseNumber <em>Case Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Case Number</em>' attribute.
	 * @see #getCaseNumber()
	 * @generated
	 */
	void setCaseNumber(String value);

	/**
	 * Returns the value of the '<em><b>Child</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Child</em>' containment reference.
	 * @see #setChild(Child)
	 * @see org.qaworkbench.model.QaPackage#getCase_Child()
	 * @model containment="true"
	 * @generated
	 */
	Child getChild();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.Case#getChild <em>Child</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Child</em>' containment reference.
	 * @see #getChild()
	 * @generated
	 */
	void setChild(Child value);

	/**
	 * Returns the value of the '<em><b>Family Names</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Family Names</em>' attribute.
	 * @see #setFamilyNames(String)
	 * @see org.qaworkbench.model.QaPackage#getCase_FamilyNames()
	 * @model
	 * @generated
	 */
	String getFamilyNames();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.Case#getFamilyNames <em>Family Names</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Family Names</em>' attribute.
	 * @see #getFamilyNames()
	 * @generated
	 */
	void setFamilyNames(String value);

	/**
	 * Returns the value of the '<em><b>Locality</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Locality</em>' reference.
	 * @see #setLocality(Locality)
	 * @see org.qaworkbench.model.QaPackage#getCase_Locality()
	 * @model
	 * @generated
	 */
	Locality getLocality();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.Case#getLocality <em>Locality</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Locality</em>' reference.
	 * @see #getLocality()
	 * @generated
	 */
	void setLocality(Locality value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.qaworkbench.model.CaseStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.qaworkbench.model.CaseStatus
	 * @see #setStatus(CaseStatus)
	 * @see org.qaworkbench.model.QaPackage#getCase_Status()
	 * @model
	 * @generated
	 */
	CaseStatus getStatus();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.Case#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.qaworkbench.model.CaseStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(CaseStatus value);

	/**
	 * Returns the value of the '<em><b>Referral Route</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Referral Route</em>' attribute.
	 * @see #setReferralRoute(String)
	 * @see org.qaworkbench.model.QaPackage#getCase_ReferralRoute()
	 * @model
	 * @generated
	 */
	String getReferralRoute();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.Case#getReferralRoute <em>Referral Route</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Referral Route</em>' attribute.
	 * @see #getReferralRoute()
	 * @generated
	 */
	void setReferralRoute(String value);

	/**
	 * Returns the value of the '<em><b>Allocations</b></em>' containment reference list.
	 * The list contents are of type {@link org.qaworkbench.model.Allocation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Current worker last; earlier ones have a closing date.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Allocations</em>' containment reference list.
	 * @see org.qaworkbench.model.QaPackage#getCase_Allocations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Allocation> getAllocations();

	/**
	 * Returns the value of the '<em><b>Line Manager</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Line Manager</em>' reference.
	 * @see #setLineManager(StaffMember)
	 * @see org.qaworkbench.model.QaPackage#getCase_LineManager()
	 * @model
	 * @generated
	 */
	StaffMember getLineManager();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.Case#getLineManager <em>Line Manager</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Line Manager</em>' reference.
	 * @see #getLineManager()
	 * @generated
	 */
	void setLineManager(StaffMember value);

	/**
	 * Returns the value of the '<em><b>Key Dates</b></em>' containment reference list.
	 * The list contents are of type {@link org.qaworkbench.model.KeyDate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key Dates</em>' containment reference list.
	 * @see org.qaworkbench.model.QaPackage#getCase_KeyDates()
	 * @model containment="true"
	 * @generated
	 */
	EList<KeyDate> getKeyDates();

} // Case
