/**
 */
package org.qaworkbench.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Supervision Record</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Appendix B: the record of a supervision session.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.qaworkbench.model.SupervisionRecord#getSupervisor <em>Supervisor</em>}</li>
 *   <li>{@link org.qaworkbench.model.SupervisionRecord#getSupervisee <em>Supervisee</em>}</li>
 *   <li>{@link org.qaworkbench.model.SupervisionRecord#getHeldOn <em>Held On</em>}</li>
 *   <li>{@link org.qaworkbench.model.SupervisionRecord#getAgendaItems <em>Agenda Items</em>}</li>
 *   <li>{@link org.qaworkbench.model.SupervisionRecord#getSignedBySupervisorOn <em>Signed By Supervisor On</em>}</li>
 *   <li>{@link org.qaworkbench.model.SupervisionRecord#getSignedBySuperviseeOn <em>Signed By Supervisee On</em>}</li>
 * </ul>
 *
 * @see org.qaworkbench.model.QaPackage#getSupervisionRecord()
 * @model
 * @generated
 */
public interface SupervisionRecord extends Identified {
	/**
	 * Returns the value of the '<em><b>Supervisor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Supervisor</em>' reference.
	 * @see #setSupervisor(StaffMember)
	 * @see org.qaworkbench.model.QaPackage#getSupervisionRecord_Supervisor()
	 * @model
	 * @generated
	 */
	StaffMember getSupervisor();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.SupervisionRecord#getSupervisor <em>Supervisor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Supervisor</em>' reference.
	 * @see #getSupervisor()
	 * @generated
	 */
	void setSupervisor(StaffMember value);

	/**
	 * Returns the value of the '<em><b>Supervisee</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Supervisee</em>' reference.
	 * @see #setSupervisee(StaffMember)
	 * @see org.qaworkbench.model.QaPackage#getSupervisionRecord_Supervisee()
	 * @model
	 * @generated
	 */
	StaffMember getSupervisee();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.SupervisionRecord#getSupervisee <em>Supervisee</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Supervisee</em>' reference.
	 * @see #getSupervisee()
	 * @generated
	 */
	void setSupervisee(StaffMember value);

	/**
	 * Returns the value of the '<em><b>Held On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Held On</em>' attribute.
	 * @see #setHeldOn(LocalDate)
	 * @see org.qaworkbench.model.QaPackage#getSupervisionRecord_HeldOn()
	 * @model dataType="org.qaworkbench.model.LocalDate"
	 * @generated
	 */
	LocalDate getHeldOn();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.SupervisionRecord#getHeldOn <em>Held On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Held On</em>' attribute.
	 * @see #getHeldOn()
	 * @generated
	 */
	void setHeldOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Agenda Items</b></em>' containment reference list.
	 * The list contents are of type {@link org.qaworkbench.model.AgendaItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Agenda Items</em>' containment reference list.
	 * @see org.qaworkbench.model.QaPackage#getSupervisionRecord_AgendaItems()
	 * @model containment="true"
	 * @generated
	 */
	EList<AgendaItem> getAgendaItems();

	/**
	 * Returns the value of the '<em><b>Signed By Supervisor On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signed By Supervisor On</em>' attribute.
	 * @see #setSignedBySupervisorOn(LocalDate)
	 * @see org.qaworkbench.model.QaPackage#getSupervisionRecord_SignedBySupervisorOn()
	 * @model dataType="org.qaworkbench.model.LocalDate"
	 * @generated
	 */
	LocalDate getSignedBySupervisorOn();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.SupervisionRecord#getSignedBySupervisorOn <em>Signed By Supervisor On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signed By Supervisor On</em>' attribute.
	 * @see #getSignedBySupervisorOn()
	 * @generated
	 */
	void setSignedBySupervisorOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Signed By Supervisee On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signed By Supervisee On</em>' attribute.
	 * @see #setSignedBySuperviseeOn(LocalDate)
	 * @see org.qaworkbench.model.QaPackage#getSupervisionRecord_SignedBySuperviseeOn()
	 * @model dataType="org.qaworkbench.model.LocalDate"
	 * @generated
	 */
	LocalDate getSignedBySuperviseeOn();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.SupervisionRecord#getSignedBySuperviseeOn <em>Signed By Supervisee On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signed By Supervisee On</em>' attribute.
	 * @see #getSignedBySuperviseeOn()
	 * @generated
	 */
	void setSignedBySuperviseeOn(LocalDate value);

} // SupervisionRecord
