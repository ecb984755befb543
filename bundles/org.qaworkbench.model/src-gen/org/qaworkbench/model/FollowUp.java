/**
 */
package org.qaworkbench.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Follow Up</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The auditor's check, three months on, that an action was done and made a difference.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.qaworkbench.model.FollowUp#getDueOn <em>Due On</em>}</li>
 *   <li>{@link org.qaworkbench.model.FollowUp#getCheckedOn <em>Checked On</em>}</li>
 *   <li>{@link org.qaworkbench.model.FollowUp#isDone <em>Done</em>}</li>
 *   <li>{@link org.qaworkbench.model.FollowUp#getOutcome <em>Outcome</em>}</li>
 * </ul>
 *
 * @see org.qaworkbench.model.QaPackage#getFollowUp()
 * @model
 * @generated
 */
public interface FollowUp extends EObject {
	/**
	 * Returns the value of the '<em><b>Due On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Due On</em>' attribute.
	 * @see #setDueOn(LocalDate)
	 * @see org.qaworkbench.model.QaPackage#getFollowUp_DueOn()
	 * @model dataType="org.qaworkbench.model.LocalDate"
	 * @generated
	 */
	LocalDate getDueOn();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.FollowUp#getDueOn <em>Due On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Due On</em>' attribute.
	 * @see #getDueOn()
	 * @generated
	 */
	void setDueOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Checked On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Checked On</em>' attribute.
	 * @see #setCheckedOn(LocalDate)
	 * @see org.qaworkbench.model.QaPackage#getFollowUp_CheckedOn()
	 * @model dataType="org.qaworkbench.model.LocalDate"
	 * @generated
	 */
	LocalDate getCheckedOn();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.FollowUp#getCheckedOn <em>Checked On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Checked On</em>' attribute.
	 * @see #getCheckedOn()
	 * @generated
	 */
	void setCheckedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Done</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Done</em>' attribute.
	 * @see #setDone(boolean)
	 * @see org.qaworkbench.model.QaPackage#getFollowUp_Done()
	 * @model
	 * @generated
	 */
	boolean isDone();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.FollowUp#isDone <em>Done</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Done</em>' attribute.
	 * @see #isDone()
	 * @generated
	 */
	void setDone(boolean value);

	/**
	 * Returns the value of the '<em><b>Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outcome</em>' attribute.
	 * @see #setOutcome(String)
	 * @see org.qaworkbench.model.QaPackage#getFollowUp_Outcome()
	 * @model
	 * @generated
	 */
	String getOutcome();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.FollowUp#getOutcome <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outcome</em>' attribute.
	 * @see #getOutcome()
	 * @generated
	 */
	void setOutcome(String value);

} // FollowUp
