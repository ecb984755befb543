/**
 */
package org.qaworkbench.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Direct Observation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A direct observation of practice; confidential to the worker and their management line.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.qaworkbench.model.DirectObservation#getObservedOn <em>Observed On</em>}</li>
 *   <li>{@link org.qaworkbench.model.DirectObservation#getPractitioner <em>Practitioner</em>}</li>
 *   <li>{@link org.qaworkbench.model.DirectObservation#getObserver <em>Observer</em>}</li>
 *   <li>{@link org.qaworkbench.model.DirectObservation#getCaseNumber <em>Case Number</em>}</li>
 *   <li>{@link org.qaworkbench.model.DirectObservation#getSetting <em>Setting</em>}</li>
 *   <li>{@link org.qaworkbench.model.DirectObservation#getConsent <em>Consent</em>}</li>
 *   <li>{@link org.qaworkbench.model.DirectObservation#getAgreedObjectives <em>Agreed Objectives</em>}</li>
 *   <li>{@link org.qaworkbench.model.DirectObservation#getNarratives <em>Narratives</em>}</li>
 *   <li>{@link org.qaworkbench.model.DirectObservation#getGrade <em>Grade</em>}</li>
 *   <li>{@link org.qaworkbench.model.DirectObservation#getRecommendations <em>Recommendations</em>}</li>
 *   <li>{@link org.qaworkbench.model.DirectObservation#getPractitionerComment <em>Practitioner Comment</em>}</li>
 *   <li>{@link org.qaworkbench.model.DirectObservation#getServiceUserComment <em>Service User Comment</em>}</li>
 *   <li>{@link org.qaworkbench.model.DirectObservation#getState <em>State</em>}</li>
 * </ul>
 *
 * @see org.qaworkbench.model.QaPackage#getDirectObservation()
 * @model
 * @generated
 */
public interface DirectObservation extends Identified {
	/**
	 * Returns the value of the '<em><b>Observed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Observed On</em>' attribute.
	 * @see #setObservedOn(LocalDate)
	 * @see org.qaworkbench.model.QaPackage#getDirectObservation_ObservedOn()
	 * @model dataType="org.qaworkbench.model.LocalDate"
	 * @generated
	 */
	LocalDate getObservedOn();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.DirectObservation#getObservedOn <em>Observed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Observed On</em>' attribute.
	 * @see #getObservedOn()
	 * @generated
	 */
	void setObservedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Practitioner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Practitioner</em>' reference.
	 * @see #setPractitioner(StaffMember)
	 * @see org.qaworkbench.model.QaPackage#getDirectObservation_Practitioner()
	 * @model
	 * @generated
	 */
	StaffMember getPractitioner();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.DirectObservation#getPractitioner <em>Practitioner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Practitioner</em>' reference.
	 * @see #getPractitioner()
	 * @generated
	 */
	void setPractitioner(StaffMember value);

	/**
	 * Returns the value of the '<em><b>Observer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Observer</em>' reference.
	 * @see #setObserver(StaffMember)
	 * @see org.qaworkbench.model.QaPackage#getDirectObservation_Observer()
	 * @model
	 * @generated
	 */
	StaffMember getObserver();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.DirectObservation#getObserver <em>Observer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Observer</em>' reference.
	 * @see #getObserver()
	 * @generated
	 */
	void setObserver(StaffMember value);

	/**
	 * Returns the value of the '<em><b>Case Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The child's case, by number only.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Case Number</em>' attribute.
	 * @see #setCaseNumber(String)
	 * @see org.qaworkbench.model.QaPackage#getDirectObservation_CaseNumber()
	 * @model
	 * @generated
	 */
	String getCaseNumber();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.DirectObservation#getCaseNumber <em>Case Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Case Number</em>' attribute.
	 * @see #getCaseNumber()
	 * @generated
	 */
	void setCaseNumber(String value);

	/**
	 * Returns the value of the '<em><b>Setting</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Setting</em>' attribute.
	 * @see #setSetting(String)
	 * @see org.qaworkbench.model.QaPackage#getDirectObservation_Setting()
	 * @model
	 * @generated
	 */
	String getSetting();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.DirectObservation#getSetting <em>Setting</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Setting</em>' attribute.
	 * @see #getSetting()
	 * @generated
	 */
	void setSetting(String value);

	/**
	 * Returns the value of the '<em><b>Consent</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Consent</em>' containment reference.
	 * @see #setConsent(Consent)
	 * @see org.qaworkbench.model.QaPackage#getDirectObservation_Consent()
	 * @model containment="true"
	 * @generated
	 */
	Consent getConsent();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.DirectObservation#getConsent <em>Consent</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Consent</em>' containment reference.
	 * @see #getConsent()
	 * @generated
	 */
	void setConsent(Consent value);

	/**
	 * Returns the value of the '<em><b>Agreed Objectives</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Agreed Objectives</em>' attribute.
	 * @see #setAgreedObjectives(String)
	 * @see org.qaworkbench.model.QaPackage#getDirectObservation_AgreedObjectives()
	 * @model
	 * @generated
	 */
	String getAgreedObjectives();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.DirectObservation#getAgreedObjectives <em>Agreed Objectives</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Agreed Objectives</em>' attribute.
	 * @see #getAgreedObjectives()
	 * @generated
	 */
	void setAgreedObjectives(String value);

	/**
	 * Returns the value of the '<em><b>Narratives</b></em>' containment reference list.
	 * The list contents are of type {@link org.qaworkbench.model.Narrative}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Narratives</em>' containment reference list.
	 * @see org.qaworkbench.model.QaPackage#getDirectObservation_Narratives()
	 * @model containment="true"
	 * @generated
	 */
	EList<Narrative> getNarratives();

	/**
	 * Returns the value of the '<em><b>Grade</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Grade</em>' attribute.
	 * @see #setGrade(int)
	 * @see org.qaworkbench.model.QaPackage#getDirectObservation_Grade()
	 * @model
	 * @generated
	 */
	int getGrade();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.DirectObservation#getGrade <em>Grade</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Grade</em>' attribute.
	 * @see #getGrade()
	 * @generated
	 */
	void setGrade(int value);

	/**
	 * Returns the value of the '<em><b>Recommendations</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Recommendations</em>' attribute.
	 * @see #setRecommendations(String)
	 * @see org.qaworkbench.model.QaPackage#getDirectObservation_Recommendations()
	 * @model
	 * @generated
	 */
	String getRecommendations();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.DirectObservation#getRecommendations <em>Recommendations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recommendations</em>' attribute.
	 * @see #getRecommendations()
	 * @generated
	 */
	void setRecommendations(String value);

	/**
	 * Returns the value of the '<em><b>Practitioner Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Practitioner Comment</em>' attribute.
	 * @see #setPractitionerComment(String)
	 * @see org.qaworkbench.model.QaPackage#getDirectObservation_PractitionerComment()
	 * @model
	 * @generated
	 */
	String getPractitionerComment();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.DirectObservation#getPractitionerComment <em>Practitioner Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Practitioner Comment</em>' attribute.
	 * @see #getPractitionerComment()
	 * @generated
	 */
	void setPractitionerComment(String value);

	/**
	 * Returns the value of the '<em><b>Service User Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Service User Comment</em>' attribute.
	 * @see #setServiceUserComment(String)
	 * @see org.qaworkbench.model.QaPackage#getDirectObservation_ServiceUserComment()
	 * @model
	 * @generated
	 */
	String getServiceUserComment();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.DirectObservation#getServiceUserComment <em>Service User Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Service User Comment</em>' attribute.
	 * @see #getServiceUserComment()
	 * @generated
	 */
	void setServiceUserComment(String value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * The literals are from the enumeration {@link org.qaworkbench.model.AssessmentState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see org.qaworkbench.model.AssessmentState
	 * @see #setState(AssessmentState)
	 * @see org.qaworkbench.model.QaPackage#getDirectObservation_State()
	 * @model
	 * @generated
	 */
	AssessmentState getState();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.DirectObservation#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see org.qaworkbench.model.AssessmentState
	 * @see #getState()
	 * @generated
	 */
	void setState(AssessmentState value);

} // DirectObservation
