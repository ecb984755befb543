/**
 */
package org.qaworkbench.model;

import java.time.Instant;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sign Off</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A step of the workflow taken by someone in a role.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.qaworkbench.model.SignOff#getStep <em>Step</em>}</li>
 *   <li>{@link org.qaworkbench.model.SignOff#getBy <em>By</em>}</li>
 *   <li>{@link org.qaworkbench.model.SignOff#getRole <em>Role</em>}</li>
 *   <li>{@link org.qaworkbench.model.SignOff#getAt <em>At</em>}</li>
 *   <li>{@link org.qaworkbench.model.SignOff#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see org.qaworkbench.model.QaPackage#getSignOff()
 * @model
 * @generated
 */
public interface SignOff extends EObject {
	/**
	 * Returns the value of the '<em><b>Step</b></em>' attribute.
	 * The literals are from the enumeration {@link org.qaworkbench.model.SignOffStep}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Step</em>' attribute.
	 * @see org.qaworkbench.model.SignOffStep
	 * @see #setStep(SignOffStep)
	 * @see org.qaworkbench.model.QaPackage#getSignOff_Step()
	 * @model
	 * @generated
	 */
	SignOffStep getStep();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.SignOff#getStep <em>Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Step</em>' attribute.
	 * @see org.qaworkbench.model.SignOffStep
	 * @see #getStep()
	 * @generated
	 */
	void setStep(SignOffStep value);

	/**
	 * Returns the value of the '<em><b>By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>By</em>' attribute.
	 * @see #setBy(String)
	 * @see org.qaworkbench.model.QaPackage#getSignOff_By()
	 * @model
	 * @generated
	 */
	String getBy();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.SignOff#getBy <em>By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>By</em>' attribute.
	 * @see #getBy()
	 * @generated
	 */
	void setBy(String value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The literals are from the enumeration {@link org.qaworkbench.model.Role}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see org.qaworkbench.model.Role
	 * @see #setRole(Role)
	 * @see org.qaworkbench.model.QaPackage#getSignOff_Role()
	 * @model
	 * @generated
	 */
	Role getRole();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.SignOff#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see org.qaworkbench.model.Role
	 * @see #getRole()
	 * @generated
	 */
	void setRole(Role value);

	/**
	 * Returns the value of the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>At</em>' attribute.
	 * @see #setAt(Instant)
	 * @see org.qaworkbench.model.QaPackage#getSignOff_At()
	 * @model dataType="org.qaworkbench.model.Instant"
	 * @generated
	 */
	Instant getAt();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.SignOff#getAt <em>At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>At</em>' attribute.
	 * @see #getAt()
	 * @generated
	 */
	void setAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.qaworkbench.model.QaPackage#getSignOff_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.SignOff#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

} // SignOff
