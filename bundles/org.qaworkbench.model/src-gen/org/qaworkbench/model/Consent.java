/**
 */
package org.qaworkbench.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Consent</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.qaworkbench.model.Consent#getGivenBy <em>Given By</em>}</li>
 *   <li>{@link org.qaworkbench.model.Consent#getGivenTo <em>Given To</em>}</li>
 *   <li>{@link org.qaworkbench.model.Consent#getGivenOn <em>Given On</em>}</li>
 * </ul>
 *
 * @see org.qaworkbench.model.QaPackage#getConsent()
 * @model
 * @generated
 */
public interface Consent extends EObject {
	/**
	 * Returns the value of the '<em><b>Given By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Given By</em>' attribute.
	 * @see #setGivenBy(String)
	 * @see org.qaworkbench.model.QaPackage#getConsent_GivenBy()
	 * @model
	 * @generated
	 */
	String getGivenBy();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.Consent#getGivenBy <em>Given By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Given By</em>' attribute.
	 * @see #getGivenBy()
	 * @generated
	 */
	void setGivenBy(String value);

	/**
	 * Returns the value of the '<em><b>Given To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Given To</em>' attribute.
	 * @see #setGivenTo(String)
	 * @see org.qaworkbench.model.QaPackage#getConsent_GivenTo()
	 * @model
	 * @generated
	 */
	String getGivenTo();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.Consent#getGivenTo <em>Given To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Given To</em>' attribute.
	 * @see #getGivenTo()
	 * @generated
	 */
	void setGivenTo(String value);

	/**
	 * Returns the value of the '<em><b>Given On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Given On</em>' attribute.
	 * @see #setGivenOn(LocalDate)
	 * @see org.qaworkbench.model.QaPackage#getConsent_GivenOn()
	 * @model dataType="org.qaworkbench.model.LocalDate"
	 * @generated
	 */
	LocalDate getGivenOn();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.Consent#getGivenOn <em>Given On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Given On</em>' attribute.
	 * @see #getGivenOn()
	 * @generated
	 */
	void setGivenOn(LocalDate value);

} // Consent
