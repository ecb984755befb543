/**
 */
package org.qaworkbench.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Service</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The organisation: a children's service with its localities and staff.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.qaworkbench.model.Service#getName <em>Name</em>}</li>
 *   <li>{@link org.qaworkbench.model.Service#getLocalities <em>Localities</em>}</li>
 *   <li>{@link org.qaworkbench.model.Service#getStaff <em>Staff</em>}</li>
 * </ul>
 *
 * @see org.qaworkbench.model.QaPackage#getService()
 * @model
 * @generated
 */
public interface Service extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.qaworkbench.model.QaPackage#getService_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.Service#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Localities</b></em>' containment reference list.
	 * The list contents are of type {@link org.qaworkbench.model.Locality}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Localities</em>' containment reference list.
	 * @see org.qaworkbench.model.QaPackage#getService_Localities()
	 * @model containment="true"
	 * @generated
	 */
	EList<Locality> getLocalities();

	/**
	 * Returns the value of the '<em><b>Staff</b></em>' containment reference list.
	 * The list contents are of type {@link org.qaworkbench.model.StaffMember}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Staff</em>' containment reference list.
	 * @see org.qaworkbench.model.QaPackage#getService_Staff()
	 * @model containment="true"
	 * @generated
	 */
	EList<StaffMember> getStaff();

} // Service
