/**
 */
package org.qaworkbench.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Casework Supervision</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Casework supervision of one child's case.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.qaworkbench.model.CaseworkSupervision#getCaseNumber <em>Case Number</em>}</li>
 *   <li>{@link org.qaworkbench.model.CaseworkSupervision#getSupervisor <em>Supervisor</em>}</li>
 *   <li>{@link org.qaworkbench.model.CaseworkSupervision#getWorker <em>Worker</em>}</li>
 *   <li>{@link org.qaworkbench.model.CaseworkSupervision#getHeldOn <em>Held On</em>}</li>
 *   <li>{@link org.qaworkbench.model.CaseworkSupervision#getPurposeOfInvolvement <em>Purpose Of Involvement</em>}</li>
 *   <li>{@link org.qaworkbench.model.CaseworkSupervision#getReviewOfActions <em>Review Of Actions</em>}</li>
 *   <li>{@link org.qaworkbench.model.CaseworkSupervision#getLastAssessmentOn <em>Last Assessment On</em>}</li>
 *   <li>{@link org.qaworkbench.model.CaseworkSupervision#getChildLastSeenOn <em>Child Last Seen On</em>}</li>
 *   <li>{@link org.qaworkbench.model.CaseworkSupervision#getWhatHasHappened <em>What Has Happened</em>}</li>
 *   <li>{@link org.qaworkbench.model.CaseworkSupervision#getSmartPlan <em>Smart Plan</em>}</li>
 *   <li>{@link org.qaworkbench.model.CaseworkSupervision#getWishesAndFeelings <em>Wishes And Feelings</em>}</li>
 *   <li>{@link org.qaworkbench.model.CaseworkSupervision#getPositiveChange <em>Positive Change</em>}</li>
 *   <li>{@link org.qaworkbench.model.CaseworkSupervision#getRiskAnalysis <em>Risk Analysis</em>}</li>
 *   <li>{@link org.qaworkbench.model.CaseworkSupervision#getStrengths <em>Strengths</em>}</li>
 *   <li>{@link org.qaworkbench.model.CaseworkSupervision#getAgreedActions <em>Agreed Actions</em>}</li>
 *   <li>{@link org.qaworkbench.model.CaseworkSupervision#getCaseStatus <em>Case Status</em>}</li>
 *   <li>{@link org.qaworkbench.model.CaseworkSupervision#isSupportPlanUpToDate <em>Support Plan Up To Date</em>}</li>
 *   <li>{@link org.qaworkbench.model.CaseworkSupervision#getActions <em>Actions</em>}</li>
 *   <li>{@link org.qaworkbench.model.CaseworkSupervision#getDefinitionId <em>Definition Id</em>}</li>
 *   <li>{@link org.qaworkbench.model.CaseworkSupervision#getDefinitionVersion <em>Definition Version</em>}</li>
 *   <li>{@link org.qaworkbench.model.CaseworkSupervision#getDefinitionHash <em>Definition Hash</em>}</li>
 *   <li>{@link org.qaworkbench.model.CaseworkSupervision#getState <em>State</em>}</li>
 *   <li>{@link org.qaworkbench.model.CaseworkSupervision#getSignOffs <em>Sign Offs</em>}</li>
 *   <li>{@link org.qaworkbench.model.CaseworkSupervision#getAmendments <em>Amendments</em>}</li>
 * </ul>
 *
 * @see org.qaworkbench.model.QaPackage#getCaseworkSupervision()
 * @model
 * @generated
 */
public interface CaseworkSupervision extends Identified {
	/**
	 * Returns the value of the '<em><b>Case Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Case Number</em>' attribute.
	 * @see #setCaseNumber(String)
	 * @see org.qaworkbench.model.QaPackage#getCaseworkSupervision_CaseNumber()
	 * @model
	 * @generated
	 */
	String getCaseNumber();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.CaseworkSupervision#getCaseNumber <em>Case Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Case Number</em>' attribute.
	 * @see #getCaseNumber()
	 * @generated
	 */
	void setCaseNumber(String value);

	/**
	 * Returns the value of the '<em><b>Supervisor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Supervisor</em>' reference.
	 * @see #setSupervisor(StaffMember)
	 * @see org.qaworkbench.model.QaPackage#getCaseworkSupervision_Supervisor()
	 * @model
	 * @generated
	 */
	StaffMember getSupervisor();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.CaseworkSupervision#getSupervisor <em>Supervisor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Supervisor</em>' reference.
	 * @see #getSupervisor()
	 * @generated
	 */
	void setSupervisor(StaffMember value);

	/**
	 * Returns the value of the '<em><b>Worker</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Worker</em>' reference.
	 * @see #setWorker(StaffMember)
	 * @see org.qaworkbench.model.QaPackage#getCaseworkSupervision_Worker()
	 * @model
	 * @generated
	 */
	StaffMember getWorker();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.CaseworkSupervision#getWorker <em>Worker</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Worker</em>' reference.
	 * @see #getWorker()
	 * @generated
	 */
	void setWorker(StaffMember value);

	/**
	 * Returns the value of the '<em><b>Held On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Held On</em>' attribute.
	 * @see #setHeldOn(LocalDate)
	 * @see org.qaworkbench.model.QaPackage#getCaseworkSupervision_HeldOn()
	 * @model dataType="org.qaworkbench.model.LocalDate"
	 * @generated
	 */
	LocalDate getHeldOn();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.CaseworkSupervision#getHeldOn <em>Held On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Held On</em>' attribute.
	 * @see #getHeldOn()
	 * @generated
	 */
	void setHeldOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Purpose Of Involvement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Purpose Of Involvement</em>' attribute.
	 * @see #setPurposeOfInvolvement(String)
	 * @see org.qaworkbench.model.QaPackage#getCaseworkSupervision_PurposeOfInvolvement()
	 * @model
	 * @generated
	 */
	String getPurposeOfInvolvement();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.CaseworkSupervision#getPurposeOfInvolvement <em>Purpose Of Involvement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Purpose Of Involvement</em>' attribute.
	 * @see #getPurposeOfInvolvement()
	 * @generated
	 */
	void setPurposeOfInvolvement(String value);

	/**
	 * Returns the value of the '<em><b>Review Of Actions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Review Of Actions</em>' attribute.
	 * @see #setReviewOfActions(String)
	 * @see org.qaworkbench.model.QaPackage#getCaseworkSupervision_ReviewOfActions()
	 * @model
	 * @generated
	 */
	String getReviewOfActions();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.CaseworkSupervision#getReviewOfActions <em>Review Of Actions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Review Of Actions</em>' attribute.
	 * @see #getReviewOfActions()
	 * @generated
	 */
	void setReviewOfActions(String value);

	/**
	 * Returns the value of the '<em><b>Last Assessment On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last Assessment On</em>' attribute.
	 * @see #setLastAssessmentOn(LocalDate)
	 * @see org.qaworkbench.model.QaPackage#getCaseworkSupervision_LastAssessmentOn()
	 * @model dataType="org.qaworkbench.model.LocalDate"
	 * @generated
	 */
	LocalDate getLastAssessmentOn();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.CaseworkSupervision#getLastAssessmentOn <em>Last Assessment On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Assessment On</em>' attribute.
	 * @see #getLastAssessmentOn()
	 * @generated
	 */
	void setLastAssessmentOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Child Last Seen On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Child Last Seen On</em>' attribute.
	 * @see #setChildLastSeenOn(LocalDate)
	 * @see org.qaworkbench.model.QaPackage#getCaseworkSupervision_ChildLastSeenOn()
	 * @model dataType="org.qaworkbench.model.LocalDate"
	 * @generated
	 */
	LocalDate getChildLastSeenOn();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.CaseworkSupervision#getChildLastSeenOn <em>Child Last Seen On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Child Last Seen On</em>' attribute.
	 * @see #getChildLastSeenOn()
	 * @generated
	 */
	void setChildLastSeenOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>What Has Happened</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>What Has Happened</em>' attribute.
	 * @see #setWhatHasHappened(String)
	 * @see org.qaworkbench.model.QaPackage#getCaseworkSupervision_WhatHasHappened()
	 * @model
	 * @generated
	 */
	String getWhatHasHappened();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.CaseworkSupervision#getWhatHasHappened <em>What Has Happened</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>What Has Happened</em>' attribute.
	 * @see #getWhatHasHappened()
	 * @generated
	 */
	void setWhatHasHappened(String value);

	/**
	 * Returns the value of the '<em><b>Smart Plan</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Smart Plan</em>' attribute.
	 * @see #setSmartPlan(String)
	 * @see org.qaworkbench.model.QaPackage#getCaseworkSupervision_SmartPlan()
	 * @model
	 * @generated
	 */
	String getSmartPlan();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.CaseworkSupervision#getSmartPlan <em>Smart Plan</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Smart Plan</em>' attribute.
	 * @see #getSmartPlan()
	 * @generated
	 */
	void setSmartPlan(String value);

	/**
	 * Returns the value of the '<em><b>Wishes And Feelings</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Wishes And Feelings</em>' attribute.
	 * @see #setWishesAndFeelings(String)
	 * @see org.qaworkbench.model.QaPackage#getCaseworkSupervision_WishesAndFeelings()
	 * @model
	 * @generated
	 */
	String getWishesAndFeelings();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.CaseworkSupervision#getWishesAndFeelings <em>Wishes And Feelings</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Wishes And Feelings</em>' attribute.
	 * @see #getWishesAndFeelings()
	 * @generated
	 */
	void setWishesAndFeelings(String value);

	/**
	 * Returns the value of the '<em><b>Positive Change</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Positive Change</em>' attribute.
	 * @see #setPositiveChange(String)
	 * @see org.qaworkbench.model.QaPackage#getCaseworkSupervision_PositiveChange()
	 * @model
	 * @generated
	 */
	String getPositiveChange();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.CaseworkSupervision#getPositiveChange <em>Positive Change</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Positive Change</em>' attribute.
	 * @see #getPositiveChange()
	 * @generated
	 */
	void setPositiveChange(String value);

	/**
	 * Returns the value of the '<em><b>Risk Analysis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Risk Analysis</em>' attribute.
	 * @see #setRiskAnalysis(String)
	 * @see org.qaworkbench.model.QaPackage#getCaseworkSupervision_RiskAnalysis()
	 * @model
	 * @generated
	 */
	String getRiskAnalysis();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.CaseworkSupervision#getRiskAnalysis <em>Risk Analysis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Risk Analysis</em>' attribute.
	 * @see #getRiskAnalysis()
	 * @generated
	 */
	void setRiskAnalysis(String value);

	/**
	 * Returns the value of the '<em><b>Strengths</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Strengths</em>' attribute.
	 * @see #setStrengths(String)
	 * @see org.qaworkbench.model.QaPackage#getCaseworkSupervision_Strengths()
	 * @model
	 * @generated
	 */
	String getStrengths();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.CaseworkSupervision#getStrengths <em>Strengths</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Strengths</em>' attribute.
	 * @see #getStrengths()
	 * @generated
	 */
	void setStrengths(String value);

	/**
	 * Returns the value of the '<em><b>Agreed Actions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Agreed Actions</em>' attribute.
	 * @see #setAgreedActions(String)
	 * @see org.qaworkbench.model.QaPackage#getCaseworkSupervision_AgreedActions()
	 * @model
	 * @generated
	 */
	String getAgreedActions();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.CaseworkSupervision#getAgreedActions <em>Agreed Actions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Agreed Actions</em>' attribute.
	 * @see #getAgreedActions()
	 * @generated
	 */
	void setAgreedActions(String value);

	/**
	 * Returns the value of the '<em><b>Case Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.qaworkbench.model.CaseStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The case's status when supervised (child protection cases are supervised monthly).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Case Status</em>' attribute.
	 * @see org.qaworkbench.model.CaseStatus
	 * @see #setCaseStatus(CaseStatus)
	 * @see org.qaworkbench.model.QaPackage#getCaseworkSupervision_CaseStatus()
	 * @model
	 * @generated
	 */
	CaseStatus getCaseStatus();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.CaseworkSupervision#getCaseStatus <em>Case Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Case Status</em>' attribute.
	 * @see org.qaworkbench.model.CaseStatus
	 * @see #getCaseStatus()
	 * @generated
	 */
	void setCaseStatus(CaseStatus value);

	/**
	 * Returns the value of the '<em><b>Support Plan Up To Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the support plan is up to date with SMART actions; smartPlan says how.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Support Plan Up To Date</em>' attribute.
	 * @see #setSupportPlanUpToDate(boolean)
	 * @see org.qaworkbench.model.QaPackage#getCaseworkSupervision_SupportPlanUpToDate()
	 * @model
	 * @generated
	 */
	boolean isSupportPlanUpToDate();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.CaseworkSupervision#isSupportPlanUpToDate <em>Support Plan Up To Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Support Plan Up To Date</em>' attribute.
	 * @see #isSupportPlanUpToDate()
	 * @generated
	 */
	void setSupportPlanUpToDate(boolean value);

	/**
	 * Returns the value of the '<em><b>Actions</b></em>' containment reference list.
	 * The list contents are of type {@link org.qaworkbench.model.AgreedAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Agreed actions, each with who and when.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Actions</em>' containment reference list.
	 * @see org.qaworkbench.model.QaPackage#getCaseworkSupervision_Actions()
	 * @model containment="true"
	 * @generated
	 */
	EList<AgreedAction> getActions();

	/**
	 * Returns the value of the '<em><b>Definition Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The casework supervision form (a definition) this record follows.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Definition Id</em>' attribute.
	 * @see #setDefinitionId(String)
	 * @see org.qaworkbench.model.QaPackage#getCaseworkSupervision_DefinitionId()
	 * @model
	 * @generated
	 */
	String getDefinitionId();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.CaseworkSupervision#getDefinitionId <em>Definition Id</em>}' attribute.
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
	 * @see org.qaworkbench.model.QaPackage#getCaseworkSupervision_DefinitionVersion()
	 * @model
	 * @generated
	 */
	String getDefinitionVersion();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.CaseworkSupervision#getDefinitionVersion <em>Definition Version</em>}' attribute.
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
	 * @see org.qaworkbench.model.QaPackage#getCaseworkSupervision_DefinitionHash()
	 * @model
	 * @generated
	 */
	String getDefinitionHash();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.CaseworkSupervision#getDefinitionHash <em>Definition Hash</em>}' attribute.
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
	 * @see org.qaworkbench.model.QaPackage#getCaseworkSupervision_State()
	 * @model
	 * @generated
	 */
	SupervisionState getState();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.CaseworkSupervision#getState <em>State</em>}' attribute.
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
	 * @see org.qaworkbench.model.QaPackage#getCaseworkSupervision_SignOffs()
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
	 * @see org.qaworkbench.model.QaPackage#getCaseworkSupervision_Amendments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Amendment> getAmendments();

} // CaseworkSupervision
