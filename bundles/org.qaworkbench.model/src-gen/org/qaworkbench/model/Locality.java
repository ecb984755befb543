/**
 */
package org.qaworkbench.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Locality</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A locality area, such as Hadley Castle, The Wrekin or Lakeside South.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.qaworkbench.model.Locality#getName <em>Name</em>}</li>
 *   <li>{@link org.qaworkbench.model.Locality#getTeams <em>Teams</em>}</li>
 * </ul>
 *
 * @see org.qaworkbench.model.QaPackage#getLocality()
 * @model
 * @generated
 */
public interface Locality extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.qaworkbench.model.QaPackage#getLocality_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.Locality#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Teams</b></em>' containment reference list.
	 * The list contents are of type {@link org.qaworkbench.model.Team}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Teams</em>' containment reference list.
	 * @see org.qaworkbench.model.QaPackage#getLocality_Teams()
	 * @model containment="true"
	 * @generated
	 */
	EList<Team> getTeams();

} // Locality
