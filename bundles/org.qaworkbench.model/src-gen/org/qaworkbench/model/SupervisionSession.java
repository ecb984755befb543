/**
 */
package org.qaworkbench.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Supervision Session</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Appendix C: one session, held or missed.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.qaworkbench.model.SupervisionSession#getSupervisor <em>Supervisor</em>}</li>
 *   <li>{@link org.qaworkbench.model.SupervisionSession#getSupervisee <em>Supervisee</em>}</li>
 *   <li>{@link org.qaworkbench.model.SupervisionSession#getSessionOn <em>Session On</em>}</li>
 *   <li>{@link org.qaworkbench.model.SupervisionSession#isHeld <em>Held</em>}</li>
 *   <li>{@link org.qaworkbench.model.SupervisionSession#getMissedReason <em>Missed Reason</em>}</li>
 *   <li>{@link org.qaworkbench.model.SupervisionSession#getNextOn <em>Next On</em>}</li>
 *   <li>{@link org.qaworkbench.model.SupervisionSession#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.qaworkbench.model.SupervisionSession#getInitials <em>Initials</em>}</li>
 *   <li>{@link org.qaworkbench.model.SupervisionSession#getRecord <em>Record</em>}</li>
 * </ul>
 *
 * @see org.qaworkbench.model.QaPackage#getSupervisionSession()
 * @model
 * @generated
 */
public interface SupervisionSession extends Identified {
	/**
	 * Returns the value of the '<em><b>Supervisor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Supervisor</em>' reference.
	 * @see #setSupervisor(StaffMember)
	 * @see org.qaworkbench.model.QaPackage#getSupervisionSession_Supervisor()
	 * @model
	 * @generated
	 */
	StaffMember getSupervisor();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.SupervisionSession#getSupervisor <em>Supervisor</em>}' reference.
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
	 * @see org.qaworkbench.model.QaPackage#getSupervisionSession_Supervisee()
	 * @model
	 * @generated
	 */
	StaffMember getSupervisee();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.SupervisionSession#getSupervisee <em>Supervisee</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Supervisee</em>' reference.
	 * @see #getSupervisee()
	 * @generated
	 */
	void setSupervisee(StaffMember value);

	/**
	 * Returns the value of the '<em><b>Session On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Session On</em>' attribute.
	 * @see #setSessionOn(LocalDate)
	 * @see org.qaworkbench.model.QaPackage#getSupervisionSession_SessionOn()
	 * @model dataType="org.qaworkbench.model.LocalDate"
	 * @generated
	 */
	LocalDate getSessionOn();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.SupervisionSession#getSessionOn <em>Session On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Session On</em>' attribute.
	 * @see #getSessionOn()
	 * @generated
	 */
	void setSessionOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Held</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Held</em>' attribute.
	 * @see #setHeld(boolean)
	 * @see org.qaworkbench.model.QaPackage#getSupervisionSession_Held()
	 * @model
	 * @generated
	 */
	boolean isHeld();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.SupervisionSession#isHeld <em>Held</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Held</em>' attribute.
	 * @see #isHeld()
	 * @generated
	 */
	void setHeld(boolean value);

	/**
	 * Returns the value of the '<em><b>Missed Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Missed Reason</em>' attribute.
	 * @see #setMissedReason(String)
	 * @see org.qaworkbench.model.QaPackage#getSupervisionSession_MissedReason()
	 * @model
	 * @generated
	 */
	String getMissedReason();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.SupervisionSession#getMissedReason <em>Missed Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Missed Reason</em>' attribute.
	 * @see #getMissedReason()
	 * @generated
	 */
	void setMissedReason(String value);

	/**
	 * Returns the value of the '<em><b>Next On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Next On</em>' attribute.
	 * @see #setNextOn(LocalDate)
	 * @see org.qaworkbench.model.QaPackage#getSupervisionSession_NextOn()
	 * @model dataType="org.qaworkbench.model.LocalDate"
	 * @generated
	 */
	LocalDate getNextOn();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.SupervisionSession#getNextOn <em>Next On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Next On</em>' attribute.
	 * @see #getNextOn()
	 * @generated
	 */
	void setNextOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.qaworkbench.model.QaPackage#getSupervisionSession_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.SupervisionSession#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

	/**
	 * Returns the value of the '<em><b>Initials</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Initials of whoever held the session (Appendix C: supervision took place).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Initials</em>' attribute.
	 * @see #setInitials(String)
	 * @see org.qaworkbench.model.QaPackage#getSupervisionSession_Initials()
	 * @model
	 * @generated
	 */
	String getInitials();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.SupervisionSession#getInitials <em>Initials</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Initials</em>' attribute.
	 * @see #getInitials()
	 * @generated
	 */
	void setInitials(String value);

	/**
	 * Returns the value of the '<em><b>Record</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The record of supervision this session line was filled from, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Record</em>' reference.
	 * @see #setRecord(SupervisionRecord)
	 * @see org.qaworkbench.model.QaPackage#getSupervisionSession_Record()
	 * @model
	 * @generated
	 */
	SupervisionRecord getRecord();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.SupervisionSession#getRecord <em>Record</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Record</em>' reference.
	 * @see #getRecord()
	 * @generated
	 */
	void setRecord(SupervisionRecord value);

} // SupervisionSession
