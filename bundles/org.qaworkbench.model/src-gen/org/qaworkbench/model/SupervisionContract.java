/**
 */
package org.qaworkbench.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Supervision Contract</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Appendix A: the agreement between supervisor and supervisee.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.qaworkbench.model.SupervisionContract#getSupervisor <em>Supervisor</em>}</li>
 *   <li>{@link org.qaworkbench.model.SupervisionContract#getSupervisee <em>Supervisee</em>}</li>
 *   <li>{@link org.qaworkbench.model.SupervisionContract#getFrequency <em>Frequency</em>}</li>
 *   <li>{@link org.qaworkbench.model.SupervisionContract#getReasonsLessFrequent <em>Reasons Less Frequent</em>}</li>
 *   <li>{@link org.qaworkbench.model.SupervisionContract#getPreparation <em>Preparation</em>}</li>
 *   <li>{@link org.qaworkbench.model.SupervisionContract#getStorage <em>Storage</em>}</li>
 *   <li>{@link org.qaworkbench.model.SupervisionContract#getSignedBySupervisorOn <em>Signed By Supervisor On</em>}</li>
 *   <li>{@link org.qaworkbench.model.SupervisionContract#getSignedBySuperviseeOn <em>Signed By Supervisee On</em>}</li>
 *   <li>{@link org.qaworkbench.model.SupervisionContract#getReviewOn <em>Review On</em>}</li>
 * </ul>
 *
 * @see org.qaworkbench.model.QaPackage#getSupervisionContract()
 * @model
 * @generated
 */
public interface SupervisionContract extends Identified {
	/**
	 * Returns the value of the '<em><b>Supervisor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Supervisor</em>' reference.
	 * @see #setSupervisor(StaffMember)
	 * @see org.qaworkbench.model.QaPackage#getSupervisionContract_Supervisor()
	 * @model
	 * @generated
	 */
	StaffMember getSupervisor();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.SupervisionContract#getSupervisor <em>Supervisor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Supervisor</em>' reference.
	 * @see #getSupervisor()
	 * @generated
	 */
	void setSupervisor(StaffMember value);

	/**
	 * Returns the value of the '<em><b>Supervisee</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Supervisee</em>' reference.
	 * @see #setSupervisee(StaffMember)
	 * @see org.qaworkbench.model.QaPackage#getSupervisionContract_Supervisee()
	 * @model
	 * @generated
	 */
	StaffMember getSupervisee();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.SupervisionContract#getSupervisee <em>Supervisee</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Supervisee</em>' reference.
	 * @see #getSupervisee()
	 * @generated
	 */
	void setSupervisee(StaffMember value);

	/**
	 * Returns the value of the '<em><b>Frequency</b></em>' attribute.
	 * The literals are from the enumeration {@link org.qaworkbench.model.SupervisionFrequency}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Frequency</em>' attribute.
	 * @see org.qaworkbench.model.SupervisionFrequency
	 * @see #setFrequency(SupervisionFrequency)
	 * @see org.qaworkbench.model.QaPackage#getSupervisionContract_Frequency()
	 * @model
	 * @generated
	 */
	SupervisionFrequency getFrequency();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.SupervisionContract#getFrequency <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Frequency</em>' attribute.
	 * @see org.qaworkbench.model.SupervisionFrequency
	 * @see #getFrequency()
	 * @generated
	 */
	void setFrequency(SupervisionFrequency value);

	/**
	 * Returns the value of the '<em><b>Reasons Less Frequent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reasons Less Frequent</em>' attribute.
	 * @see #setReasonsLessFrequent(String)
	 * @see org.qaworkbench.model.QaPackage#getSupervisionContract_ReasonsLessFrequent()
	 * @model
	 * @generated
	 */
	String getReasonsLessFrequent();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.SupervisionContract#getReasonsLessFrequent <em>Reasons Less Frequent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reasons Less Frequent</em>' attribute.
	 * @see #getReasonsLessFrequent()
	 * @generated
	 */
	void setReasonsLessFrequent(String value);

	/**
	 * Returns the value of the '<em><b>Preparation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Preparation</em>' attribute.
	 * @see #setPreparation(String)
	 * @see org.qaworkbench.model.QaPackage#getSupervisionContract_Preparation()
	 * @model
	 * @generated
	 */
	String getPreparation();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.SupervisionContract#getPreparation <em>Preparation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Preparation</em>' attribute.
	 * @see #getPreparation()
	 * @generated
	 */
	void setPreparation(String value);

	/**
	 * Returns the value of the '<em><b>Storage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Storage</em>' attribute.
	 * @see #setStorage(String)
	 * @see org.qaworkbench.model.QaPackage#getSupervisionContract_Storage()
	 * @model
	 * @generated
	 */
	String getStorage();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.SupervisionContract#getStorage <em>Storage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Storage</em>' attribute.
	 * @see #getStorage()
	 * @generated
	 */
	void setStorage(String value);

	/**
	 * Returns the value of the '<em><b>Signed By Supervisor On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signed By Supervisor On</em>' attribute.
	 * @see #setSignedBySupervisorOn(LocalDate)
	 * @see org.qaworkbench.model.QaPackage#getSupervisionContract_SignedBySupervisorOn()
	 * @model dataType="org.qaworkbench.model.LocalDate"
	 * @generated
	 */
	LocalDate getSignedBySupervisorOn();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.SupervisionContract#getSignedBySupervisorOn <em>Signed By Supervisor On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signed By Supervisor On</em>' attribute.
	 * @see #getSignedBySupervisorOn()
	 * @generated
	 */
	void setSignedBySupervisorOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Signed By Supervisee On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signed By Supervisee On</em>' attribute.
	 * @see #setSignedBySuperviseeOn(LocalDate)
	 * @see org.qaworkbench.model.QaPackage#getSupervisionContract_SignedBySuperviseeOn()
	 * @model dataType="org.qaworkbench.model.LocalDate"
	 * @generated
	 */
	LocalDate getSignedBySuperviseeOn();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.SupervisionContract#getSignedBySuperviseeOn <em>Signed By Supervisee On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signed By Supervisee On</em>' attribute.
	 * @see #getSignedBySuperviseeOn()
	 * @generated
	 */
	void setSignedBySuperviseeOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Review On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Review On</em>' attribute.
	 * @see #setReviewOn(LocalDate)
	 * @see org.qaworkbench.model.QaPackage#getSupervisionContract_ReviewOn()
	 * @model dataType="org.qaworkbench.model.LocalDate"
	 * @generated
	 */
	LocalDate getReviewOn();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.SupervisionContract#getReviewOn <em>Review On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Review On</em>' attribute.
	 * @see #getReviewOn()
	 * @generated
	 */
	void setReviewOn(LocalDate value);

} // SupervisionContract
