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
 *   <li>{@link org.qaworkbench.model.SupervisionRecord#getNextOn <em>Next On</em>}</li>
 *   <li>{@link org.qaworkbench.model.SupervisionRecord#getNextTime <em>Next Time</em>}</li>
 *   <li>{@link org.qaworkbench.model.SupervisionRecord#getReviews <em>Reviews</em>}</li>
 *   <li>{@link org.qaworkbench.model.SupervisionRecord#getDefinitionId <em>Definition Id</em>}</li>
 *   <li>{@link org.qaworkbench.model.SupervisionRecord#getDefinitionVersion <em>Definition Version</em>}</li>
 *   <li>{@link org.qaworkbench.model.SupervisionRecord#getDefinitionHash <em>Definition Hash</em>}</li>
 *   <li>{@link org.qaworkbench.model.SupervisionRecord#getState <em>State</em>}</li>
 *   <li>{@link org.qaworkbench.model.SupervisionRecord#getSignOffs <em>Sign Offs</em>}</li>
 *   <li>{@link org.qaworkbench.model.SupervisionRecord#getAmendments <em>Amendments</em>}</li>
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

	/**
	 * Returns the value of the '<em><b>Next On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Date of the next supervision.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Next On</em>' attribute.
	 * @see #setNextOn(LocalDate)
	 * @see org.qaworkbench.model.QaPackage#getSupervisionRecord_NextOn()
	 * @model dataType="org.qaworkbench.model.LocalDate"
	 * @generated
	 */
	LocalDate getNextOn();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.SupervisionRecord#getNextOn <em>Next On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Next On</em>' attribute.
	 * @see #getNextOn()
	 * @generated
	 */
	void setNextOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Next Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Time of the next supervision, HH:MM (24-hour).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Next Time</em>' attribute.
	 * @see #setNextTime(String)
	 * @see org.qaworkbench.model.QaPackage#getSupervisionRecord_NextTime()
	 * @model
	 * @generated
	 */
	String getNextTime();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.SupervisionRecord#getNextTime <em>Next Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Next Time</em>' attribute.
	 * @see #getNextTime()
	 * @generated
	 */
	void setNextTime(String value);

	/**
	 * Returns the value of the '<em><b>Reviews</b></em>' containment reference list.
	 * The list contents are of type {@link org.qaworkbench.model.ActionReview}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Actions carried forward to be reviewed in this session: the previous record's, open audit remedial actions and observation development actions of the supervisee.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reviews</em>' containment reference list.
	 * @see org.qaworkbench.model.QaPackage#getSupervisionRecord_Reviews()
	 * @model containment="true"
	 * @generated
	 */
	EList<ActionReview> getReviews();

	/**
	 * Returns the value of the '<em><b>Definition Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The record of supervision form (a definition) this record follows.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Definition Id</em>' attribute.
	 * @see #setDefinitionId(String)
	 * @see org.qaworkbench.model.QaPackage#getSupervisionRecord_DefinitionId()
	 * @model
	 * @generated
	 */
	String getDefinitionId();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.SupervisionRecord#getDefinitionId <em>Definition Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Definition Id</em>' attribute.
	 * @see #getDefinitionId()
	 * @generated
	 */
	void setDefinitionId(String value);

	/**
	 * Returns the value of the '<em><b>Definition Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Definition Version</em>' attribute.
	 * @see #setDefinitionVersion(String)
	 * @see org.qaworkbench.model.QaPackage#getSupervisionRecord_DefinitionVersion()
	 * @model
	 * @generated
	 */
	String getDefinitionVersion();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.SupervisionRecord#getDefinitionVersion <em>Definition Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Definition Version</em>' attribute.
	 * @see #getDefinitionVersion()
	 * @generated
	 */
	void setDefinitionVersion(String value);

	/**
	 * Returns the value of the '<em><b>Definition Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Content hash of the stored form version, so the record is always read against the wording it was written to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Definition Hash</em>' attribute.
	 * @see #setDefinitionHash(String)
	 * @see org.qaworkbench.model.QaPackage#getSupervisionRecord_DefinitionHash()
	 * @model
	 * @generated
	 */
	String getDefinitionHash();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.SupervisionRecord#getDefinitionHash <em>Definition Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Definition Hash</em>' attribute.
	 * @see #getDefinitionHash()
	 * @generated
	 */
	void setDefinitionHash(String value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * The literals are from the enumeration {@link org.qaworkbench.model.SupervisionState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see org.qaworkbench.model.SupervisionState
	 * @see #setState(SupervisionState)
	 * @see org.qaworkbench.model.QaPackage#getSupervisionRecord_State()
	 * @model
	 * @generated
	 */
	SupervisionState getState();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.SupervisionRecord#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see org.qaworkbench.model.SupervisionState
	 * @see #getState()
	 * @generated
	 */
	void setState(SupervisionState value);

	/**
	 * Returns the value of the '<em><b>Sign Offs</b></em>' containment reference list.
	 * The list contents are of type {@link org.qaworkbench.model.SignOff}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sign Offs</em>' containment reference list.
	 * @see org.qaworkbench.model.QaPackage#getSupervisionRecord_SignOffs()
	 * @model containment="true"
	 * @generated
	 */
	EList<SignOff> getSignOffs();

	/**
	 * Returns the value of the '<em><b>Amendments</b></em>' containment reference list.
	 * The list contents are of type {@link org.qaworkbench.model.Amendment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Amendments</em>' containment reference list.
	 * @see org.qaworkbench.model.QaPackage#getSupervisionRecord_Amendments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Amendment> getAmendments();

} // SupervisionRecord
