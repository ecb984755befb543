/**
 */
package org.qaworkbench.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.qaworkbench.model.CaseworkSupervision;
import org.qaworkbench.model.QaPackage;
import org.qaworkbench.model.StaffMember;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Casework Supervision</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.qaworkbench.model.impl.CaseworkSupervisionImpl#getCaseNumber <em>Case Number</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.CaseworkSupervisionImpl#getSupervisor <em>Supervisor</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.CaseworkSupervisionImpl#getWorker <em>Worker</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.CaseworkSupervisionImpl#getHeldOn <em>Held On</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.CaseworkSupervisionImpl#getPurposeOfInvolvement <em>Purpose Of Involvement</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.CaseworkSupervisionImpl#getReviewOfActions <em>Review Of Actions</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.CaseworkSupervisionImpl#getLastAssessmentOn <em>Last Assessment On</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.CaseworkSupervisionImpl#getChildLastSeenOn <em>Child Last Seen On</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.CaseworkSupervisionImpl#getWhatHasHappened <em>What Has Happened</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.CaseworkSupervisionImpl#getSmartPlan <em>Smart Plan</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.CaseworkSupervisionImpl#getWishesAndFeelings <em>Wishes And Feelings</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.CaseworkSupervisionImpl#getPositiveChange <em>Positive Change</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.CaseworkSupervisionImpl#getRiskAnalysis <em>Risk Analysis</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.CaseworkSupervisionImpl#getStrengths <em>Strengths</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.CaseworkSupervisionImpl#getAgreedActions <em>Agreed Actions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CaseworkSupervisionImpl extends IdentifiedImpl implements CaseworkSupervision {
	/**
	 * The default value of the '{@link #getCaseNumber() <em>Case Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaseNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String CASE_NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCaseNumber() <em>Case Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaseNumber()
	 * @generated
	 * @ordered
	 */
	protected String caseNumber = CASE_NUMBER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSupervisor() <em>Supervisor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupervisor()
	 * @generated
	 * @ordered
	 */
	protected StaffMember supervisor;

	/**
	 * The cached value of the '{@link #getWorker() <em>Worker</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorker()
	 * @generated
	 * @ordered
	 */
	protected StaffMember worker;

	/**
	 * The default value of the '{@link #getHeldOn() <em>Held On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeldOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate HELD_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHeldOn() <em>Held On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeldOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate heldOn = HELD_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getPurposeOfInvolvement() <em>Purpose Of Involvement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurposeOfInvolvement()
	 * @generated
	 * @ordered
	 */
	protected static final String PURPOSE_OF_INVOLVEMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPurposeOfInvolvement() <em>Purpose Of Involvement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurposeOfInvolvement()
	 * @generated
	 * @ordered
	 */
	protected String purposeOfInvolvement = PURPOSE_OF_INVOLVEMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getReviewOfActions() <em>Review Of Actions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewOfActions()
	 * @generated
	 * @ordered
	 */
	protected static final String REVIEW_OF_ACTIONS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReviewOfActions() <em>Review Of Actions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewOfActions()
	 * @generated
	 * @ordered
	 */
	protected String reviewOfActions = REVIEW_OF_ACTIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getLastAssessmentOn() <em>Last Assessment On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastAssessmentOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate LAST_ASSESSMENT_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLastAssessmentOn() <em>Last Assessment On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastAssessmentOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate lastAssessmentOn = LAST_ASSESSMENT_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getChildLastSeenOn() <em>Child Last Seen On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChildLastSeenOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate CHILD_LAST_SEEN_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getChildLastSeenOn() <em>Child Last Seen On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChildLastSeenOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate childLastSeenOn = CHILD_LAST_SEEN_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getWhatHasHappened() <em>What Has Happened</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWhatHasHappened()
	 * @generated
	 * @ordered
	 */
	protected static final String WHAT_HAS_HAPPENED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWhatHasHappened() <em>What Has Happened</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWhatHasHappened()
	 * @generated
	 * @ordered
	 */
	protected String whatHasHappened = WHAT_HAS_HAPPENED_EDEFAULT;

	/**
	 * The default value of the '{@link #getSmartPlan() <em>Smart Plan</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSmartPlan()
	 * @generated
	 * @ordered
	 */
	protected static final String SMART_PLAN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSmartPlan() <em>Smart Plan</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSmartPlan()
	 * @generated
	 * @ordered
	 */
	protected String smartPlan = SMART_PLAN_EDEFAULT;

	/**
	 * The default value of the '{@link #getWishesAndFeelings() <em>Wishes And Feelings</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWishesAndFeelings()
	 * @generated
	 * @ordered
	 */
	protected static final String WISHES_AND_FEELINGS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWishesAndFeelings() <em>Wishes And Feelings</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWishesAndFeelings()
	 * @generated
	 * @ordered
	 */
	protected String wishesAndFeelings = WISHES_AND_FEELINGS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPositiveChange() <em>Positive Change</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPositiveChange()
	 * @generated
	 * @ordered
	 */
	protected static final String POSITIVE_CHANGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPositiveChange() <em>Positive Change</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPositiveChange()
	 * @generated
	 * @ordered
	 */
	protected String positiveChange = POSITIVE_CHANGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRiskAnalysis() <em>Risk Analysis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRiskAnalysis()
	 * @generated
	 * @ordered
	 */
	protected static final String RISK_ANALYSIS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRiskAnalysis() <em>Risk Analysis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRiskAnalysis()
	 * @generated
	 * @ordered
	 */
	protected String riskAnalysis = RISK_ANALYSIS_EDEFAULT;

	/**
	 * The default value of the '{@link #getStrengths() <em>Strengths</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStrengths()
	 * @generated
	 * @ordered
	 */
	protected static final String STRENGTHS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStrengths() <em>Strengths</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStrengths()
	 * @generated
	 * @ordered
	 */
	protected String strengths = STRENGTHS_EDEFAULT;

	/**
	 * The default value of the '{@link #getAgreedActions() <em>Agreed Actions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgreedActions()
	 * @generated
	 * @ordered
	 */
	protected static final String AGREED_ACTIONS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAgreedActions() <em>Agreed Actions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgreedActions()
	 * @generated
	 * @ordered
	 */
	protected String agreedActions = AGREED_ACTIONS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CaseworkSupervisionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return QaPackage.Literals.CASEWORK_SUPERVISION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCaseNumber() {
		return caseNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCaseNumber(String newCaseNumber) {
		String oldCaseNumber = caseNumber;
		caseNumber = newCaseNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.CASEWORK_SUPERVISION__CASE_NUMBER, oldCaseNumber, caseNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StaffMember getSupervisor() {
		if (supervisor != null && supervisor.eIsProxy()) {
			InternalEObject oldSupervisor = (InternalEObject)supervisor;
			supervisor = (StaffMember)eResolveProxy(oldSupervisor);
			if (supervisor != oldSupervisor) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, QaPackage.CASEWORK_SUPERVISION__SUPERVISOR, oldSupervisor, supervisor));
			}
		}
		return supervisor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StaffMember basicGetSupervisor() {
		return supervisor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSupervisor(StaffMember newSupervisor) {
		StaffMember oldSupervisor = supervisor;
		supervisor = newSupervisor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.CASEWORK_SUPERVISION__SUPERVISOR, oldSupervisor, supervisor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StaffMember getWorker() {
		if (worker != null && worker.eIsProxy()) {
			InternalEObject oldWorker = (InternalEObject)worker;
			worker = (StaffMember)eResolveProxy(oldWorker);
			if (worker != oldWorker) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, QaPackage.CASEWORK_SUPERVISION__WORKER, oldWorker, worker));
			}
		}
		return worker;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StaffMember basicGetWorker() {
		return worker;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWorker(StaffMember newWorker) {
		StaffMember oldWorker = worker;
		worker = newWorker;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.CASEWORK_SUPERVISION__WORKER, oldWorker, worker));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getHeldOn() {
		return heldOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeldOn(LocalDate newHeldOn) {
		LocalDate oldHeldOn = heldOn;
		heldOn = newHeldOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.CASEWORK_SUPERVISION__HELD_ON, oldHeldOn, heldOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPurposeOfInvolvement() {
		return purposeOfInvolvement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPurposeOfInvolvement(String newPurposeOfInvolvement) {
		String oldPurposeOfInvolvement = purposeOfInvolvement;
		purposeOfInvolvement = newPurposeOfInvolvement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.CASEWORK_SUPERVISION__PURPOSE_OF_INVOLVEMENT, oldPurposeOfInvolvement, purposeOfInvolvement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReviewOfActions() {
		return reviewOfActions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewOfActions(String newReviewOfActions) {
		String oldReviewOfActions = reviewOfActions;
		reviewOfActions = newReviewOfActions;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.CASEWORK_SUPERVISION__REVIEW_OF_ACTIONS, oldReviewOfActions, reviewOfActions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getLastAssessmentOn() {
		return lastAssessmentOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastAssessmentOn(LocalDate newLastAssessmentOn) {
		LocalDate oldLastAssessmentOn = lastAssessmentOn;
		lastAssessmentOn = newLastAssessmentOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.CASEWORK_SUPERVISION__LAST_ASSESSMENT_ON, oldLastAssessmentOn, lastAssessmentOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getChildLastSeenOn() {
		return childLastSeenOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChildLastSeenOn(LocalDate newChildLastSeenOn) {
		LocalDate oldChildLastSeenOn = childLastSeenOn;
		childLastSeenOn = newChildLastSeenOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.CASEWORK_SUPERVISION__CHILD_LAST_SEEN_ON, oldChildLastSeenOn, childLastSeenOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWhatHasHappened() {
		return whatHasHappened;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWhatHasHappened(String newWhatHasHappened) {
		String oldWhatHasHappened = whatHasHappened;
		whatHasHappened = newWhatHasHappened;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.CASEWORK_SUPERVISION__WHAT_HAS_HAPPENED, oldWhatHasHappened, whatHasHappened));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSmartPlan() {
		return smartPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSmartPlan(String newSmartPlan) {
		String oldSmartPlan = smartPlan;
		smartPlan = newSmartPlan;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.CASEWORK_SUPERVISION__SMART_PLAN, oldSmartPlan, smartPlan));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWishesAndFeelings() {
		return wishesAndFeelings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWishesAndFeelings(String newWishesAndFeelings) {
		String oldWishesAndFeelings = wishesAndFeelings;
		wishesAndFeelings = newWishesAndFeelings;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.CASEWORK_SUPERVISION__WISHES_AND_FEELINGS, oldWishesAndFeelings, wishesAndFeelings));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPositiveChange() {
		return positiveChange;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPositiveChange(String newPositiveChange) {
		String oldPositiveChange = positiveChange;
		positiveChange = newPositiveChange;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.CASEWORK_SUPERVISION__POSITIVE_CHANGE, oldPositiveChange, positiveChange));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRiskAnalysis() {
		return riskAnalysis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRiskAnalysis(String newRiskAnalysis) {
		String oldRiskAnalysis = riskAnalysis;
		riskAnalysis = newRiskAnalysis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.CASEWORK_SUPERVISION__RISK_ANALYSIS, oldRiskAnalysis, riskAnalysis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStrengths() {
		return strengths;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStrengths(String newStrengths) {
		String oldStrengths = strengths;
		strengths = newStrengths;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.CASEWORK_SUPERVISION__STRENGTHS, oldStrengths, strengths));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAgreedActions() {
		return agreedActions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAgreedActions(String newAgreedActions) {
		String oldAgreedActions = agreedActions;
		agreedActions = newAgreedActions;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.CASEWORK_SUPERVISION__AGREED_ACTIONS, oldAgreedActions, agreedActions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case QaPackage.CASEWORK_SUPERVISION__CASE_NUMBER:
				return getCaseNumber();
			case QaPackage.CASEWORK_SUPERVISION__SUPERVISOR:
				if (resolve) return getSupervisor();
				return basicGetSupervisor();
			case QaPackage.CASEWORK_SUPERVISION__WORKER:
				if (resolve) return getWorker();
				return basicGetWorker();
			case QaPackage.CASEWORK_SUPERVISION__HELD_ON:
				return getHeldOn();
			case QaPackage.CASEWORK_SUPERVISION__PURPOSE_OF_INVOLVEMENT:
				return getPurposeOfInvolvement();
			case QaPackage.CASEWORK_SUPERVISION__REVIEW_OF_ACTIONS:
				return getReviewOfActions();
			case QaPackage.CASEWORK_SUPERVISION__LAST_ASSESSMENT_ON:
				return getLastAssessmentOn();
			case QaPackage.CASEWORK_SUPERVISION__CHILD_LAST_SEEN_ON:
				return getChildLastSeenOn();
			case QaPackage.CASEWORK_SUPERVISION__WHAT_HAS_HAPPENED:
				return getWhatHasHappened();
			case QaPackage.CASEWORK_SUPERVISION__SMART_PLAN:
				return getSmartPlan();
			case QaPackage.CASEWORK_SUPERVISION__WISHES_AND_FEELINGS:
				return getWishesAndFeelings();
			case QaPackage.CASEWORK_SUPERVISION__POSITIVE_CHANGE:
				return getPositiveChange();
			case QaPackage.CASEWORK_SUPERVISION__RISK_ANALYSIS:
				return getRiskAnalysis();
			case QaPackage.CASEWORK_SUPERVISION__STRENGTHS:
				return getStrengths();
			case QaPackage.CASEWORK_SUPERVISION__AGREED_ACTIONS:
				return getAgreedActions();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case QaPackage.CASEWORK_SUPERVISION__CASE_NUMBER:
				setCaseNumber((String)newValue);
				return;
			case QaPackage.CASEWORK_SUPERVISION__SUPERVISOR:
				setSupervisor((StaffMember)newValue);
				return;
			case QaPackage.CASEWORK_SUPERVISION__WORKER:
				setWorker((StaffMember)newValue);
				return;
			case QaPackage.CASEWORK_SUPERVISION__HELD_ON:
				setHeldOn((LocalDate)newValue);
				return;
			case QaPackage.CASEWORK_SUPERVISION__PURPOSE_OF_INVOLVEMENT:
				setPurposeOfInvolvement((String)newValue);
				return;
			case QaPackage.CASEWORK_SUPERVISION__REVIEW_OF_ACTIONS:
				setReviewOfActions((String)newValue);
				return;
			case QaPackage.CASEWORK_SUPERVISION__LAST_ASSESSMENT_ON:
				setLastAssessmentOn((LocalDate)newValue);
				return;
			case QaPackage.CASEWORK_SUPERVISION__CHILD_LAST_SEEN_ON:
				setChildLastSeenOn((LocalDate)newValue);
				return;
			case QaPackage.CASEWORK_SUPERVISION__WHAT_HAS_HAPPENED:
				setWhatHasHappened((String)newValue);
				return;
			case QaPackage.CASEWORK_SUPERVISION__SMART_PLAN:
				setSmartPlan((String)newValue);
				return;
			case QaPackage.CASEWORK_SUPERVISION__WISHES_AND_FEELINGS:
				setWishesAndFeelings((String)newValue);
				return;
			case QaPackage.CASEWORK_SUPERVISION__POSITIVE_CHANGE:
				setPositiveChange((String)newValue);
				return;
			case QaPackage.CASEWORK_SUPERVISION__RISK_ANALYSIS:
				setRiskAnalysis((String)newValue);
				return;
			case QaPackage.CASEWORK_SUPERVISION__STRENGTHS:
				setStrengths((String)newValue);
				return;
			case QaPackage.CASEWORK_SUPERVISION__AGREED_ACTIONS:
				setAgreedActions((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case QaPackage.CASEWORK_SUPERVISION__CASE_NUMBER:
				setCaseNumber(CASE_NUMBER_EDEFAULT);
				return;
			case QaPackage.CASEWORK_SUPERVISION__SUPERVISOR:
				setSupervisor((StaffMember)null);
				return;
			case QaPackage.CASEWORK_SUPERVISION__WORKER:
				setWorker((StaffMember)null);
				return;
			case QaPackage.CASEWORK_SUPERVISION__HELD_ON:
				setHeldOn(HELD_ON_EDEFAULT);
				return;
			case QaPackage.CASEWORK_SUPERVISION__PURPOSE_OF_INVOLVEMENT:
				setPurposeOfInvolvement(PURPOSE_OF_INVOLVEMENT_EDEFAULT);
				return;
			case QaPackage.CASEWORK_SUPERVISION__REVIEW_OF_ACTIONS:
				setReviewOfActions(REVIEW_OF_ACTIONS_EDEFAULT);
				return;
			case QaPackage.CASEWORK_SUPERVISION__LAST_ASSESSMENT_ON:
				setLastAssessmentOn(LAST_ASSESSMENT_ON_EDEFAULT);
				return;
			case QaPackage.CASEWORK_SUPERVISION__CHILD_LAST_SEEN_ON:
				setChildLastSeenOn(CHILD_LAST_SEEN_ON_EDEFAULT);
				return;
			case QaPackage.CASEWORK_SUPERVISION__WHAT_HAS_HAPPENED:
				setWhatHasHappened(WHAT_HAS_HAPPENED_EDEFAULT);
				return;
			case QaPackage.CASEWORK_SUPERVISION__SMART_PLAN:
				setSmartPlan(SMART_PLAN_EDEFAULT);
				return;
			case QaPackage.CASEWORK_SUPERVISION__WISHES_AND_FEELINGS:
				setWishesAndFeelings(WISHES_AND_FEELINGS_EDEFAULT);
				return;
			case QaPackage.CASEWORK_SUPERVISION__POSITIVE_CHANGE:
				setPositiveChange(POSITIVE_CHANGE_EDEFAULT);
				return;
			case QaPackage.CASEWORK_SUPERVISION__RISK_ANALYSIS:
				setRiskAnalysis(RISK_ANALYSIS_EDEFAULT);
				return;
			case QaPackage.CASEWORK_SUPERVISION__STRENGTHS:
				setStrengths(STRENGTHS_EDEFAULT);
				return;
			case QaPackage.CASEWORK_SUPERVISION__AGREED_ACTIONS:
				setAgreedActions(AGREED_ACTIONS_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case QaPackage.CASEWORK_SUPERVISION__CASE_NUMBER:
				return CASE_NUMBER_EDEFAULT == null ? caseNumber != null : !CASE_NUMBER_EDEFAULT.equals(caseNumber);
			case QaPackage.CASEWORK_SUPERVISION__SUPERVISOR:
				return supervisor != null;
			case QaPackage.CASEWORK_SUPERVISION__WORKER:
				return worker != null;
			case QaPackage.CASEWORK_SUPERVISION__HELD_ON:
				return HELD_ON_EDEFAULT == null ? heldOn != null : !HELD_ON_EDEFAULT.equals(heldOn);
			case QaPackage.CASEWORK_SUPERVISION__PURPOSE_OF_INVOLVEMENT:
				return PURPOSE_OF_INVOLVEMENT_EDEFAULT == null ? purposeOfInvolvement != null : !PURPOSE_OF_INVOLVEMENT_EDEFAULT.equals(purposeOfInvolvement);
			case QaPackage.CASEWORK_SUPERVISION__REVIEW_OF_ACTIONS:
				return REVIEW_OF_ACTIONS_EDEFAULT == null ? reviewOfActions != null : !REVIEW_OF_ACTIONS_EDEFAULT.equals(reviewOfActions);
			case QaPackage.CASEWORK_SUPERVISION__LAST_ASSESSMENT_ON:
				return LAST_ASSESSMENT_ON_EDEFAULT == null ? lastAssessmentOn != null : !LAST_ASSESSMENT_ON_EDEFAULT.equals(lastAssessmentOn);
			case QaPackage.CASEWORK_SUPERVISION__CHILD_LAST_SEEN_ON:
				return CHILD_LAST_SEEN_ON_EDEFAULT == null ? childLastSeenOn != null : !CHILD_LAST_SEEN_ON_EDEFAULT.equals(childLastSeenOn);
			case QaPackage.CASEWORK_SUPERVISION__WHAT_HAS_HAPPENED:
				return WHAT_HAS_HAPPENED_EDEFAULT == null ? whatHasHappened != null : !WHAT_HAS_HAPPENED_EDEFAULT.equals(whatHasHappened);
			case QaPackage.CASEWORK_SUPERVISION__SMART_PLAN:
				return SMART_PLAN_EDEFAULT == null ? smartPlan != null : !SMART_PLAN_EDEFAULT.equals(smartPlan);
			case QaPackage.CASEWORK_SUPERVISION__WISHES_AND_FEELINGS:
				return WISHES_AND_FEELINGS_EDEFAULT == null ? wishesAndFeelings != null : !WISHES_AND_FEELINGS_EDEFAULT.equals(wishesAndFeelings);
			case QaPackage.CASEWORK_SUPERVISION__POSITIVE_CHANGE:
				return POSITIVE_CHANGE_EDEFAULT == null ? positiveChange != null : !POSITIVE_CHANGE_EDEFAULT.equals(positiveChange);
			case QaPackage.CASEWORK_SUPERVISION__RISK_ANALYSIS:
				return RISK_ANALYSIS_EDEFAULT == null ? riskAnalysis != null : !RISK_ANALYSIS_EDEFAULT.equals(riskAnalysis);
			case QaPackage.CASEWORK_SUPERVISION__STRENGTHS:
				return STRENGTHS_EDEFAULT == null ? strengths != null : !STRENGTHS_EDEFAULT.equals(strengths);
			case QaPackage.CASEWORK_SUPERVISION__AGREED_ACTIONS:
				return AGREED_ACTIONS_EDEFAULT == null ? agreedActions != null : !AGREED_ACTIONS_EDEFAULT.equals(agreedActions);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (caseNumber: ");
		result.append(caseNumber);
		result.append(", heldOn: ");
		result.append(heldOn);
		result.append(", purposeOfInvolvement: ");
		result.append(purposeOfInvolvement);
		result.append(", reviewOfActions: ");
		result.append(reviewOfActions);
		result.append(", lastAssessmentOn: ");
		result.append(lastAssessmentOn);
		result.append(", childLastSeenOn: ");
		result.append(childLastSeenOn);
		result.append(", whatHasHappened: ");
		result.append(whatHasHappened);
		result.append(", smartPlan: ");
		result.append(smartPlan);
		result.append(", wishesAndFeelings: ");
		result.append(wishesAndFeelings);
		result.append(", positiveChange: ");
		result.append(positiveChange);
		result.append(", riskAnalysis: ");
		result.append(riskAnalysis);
		result.append(", strengths: ");
		result.append(strengths);
		result.append(", agreedActions: ");
		result.append(agreedActions);
		result.append(')');
		return result.toString();
	}

} //CaseworkSupervisionImpl
