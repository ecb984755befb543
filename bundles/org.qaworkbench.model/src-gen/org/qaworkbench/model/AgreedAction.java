/**
 */
package org.qaworkbench.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Agreed Action</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An action agreed in casework supervision, with who does it and by when.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.qaworkbench.model.AgreedAction#getAction <em>Action</em>}</li>
 *   <li>{@link org.qaworkbench.model.AgreedAction#getByWhom <em>By Whom</em>}</li>
 *   <li>{@link org.qaworkbench.model.AgreedAction#getDueOn <em>Due On</em>}</li>
 * </ul>
 *
 * @see org.qaworkbench.model.QaPackage#getAgreedAction()
 * @model
 * @generated
 */
public interface AgreedAction extends EObject {
	/**
	 * Returns the value of the '<em><b>Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Action</em>' attribute.
	 * @see #setAction(String)
	 * @see org.qaworkbench.model.QaPackage#getAgreedAction_Action()
	 * @model
	 * @generated
	 */
	String getAction();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.AgreedAction#getAction <em>Action</em>}' attribute.
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
	 * @see org.qaworkbench.model.QaPackage#getAgreedAction_ByWhom()
	 * @model
	 * @generated
	 */
	String getByWhom();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.AgreedAction#getByWhom <em>By Whom</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>By Whom</em>' attribute.
	 * @see #getByWhom()
	 * @generated
	 */
	void setByWhom(String value);

	/**
	 * Returns the value of the '<em><b>Due On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Due On</em>' attribute.
	 * @see #setDueOn(LocalDate)
	 * @see org.qaworkbench.model.QaPackage#getAgreedAction_DueOn()
	 * @model dataType="org.qaworkbench.model.LocalDate"
	 * @generated
	 */
	LocalDate getDueOn();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.AgreedAction#getDueOn <em>Due On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Due On</em>' attribute.
	 * @see #getDueOn()
	 * @generated
	 */
	void setDueOn(LocalDate value);

} // AgreedAction
