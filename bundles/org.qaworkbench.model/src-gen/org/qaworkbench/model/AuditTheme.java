/**
 */
package org.qaworkbench.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Audit Theme</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A theme of cross-locality audits (CSE/CE, domestic abuse...): an editable list; a retired theme stays on the audits that used it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.qaworkbench.model.AuditTheme#getName <em>Name</em>}</li>
 *   <li>{@link org.qaworkbench.model.AuditTheme#isRetired <em>Retired</em>}</li>
 * </ul>
 *
 * @see org.qaworkbench.model.QaPackage#getAuditTheme()
 * @model
 * @generated
 */
public interface AuditTheme extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.qaworkbench.model.QaPackage#getAuditTheme_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.AuditTheme#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Retired</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Retired</em>' attribute.
	 * @see #setRetired(boolean)
	 * @see org.qaworkbench.model.QaPackage#getAuditTheme_Retired()
	 * @model
	 * @generated
	 */
	boolean isRetired();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.AuditTheme#isRetired <em>Retired</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Retired</em>' attribute.
	 * @see #isRetired()
	 * @generated
	 */
	void setRetired(boolean value);

} // AuditTheme
