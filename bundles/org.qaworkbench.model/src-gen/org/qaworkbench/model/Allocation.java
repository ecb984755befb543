/**
 */
package org.qaworkbench.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Allocation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A worker allocated to a case, from one date until (for previous workers) another.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.qaworkbench.model.Allocation#getWorker <em>Worker</em>}</li>
 *   <li>{@link org.qaworkbench.model.Allocation#getAllocatedOn <em>Allocated On</em>}</li>
 *   <li>{@link org.qaworkbench.model.Allocation#getClosedOn <em>Closed On</em>}</li>
 * </ul>
 *
 * @see org.qaworkbench.model.QaPackage#getAllocation()
 * @model
 * @generated
 */
public interface Allocation extends EObject {
	/**
	 * Returns the value of the '<em><b>Worker</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Worker</em>' reference.
	 * @see #setWorker(StaffMember)
	 * @see org.qaworkbench.model.QaPackage#getAllocation_Worker()
	 * @model
	 * @generated
	 */
	StaffMember getWorker();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.Allocation#getWorker <em>Worker</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Worker</em>' reference.
	 * @see #getWorker()
	 * @generated
	 */
	void setWorker(StaffMember value);

	/**
	 * Returns the value of the '<em><b>Allocated On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Allocated On</em>' attribute.
	 * @see #setAllocatedOn(LocalDate)
	 * @see org.qaworkbench.model.QaPackage#getAllocation_AllocatedOn()
	 * @model dataType="org.qaworkbench.model.LocalDate"
	 * @generated
	 */
	LocalDate getAllocatedOn();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.Allocation#getAllocatedOn <em>Allocated On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Allocated On</em>' attribute.
	 * @see #getAllocatedOn()
	 * @generated
	 */
	void setAllocatedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Closed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Closed On</em>' attribute.
	 * @see #setClosedOn(LocalDate)
	 * @see org.qaworkbench.model.QaPackage#getAllocation_ClosedOn()
	 * @model dataType="org.qaworkbench.model.LocalDate"
	 * @generated
	 */
	LocalDate getClosedOn();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.Allocation#getClosedOn <em>Closed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Closed On</em>' attribute.
	 * @see #getClosedOn()
	 * @generated
	 */
	void setClosedOn(LocalDate value);

} // Allocation
