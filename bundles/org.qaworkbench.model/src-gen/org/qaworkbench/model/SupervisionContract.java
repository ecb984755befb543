/**
 */
package org.qaworkbench.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Supervision Contract</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Appendix A: the agreement between supervisor and supervisee.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.qaworkbench.model.SupervisionContract#getSupervisor <em>Supervisor</em>}</li>
 *   <li>{@link org.qaworkbench.model.SupervisionContract#getSupervisee <em>Supervisee</em>}</li>
 *   <li>{@link org.qaworkbench.model.SupervisionContract#getFrequency <em>Frequency</em>}</li>
 *   <li>{@link org.qaworkbench.model.SupervisionContract#getReasonsLessFrequent <em>Reasons Less Frequent</em>}</li>
 *   <li>{@link org.qaworkbench.model.SupervisionContract#getPreparation <em>Preparation</em>}</li>
 *   <li>{@link org.qaworkbench.model.SupervisionContract#getStorage <em>Storage</em>}</li>
 *   <li>{@link org.qaworkbench.model.SupervisionContract#getSignedBySupervisorOn <em>Signed By Supervisor On</em>}</li>
 *   <li>{@link org.qaworkbench.model.SupervisionContract#getSignedBySuperviseeOn <em>Signed By Supervisee On</em>}</li>
 *   <li>{@link org.qaworkbench.model.SupervisionContract#getReviewOn <em>Review On</em>}</li>
 *   <li>{@link org.qaworkbench.model.SupervisionContract#getFrequencyPeriod <em>Frequency Period</em>}</li>
 *   <li>{@link org.qaworkbench.model.SupervisionContract#getReviewPeriod <em>Review Period</em>}</li>
 *   <li>{@link org.qaworkbench.model.SupervisionContract#getSupersedes <em>Supersedes</em>}</li>
 *   <li>{@link org.qaworkbench.model.SupervisionContract#getDefinitionId <em>Definition Id</em>}</li>
 *   <li>{@link org.qaworkbench.model.SupervisionContract#getDefinitionVersion <em>Definition Version</em>}</li>
 *   <li>{@link org.qaworkbench.model.SupervisionContract#getDefinitionHash <em>Definition Hash</em>}</li>
 *   <li>{@link org.qaworkbench.model.SupervisionContract#getState <em>State</em>}</li>
 *   <li>{@link org.qaworkbench.model.SupervisionContract#getSignOffs <em>Sign Offs</em>}</li>
 *   <li>{@link org.qaworkbench.model.SupervisionContract#getAmendments <em>Amendments</em>}</li>
 * </ul>
 *
 * @see org.qaworkbench.model.QaPackage#getSupervisionContract()
 * @model
 * @generated
 */
public interface SupervisionContract extends Identified {
	/**
	 * Returns the value of the '<em><b>Supervisor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Supervisor</em>' reference.
	 * @see #setSupervisor(StaffMember)
	 * @see org.qaworkbench.model.QaPackage#getSupervisionContract_Supervisor()
	 * @model
	 * @generated
	 */
	StaffMember getSupervisor();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.SupervisionContract#getSupervisor <em>Supervisor</em>}' reference.
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
	 * @see org.qaworkbench.model.QaPackage#getSupervisionContract_Supervisee()
	 * @model
	 * @generated
	 */
	StaffMember getSupervisee();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.SupervisionContract#getSupervisee <em>Supervisee</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Supervisee</em>' reference.
	 * @see #getSupervisee()
	 * @generated
	 */
	void setSupervisee(StaffMember value);

	/**
	 * Returns the value of the '<em><b>Frequency</b></em>' attribute.
	 * The literals are from the enumeration {@link org.qaworkbench.model.SupervisionFrequency}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Frequency</em>' attribute.
	 * @see org.qaworkbench.model.SupervisionFrequency
	 * @see #setFrequency(SupervisionFrequency)
	 * @see org.qaworkbench.model.QaPackage#getSupervisionContract_Frequency()
	 * @model
	 * @generated
	 */
	SupervisionFrequency getFrequency();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.SupervisionContract#getFrequency <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Frequency</em>' attribute.
	 * @see org.qaworkbench.model.SupervisionFrequency
	 * @see #getFrequency()
	 * @generated
	 */
	void setFrequency(SupervisionFrequency value);

	/**
	 * Returns the value of the '<em><b>Reasons Less Frequent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reasons Less Frequent</em>' attribute.
	 * @see #setReasonsLessFrequent(String)
	 * @see org.qaworkbench.model.QaPackage#getSupervisionContract_ReasonsLessFrequent()
	 * @model
	 * @generated
	 */
	String getReasonsLessFrequent();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.SupervisionContract#getReasonsLessFrequent <em>Reasons Less Frequent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reasons Less Frequent</em>' attribute.
	 * @see #getReasonsLessFrequent()
	 * @generated
	 */
	void setReasonsLessFrequent(String value);

	/**
	 * Returns the value of the '<em><b>Preparation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Preparation</em>' attribute.
	 * @see #setPreparation(String)
	 * @see org.qaworkbench.model.QaPackage#getSupervisionContract_Preparation()
	 * @model
	 * @generated
	 */
	String getPreparation();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.SupervisionContract#getPreparation <em>Preparation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Preparation</em>' attribute.
	 * @see #getPreparation()
	 * @generated
	 */
	void setPreparation(String value);

	/**
	 * Returns the value of the '<em><b>Storage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Storage</em>' attribute.
	 * @see #setStorage(String)
	 * @see org.qaworkbench.model.QaPackage#getSupervisionContract_Storage()
	 * @model
	 * @generated
	 */
	String getStorage();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.SupervisionContract#getStorage <em>Storage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Storage</em>' attribute.
	 * @see #getStorage()
	 * @generated
	 */
	void setStorage(String value);

	/**
	 * Returns the value of the '<em><b>Signed By Supervisor On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signed By Supervisor On</em>' attribute.
	 * @see #setSignedBySupervisorOn(LocalDate)
	 * @see org.qaworkbench.model.QaPackage#getSupervisionContract_SignedBySupervisorOn()
	 * @model dataType="org.qaworkbench.model.LocalDate"
	 * @generated
	 */
	LocalDate getSignedBySupervisorOn();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.SupervisionContract#getSignedBySupervisorOn <em>Signed By Supervisor On</em>}' attribute.
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
	 * @see org.qaworkbench.model.QaPackage#getSupervisionContract_SignedBySuperviseeOn()
	 * @model dataType="org.qaworkbench.model.LocalDate"
	 * @generated
	 */
	LocalDate getSignedBySuperviseeOn();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.SupervisionContract#getSignedBySuperviseeOn <em>Signed By Supervisee On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signed By Supervisee On</em>' attribute.
	 * @see #getSignedBySuperviseeOn()
	 * @generated
	 */
	void setSignedBySuperviseeOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Review On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Review On</em>' attribute.
	 * @see #setReviewOn(LocalDate)
	 * @see org.qaworkbench.model.QaPackage#getSupervisionContract_ReviewOn()
	 * @model dataType="org.qaworkbench.model.LocalDate"
	 * @generated
	 */
	LocalDate getReviewOn();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.SupervisionContract#getReviewOn <em>Review On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Review On</em>' attribute.
	 * @see #getReviewOn()
	 * @generated
	 */
	void setReviewOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Frequency Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The agreed interval between sessions as an ISO-8601 period (P6W six-weekly, P1M monthly, P8W every 8 weeks): one of the policy's frequencies, or another with the reasons recorded when less frequent.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Frequency Period</em>' attribute.
	 * @see #setFrequencyPeriod(String)
	 * @see org.qaworkbench.model.QaPackage#getSupervisionContract_FrequencyPeriod()
	 * @model
	 * @generated
	 */
	String getFrequencyPeriod();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.SupervisionContract#getFrequencyPeriod <em>Frequency Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Frequency Period</em>' attribute.
	 * @see #getFrequencyPeriod()
	 * @generated
	 */
	void setFrequencyPeriod(String value);

	/**
	 * Returns the value of the '<em><b>Review Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How often the contract is reviewed, as an ISO-8601 period (P12M by the policy).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Review Period</em>' attribute.
	 * @see #setReviewPeriod(String)
	 * @see org.qaworkbench.model.QaPackage#getSupervisionContract_ReviewPeriod()
	 * @model
	 * @generated
	 */
	String getReviewPeriod();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.SupervisionContract#getReviewPeriod <em>Review Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Review Period</em>' attribute.
	 * @see #getReviewPeriod()
	 * @generated
	 */
	void setReviewPeriod(String value);

	/**
	 * Returns the value of the '<em><b>Supersedes</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The contract this one replaces; the old one stays as it was, readable.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Supersedes</em>' reference.
	 * @see #setSupersedes(SupervisionContract)
	 * @see org.qaworkbench.model.QaPackage#getSupervisionContract_Supersedes()
	 * @model
	 * @generated
	 */
	SupervisionContract getSupersedes();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.SupervisionContract#getSupersedes <em>Supersedes</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Supersedes</em>' reference.
	 * @see #getSupersedes()
	 * @generated
	 */
	void setSupersedes(SupervisionContract value);

	/**
	 * Returns the value of the '<em><b>Definition Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The contract form (a definition) this record follows.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Definition Id</em>' attribute.
	 * @see #setDefinitionId(String)
	 * @see org.qaworkbench.model.QaPackage#getSupervisionContract_DefinitionId()
	 * @model
	 * @generated
	 */
	String getDefinitionId();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.SupervisionContract#getDefinitionId <em>Definition Id</em>}' attribute.
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
	 * @see org.qaworkbench.model.QaPackage#getSupervisionContract_DefinitionVersion()
	 * @model
	 * @generated
	 */
	String getDefinitionVersion();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.SupervisionContract#getDefinitionVersion <em>Definition Version</em>}' attribute.
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
	 * @see org.qaworkbench.model.QaPackage#getSupervisionContract_DefinitionHash()
	 * @model
	 * @generated
	 */
	String getDefinitionHash();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.SupervisionContract#getDefinitionHash <em>Definition Hash</em>}' attribute.
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
	 * @see org.qaworkbench.model.QaPackage#getSupervisionContract_State()
	 * @model
	 * @generated
	 */
	SupervisionState getState();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.SupervisionContract#getState <em>State</em>}' attribute.
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
	 * @see org.qaworkbench.model.QaPackage#getSupervisionContract_SignOffs()
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
	 * @see org.qaworkbench.model.QaPackage#getSupervisionContract_Amendments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Amendment> getAmendments();

} // SupervisionContract
