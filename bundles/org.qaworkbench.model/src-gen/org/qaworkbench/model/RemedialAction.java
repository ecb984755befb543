/**
 */
package org.qaworkbench.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Remedial Action</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.qaworkbench.model.RemedialAction#getAssessment <em>Assessment</em>}</li>
 *   <li>{@link org.qaworkbench.model.RemedialAction#getItemId <em>Item Id</em>}</li>
 *   <li>{@link org.qaworkbench.model.RemedialAction#getAction <em>Action</em>}</li>
 *   <li>{@link org.qaworkbench.model.RemedialAction#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.qaworkbench.model.RemedialAction#getDueOn <em>Due On</em>}</li>
 *   <li>{@link org.qaworkbench.model.RemedialAction#getHowAddressed <em>How Addressed</em>}</li>
 *   <li>{@link org.qaworkbench.model.RemedialAction#getCompletedOn <em>Completed On</em>}</li>
 *   <li>{@link org.qaworkbench.model.RemedialAction#getInitials <em>Initials</em>}</li>
 *   <li>{@link org.qaworkbench.model.RemedialAction#getFollowUp <em>Follow Up</em>}</li>
 *   <li>{@link org.qaworkbench.model.RemedialAction#getObservation <em>Observation</em>}</li>
 * </ul>
 *
 * @see org.qaworkbench.model.QaPackage#getRemedialAction()
 * @model
 * @generated
 */
public interface RemedialAction extends Identified {
	/**
	 * Returns the value of the '<em><b>Assessment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Assessment</em>' reference.
	 * @see #setAssessment(Assessment)
	 * @see org.qaworkbench.model.QaPackage#getRemedialAction_Assessment()
	 * @model
	 * @generated
	 */
	Assessment getAssessment();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.RemedialAction#getAssessment <em>Assessment</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Assessment</em>' reference.
	 * @see #getAssessment()
	 * @generated
	 */
	void setAssessment(Assessment value);

	/**
	 * Returns the value of the '<em><b>Item Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The item the action arose from, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Item Id</em>' attribute.
	 * @see #setItemId(String)
	 * @see org.qaworkbench.model.QaPackage#getRemedialAction_ItemId()
	 * @model
	 * @generated
	 */
	String getItemId();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.RemedialAction#getItemId <em>Item Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Item Id</em>' attribute.
	 * @see #getItemId()
	 * @generated
	 */
	void setItemId(String value);

	/**
	 * Returns the value of the '<em><b>Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Action</em>' attribute.
	 * @see #setAction(String)
	 * @see org.qaworkbench.model.QaPackage#getRemedialAction_Action()
	 * @model
	 * @generated
	 */
	String getAction();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.RemedialAction#getAction <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Action</em>' attribute.
	 * @see #getAction()
	 * @generated
	 */
	void setAction(String value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(StaffMember)
	 * @see org.qaworkbench.model.QaPackage#getRemedialAction_Owner()
	 * @model
	 * @generated
	 */
	StaffMember getOwner();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.RemedialAction#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(StaffMember value);

	/**
	 * Returns the value of the '<em><b>Due On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Due On</em>' attribute.
	 * @see #setDueOn(LocalDate)
	 * @see org.qaworkbench.model.QaPackage#getRemedialAction_DueOn()
	 * @model dataType="org.qaworkbench.model.LocalDate"
	 * @generated
	 */
	LocalDate getDueOn();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.RemedialAction#getDueOn <em>Due On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Due On</em>' attribute.
	 * @see #getDueOn()
	 * @generated
	 */
	void setDueOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>How Addressed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>How Addressed</em>' attribute.
	 * @see #setHowAddressed(String)
	 * @see org.qaworkbench.model.QaPackage#getRemedialAction_HowAddressed()
	 * @model
	 * @generated
	 */
	String getHowAddressed();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.RemedialAction#getHowAddressed <em>How Addressed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>How Addressed</em>' attribute.
	 * @see #getHowAddressed()
	 * @generated
	 */
	void setHowAddressed(String value);

	/**
	 * Returns the value of the '<em><b>Completed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Completed On</em>' attribute.
	 * @see #setCompletedOn(LocalDate)
	 * @see org.qaworkbench.model.QaPackage#getRemedialAction_CompletedOn()
	 * @model dataType="org.qaworkbench.model.LocalDate"
	 * @generated
	 */
	LocalDate getCompletedOn();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.RemedialAction#getCompletedOn <em>Completed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Completed On</em>' attribute.
	 * @see #getCompletedOn()
	 * @generated
	 */
	void setCompletedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Initials</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Initials</em>' attribute.
	 * @see #setInitials(String)
	 * @see org.qaworkbench.model.QaPackage#getRemedialAction_Initials()
	 * @model
	 * @generated
	 */
	String getInitials();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.RemedialAction#getInitials <em>Initials</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Initials</em>' attribute.
	 * @see #getInitials()
	 * @generated
	 */
	void setInitials(String value);

	/**
	 * Returns the value of the '<em><b>Follow Up</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Follow Up</em>' containment reference.
	 * @see #setFollowUp(FollowUp)
	 * @see org.qaworkbench.model.QaPackage#getRemedialAction_FollowUp()
	 * @model containment="true"
	 * @generated
	 */
	FollowUp getFollowUp();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.RemedialAction#getFollowUp <em>Follow Up</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Follow Up</em>' containment reference.
	 * @see #getFollowUp()
	 * @generated
	 */
	void setFollowUp(FollowUp value);

	/**
	 * Returns the value of the '<em><b>Observation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A development action from an observation's recommendations (no assessment then): confidential like the observation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Observation</em>' reference.
	 * @see #setObservation(DirectObservation)
	 * @see org.qaworkbench.model.QaPackage#getRemedialAction_Observation()
	 * @model
	 * @generated
	 */
	DirectObservation getObservation();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.RemedialAction#getObservation <em>Observation</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Observation</em>' reference.
	 * @see #getObservation()
	 * @generated
	 */
	void setObservation(DirectObservation value);

} // RemedialAction
