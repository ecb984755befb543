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
 *   <li>{@link org.qaworkbench.model.DirectObservation#getLearningFocus <em>Learning Focus</em>}</li>
 *   <li>{@link org.qaworkbench.model.DirectObservation#getObserverRole <em>Observer Role</em>}</li>
 *   <li>{@link org.qaworkbench.model.DirectObservation#getFeedbackPlan <em>Feedback Plan</em>}</li>
 *   <li>{@link org.qaworkbench.model.DirectObservation#getPractitionerReflection <em>Practitioner Reflection</em>}</li>
 *   <li>{@link org.qaworkbench.model.DirectObservation#getActionsDueOn <em>Actions Due On</em>}</li>
 *   <li>{@link org.qaworkbench.model.DirectObservation#getDefinitionId <em>Definition Id</em>}</li>
 *   <li>{@link org.qaworkbench.model.DirectObservation#getDefinitionVersion <em>Definition Version</em>}</li>
 *   <li>{@link org.qaworkbench.model.DirectObservation#getDefinitionHash <em>Definition Hash</em>}</li>
 *   <li>{@link org.qaworkbench.model.DirectObservation#getSignOffs <em>Sign Offs</em>}</li>
 *   <li>{@link org.qaworkbench.model.DirectObservation#getAmendments <em>Amendments</em>}</li>
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
	 * The literals are from the enumeration {@link org.qaworkbench.model.ObservationState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see org.qaworkbench.model.ObservationState
	 * @see #setState(ObservationState)
	 * @see org.qaworkbench.model.QaPackage#getDirectObservation_State()
	 * @model
	 * @generated
	 */
	ObservationState getState();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.DirectObservation#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see org.qaworkbench.model.ObservationState
	 * @see #getState()
	 * @generated
	 */
	void setState(ObservationState value);

	/**
	 * Returns the value of the '<em><b>Learning Focus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the practitioner wants feedback on: capabilities to develop or of concern (Planned).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Learning Focus</em>' attribute.
	 * @see #setLearningFocus(String)
	 * @see org.qaworkbench.model.QaPackage#getDirectObservation_LearningFocus()
	 * @model
	 * @generated
	 */
	String getLearningFocus();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.DirectObservation#getLearningFocus <em>Learning Focus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Learning Focus</em>' attribute.
	 * @see #getLearningFocus()
	 * @generated
	 */
	void setLearningFocus(String value);

	/**
	 * Returns the value of the '<em><b>Observer Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the observer is introduced and when, if ever, they would intervene (Planned).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Observer Role</em>' attribute.
	 * @see #setObserverRole(String)
	 * @see org.qaworkbench.model.QaPackage#getDirectObservation_ObserverRole()
	 * @model
	 * @generated
	 */
	String getObserverRole();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.DirectObservation#getObserverRole <em>Observer Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Observer Role</em>' attribute.
	 * @see #getObserverRole()
	 * @generated
	 */
	void setObserverRole(String value);

	/**
	 * Returns the value of the '<em><b>Feedback Plan</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How, when and in what format feedback is given (Planned).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Feedback Plan</em>' attribute.
	 * @see #setFeedbackPlan(String)
	 * @see org.qaworkbench.model.QaPackage#getDirectObservation_FeedbackPlan()
	 * @model
	 * @generated
	 */
	String getFeedbackPlan();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.DirectObservation#getFeedbackPlan <em>Feedback Plan</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Feedback Plan</em>' attribute.
	 * @see #getFeedbackPlan()
	 * @generated
	 */
	void setFeedbackPlan(String value);

	/**
	 * Returns the value of the '<em><b>Practitioner Reflection</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The practitioner's reflection on the intervention following the visit (Shared).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Practitioner Reflection</em>' attribute.
	 * @see #setPractitionerReflection(String)
	 * @see org.qaworkbench.model.QaPackage#getDirectObservation_PractitionerReflection()
	 * @model
	 * @generated
	 */
	String getPractitionerReflection();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.DirectObservation#getPractitionerReflection <em>Practitioner Reflection</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Practitioner Reflection</em>' attribute.
	 * @see #getPractitionerReflection()
	 * @generated
	 */
	void setPractitionerReflection(String value);

	/**
	 * Returns the value of the '<em><b>Actions Due On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the development actions made from the recommendations are due.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Actions Due On</em>' attribute.
	 * @see #setActionsDueOn(LocalDate)
	 * @see org.qaworkbench.model.QaPackage#getDirectObservation_ActionsDueOn()
	 * @model dataType="org.qaworkbench.model.LocalDate"
	 * @generated
	 */
	LocalDate getActionsDueOn();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.DirectObservation#getActionsDueOn <em>Actions Due On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Actions Due On</em>' attribute.
	 * @see #getActionsDueOn()
	 * @generated
	 */
	void setActionsDueOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Definition Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The observation form (a definition) this record follows.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Definition Id</em>' attribute.
	 * @see #setDefinitionId(String)
	 * @see org.qaworkbench.model.QaPackage#getDirectObservation_DefinitionId()
	 * @model
	 * @generated
	 */
	String getDefinitionId();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.DirectObservation#getDefinitionId <em>Definition Id</em>}' attribute.
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
	 * @see org.qaworkbench.model.QaPackage#getDirectObservation_DefinitionVersion()
	 * @model
	 * @generated
	 */
	String getDefinitionVersion();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.DirectObservation#getDefinitionVersion <em>Definition Version</em>}' attribute.
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
	 * Content hash of the stored form version, so the record is always read against the prompts it was written to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Definition Hash</em>' attribute.
	 * @see #setDefinitionHash(String)
	 * @see org.qaworkbench.model.QaPackage#getDirectObservation_DefinitionHash()
	 * @model
	 * @generated
	 */
	String getDefinitionHash();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.DirectObservation#getDefinitionHash <em>Definition Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Definition Hash</em>' attribute.
	 * @see #getDefinitionHash()
	 * @generated
	 */
	void setDefinitionHash(String value);

	/**
	 * Returns the value of the '<em><b>Sign Offs</b></em>' containment reference list.
	 * The list contents are of type {@link org.qaworkbench.model.SignOff}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sign Offs</em>' containment reference list.
	 * @see org.qaworkbench.model.QaPackage#getDirectObservation_SignOffs()
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
	 * @see org.qaworkbench.model.QaPackage#getDirectObservation_Amendments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Amendment> getAmendments();

} // DirectObservation
