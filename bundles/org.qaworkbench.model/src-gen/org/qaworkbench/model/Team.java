/**
 */
package org.qaworkbench.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Team</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.qaworkbench.model.Team#getName <em>Name</em>}</li>
 *   <li>{@link org.qaworkbench.model.Team#getLocality <em>Locality</em>}</li>
 * </ul>
 *
 * @see org.qaworkbench.model.QaPackage#getTeam()
 * @model
 * @generated
 */
public interface Team extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.qaworkbench.model.QaPackage#getTeam_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.Team#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Locality</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Locality</em>' reference.
	 * @see #setLocality(Locality)
	 * @see org.qaworkbench.model.QaPackage#getTeam_Locality()
	 * @model
	 * @generated
	 */
	Locality getLocality();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.Team#getLocality <em>Locality</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Locality</em>' reference.
	 * @see #getLocality()
	 * @generated
	 */
	void setLocality(Locality value);

} // Team
