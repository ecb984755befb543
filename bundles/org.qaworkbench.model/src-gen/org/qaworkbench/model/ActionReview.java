/**
 */
package org.qaworkbench.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Action Review</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An action carried forward into a supervision to be reviewed ("Are actions agreed checked at the subsequent supervision session?"): where it came from, what it was, and what the review found.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.qaworkbench.model.ActionReview#getOrigin <em>Origin</em>}</li>
 *   <li>{@link org.qaworkbench.model.ActionReview#getOriginId <em>Origin Id</em>}</li>
 *   <li>{@link org.qaworkbench.model.ActionReview#getAction <em>Action</em>}</li>
 *   <li>{@link org.qaworkbench.model.ActionReview#getByWhom <em>By Whom</em>}</li>
 *   <li>{@link org.qaworkbench.model.ActionReview#getTimescale <em>Timescale</em>}</li>
 *   <li>{@link org.qaworkbench.model.ActionReview#getDueOn <em>Due On</em>}</li>
 *   <li>{@link org.qaworkbench.model.ActionReview#isDone <em>Done</em>}</li>
 *   <li>{@link org.qaworkbench.model.ActionReview#getComment <em>Comment</em>}</li>
 * </ul>
 *
 * @see org.qaworkbench.model.QaPackage#getActionReview()
 * @model
 * @generated
 */
public interface ActionReview extends EObject {
	/**
	 * Returns the value of the '<em><b>Origin</b></em>' attribute.
	 * The literals are from the enumeration {@link org.qaworkbench.model.ActionOrigin}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Origin</em>' attribute.
	 * @see org.qaworkbench.model.ActionOrigin
	 * @see #setOrigin(ActionOrigin)
	 * @see org.qaworkbench.model.QaPackage#getActionReview_Origin()
	 * @model
	 * @generated
	 */
	ActionOrigin getOrigin();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.ActionReview#getOrigin <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Origin</em>' attribute.
	 * @see org.qaworkbench.model.ActionOrigin
	 * @see #getOrigin()
	 * @generated
	 */
	void setOrigin(ActionOrigin value);

	/**
	 * Returns the value of the '<em><b>Origin Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The record of supervision the action was agreed in, or the remedial action (audit or observation) it is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Origin Id</em>' attribute.
	 * @see #setOriginId(long)
	 * @see org.qaworkbench.model.QaPackage#getActionReview_OriginId()
	 * @model
	 * @generated
	 */
	long getOriginId();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.ActionReview#getOriginId <em>Origin Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Origin Id</em>' attribute.
	 * @see #getOriginId()
	 * @generated
	 */
	void setOriginId(long value);

	/**
	 * Returns the value of the '<em><b>Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Action</em>' attribute.
	 * @see #setAction(String)
	 * @see org.qaworkbench.model.QaPackage#getActionReview_Action()
	 * @model
	 * @generated
	 */
	String getAction();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.ActionReview#getAction <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Action</em>' attribute.
	 * @see #getAction()
	 * @generated
	 */
	void setAction(String value);

	/**
	 * Returns the value of the '<em><b>By Whom</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>By Whom</em>' attribute.
	 * @see #setByWhom(String)
	 * @see org.qaworkbench.model.QaPackage#getActionReview_ByWhom()
	 * @model
	 * @generated
	 */
	String getByWhom();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.ActionReview#getByWhom <em>By Whom</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>By Whom</em>' attribute.
	 * @see #getByWhom()
	 * @generated
	 */
	void setByWhom(String value);

	/**
	 * Returns the value of the '<em><b>Timescale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Timescale</em>' attribute.
	 * @see #setTimescale(String)
	 * @see org.qaworkbench.model.QaPackage#getActionReview_Timescale()
	 * @model
	 * @generated
	 */
	String getTimescale();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.ActionReview#getTimescale <em>Timescale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Timescale</em>' attribute.
	 * @see #getTimescale()
	 * @generated
	 */
	void setTimescale(String value);

	/**
	 * Returns the value of the '<em><b>Due On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Due On</em>' attribute.
	 * @see #setDueOn(LocalDate)
	 * @see org.qaworkbench.model.QaPackage#getActionReview_DueOn()
	 * @model dataType="org.qaworkbench.model.LocalDate"
	 * @generated
	 */
	LocalDate getDueOn();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.ActionReview#getDueOn <em>Due On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Due On</em>' attribute.
	 * @see #getDueOn()
	 * @generated
	 */
	void setDueOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Done</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Found done at this review.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Done</em>' attribute.
	 * @see #setDone(boolean)
	 * @see org.qaworkbench.model.QaPackage#getActionReview_Done()
	 * @model
	 * @generated
	 */
	boolean isDone();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.ActionReview#isDone <em>Done</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Done</em>' attribute.
	 * @see #isDone()
	 * @generated
	 */
	void setDone(boolean value);

	/**
	 * Returns the value of the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the review found.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Comment</em>' attribute.
	 * @see #setComment(String)
	 * @see org.qaworkbench.model.QaPackage#getActionReview_Comment()
	 * @model
	 * @generated
	 */
	String getComment();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.ActionReview#getComment <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Comment</em>' attribute.
	 * @see #getComment()
	 * @generated
	 */
	void setComment(String value);

} // ActionReview
