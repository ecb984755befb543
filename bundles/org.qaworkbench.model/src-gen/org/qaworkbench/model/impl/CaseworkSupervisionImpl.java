/**
 */
package org.qaworkbench.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.qaworkbench.model.AgreedAction;
import org.qaworkbench.model.Amendment;
import org.qaworkbench.model.CaseStatus;
import org.qaworkbench.model.CaseworkSupervision;
import org.qaworkbench.model.QaPackage;
import org.qaworkbench.model.SignOff;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.model.SupervisionState;

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
 *   <li>{@link org.qaworkbench.model.impl.CaseworkSupervisionImpl#getCaseStatus <em>Case Status</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.CaseworkSupervisionImpl#isSupportPlanUpToDate <em>Support Plan Up To Date</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.CaseworkSupervisionImpl#getActions <em>Actions</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.CaseworkSupervisionImpl#getDefinitionId <em>Definition Id</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.CaseworkSupervisionImpl#getDefinitionVersion <em>Definition Version</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.CaseworkSupervisionImpl#getDefinitionHash <em>Definition Hash</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.CaseworkSupervisionImpl#getState <em>State</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.CaseworkSupervisionImpl#getSignOffs <em>Sign Offs</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.CaseworkSupervisionImpl#getAmendments <em>Amendments</em>}</li>
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
	 * The default value of the '{@link #getCaseStatus() <em>Case Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaseStatus()
	 * @generated
	 * @ordered
	 */
	protected static final CaseStatus CASE_STATUS_EDEFAULT = CaseStatus.CHILD_PROTECTION;

	/**
	 * The cached value of the '{@link #getCaseStatus() <em>Case Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaseStatus()
	 * @generated
	 * @ordered
	 */
	protected CaseStatus caseStatus = CASE_STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #isSupportPlanUpToDate() <em>Support Plan Up To Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSupportPlanUpToDate()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SUPPORT_PLAN_UP_TO_DATE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSupportPlanUpToDate() <em>Support Plan Up To Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSupportPlanUpToDate()
	 * @generated
	 * @ordered
	 */
	protected boolean supportPlanUpToDate = SUPPORT_PLAN_UP_TO_DATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getActions() <em>Actions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActions()
	 * @generated
	 * @ordered
	 */
	protected EList<AgreedAction> actions;

	/**
	 * The default value of the '{@link #getDefinitionId() <em>Definition Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefinitionId()
	 * @generated
	 * @ordered
	 */
	protected static final String DEFINITION_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDefinitionId() <em>Definition Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefinitionId()
	 * @generated
	 * @ordered
	 */
	protected String definitionId = DEFINITION_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getDefinitionVersion() <em>Definition Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefinitionVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String DEFINITION_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDefinitionVersion() <em>Definition Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefinitionVersion()
	 * @generated
	 * @ordered
	 */
	protected String definitionVersion = DEFINITION_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getDefinitionHash() <em>Definition Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefinitionHash()
	 * @generated
	 * @ordered
	 */
	protected static final String DEFINITION_HASH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDefinitionHash() <em>Definition Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefinitionHash()
	 * @generated
	 * @ordered
	 */
	protected String definitionHash = DEFINITION_HASH_EDEFAULT;

	/**
	 * The default value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected static final SupervisionState STATE_EDEFAULT = SupervisionState.DRAFT;

	/**
	 * The cached value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected SupervisionState state = STATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSignOffs() <em>Sign Offs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignOffs()
	 * @generated
	 * @ordered
	 */
	protected EList<SignOff> signOffs;

	/**
	 * The cached value of the '{@link #getAmendments() <em>Amendments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmendments()
	 * @generated
	 * @ordered
	 */
	protected EList<Amendment> amendments;

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
	public CaseStatus getCaseStatus() {
		return caseStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCaseStatus(CaseStatus newCaseStatus) {
		CaseStatus oldCaseStatus = caseStatus;
		caseStatus = newCaseStatus == null ? CASE_STATUS_EDEFAULT : newCaseStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.CASEWORK_SUPERVISION__CASE_STATUS, oldCaseStatus, caseStatus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSupportPlanUpToDate() {
		return supportPlanUpToDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSupportPlanUpToDate(boolean newSupportPlanUpToDate) {
		boolean oldSupportPlanUpToDate = supportPlanUpToDate;
		supportPlanUpToDate = newSupportPlanUpToDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.CASEWORK_SUPERVISION__SUPPORT_PLAN_UP_TO_DATE, oldSupportPlanUpToDate, supportPlanUpToDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AgreedAction> getActions() {
		if (actions == null) {
			actions = new EObjectContainmentEList<AgreedAction>(AgreedAction.class, this, QaPackage.CASEWORK_SUPERVISION__ACTIONS);
		}
		return actions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDefinitionId() {
		return definitionId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefinitionId(String newDefinitionId) {
		String oldDefinitionId = definitionId;
		definitionId = newDefinitionId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.CASEWORK_SUPERVISION__DEFINITION_ID, oldDefinitionId, definitionId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDefinitionVersion() {
		return definitionVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefinitionVersion(String newDefinitionVersion) {
		String oldDefinitionVersion = definitionVersion;
		definitionVersion = newDefinitionVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.CASEWORK_SUPERVISION__DEFINITION_VERSION, oldDefinitionVersion, definitionVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDefinitionHash() {
		return definitionHash;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefinitionHash(String newDefinitionHash) {
		String oldDefinitionHash = definitionHash;
		definitionHash = newDefinitionHash;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.CASEWORK_SUPERVISION__DEFINITION_HASH, oldDefinitionHash, definitionHash));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SupervisionState getState() {
		return state;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setState(SupervisionState newState) {
		SupervisionState oldState = state;
		state = newState == null ? STATE_EDEFAULT : newState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.CASEWORK_SUPERVISION__STATE, oldState, state));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SignOff> getSignOffs() {
		if (signOffs == null) {
			signOffs = new EObjectContainmentEList<SignOff>(SignOff.class, this, QaPackage.CASEWORK_SUPERVISION__SIGN_OFFS);
		}
		return signOffs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Amendment> getAmendments() {
		if (amendments == null) {
			amendments = new EObjectContainmentEList<Amendment>(Amendment.class, this, QaPackage.CASEWORK_SUPERVISION__AMENDMENTS);
		}
		return amendments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case QaPackage.CASEWORK_SUPERVISION__ACTIONS:
				return ((InternalEList<?>)getActions()).basicRemove(otherEnd, msgs);
			case QaPackage.CASEWORK_SUPERVISION__SIGN_OFFS:
				return ((InternalEList<?>)getSignOffs()).basicRemove(otherEnd, msgs);
			case QaPackage.CASEWORK_SUPERVISION__AMENDMENTS:
				return ((InternalEList<?>)getAmendments()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
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
			case QaPackage.CASEWORK_SUPERVISION__CASE_STATUS:
				return getCaseStatus();
			case QaPackage.CASEWORK_SUPERVISION__SUPPORT_PLAN_UP_TO_DATE:
				return isSupportPlanUpToDate();
			case QaPackage.CASEWORK_SUPERVISION__ACTIONS:
				return getActions();
			case QaPackage.CASEWORK_SUPERVISION__DEFINITION_ID:
				return getDefinitionId();
			case QaPackage.CASEWORK_SUPERVISION__DEFINITION_VERSION:
				return getDefinitionVersion();
			case QaPackage.CASEWORK_SUPERVISION__DEFINITION_HASH:
				return getDefinitionHash();
			case QaPackage.CASEWORK_SUPERVISION__STATE:
				return getState();
			case QaPackage.CASEWORK_SUPERVISION__SIGN_OFFS:
				return getSignOffs();
			case QaPackage.CASEWORK_SUPERVISION__AMENDMENTS:
				return getAmendments();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
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
			case QaPackage.CASEWORK_SUPERVISION__CASE_STATUS:
				setCaseStatus((CaseStatus)newValue);
				return;
			case QaPackage.CASEWORK_SUPERVISION__SUPPORT_PLAN_UP_TO_DATE:
				setSupportPlanUpToDate((Boolean)newValue);
				return;
			case QaPackage.CASEWORK_SUPERVISION__ACTIONS:
				getActions().clear();
				getActions().addAll((Collection<? extends AgreedAction>)newValue);
				return;
			case QaPackage.CASEWORK_SUPERVISION__DEFINITION_ID:
				setDefinitionId((String)newValue);
				return;
			case QaPackage.CASEWORK_SUPERVISION__DEFINITION_VERSION:
				setDefinitionVersion((String)newValue);
				return;
			case QaPackage.CASEWORK_SUPERVISION__DEFINITION_HASH:
				setDefinitionHash((String)newValue);
				return;
			case QaPackage.CASEWORK_SUPERVISION__STATE:
				setState((SupervisionState)newValue);
				return;
			case QaPackage.CASEWORK_SUPERVISION__SIGN_OFFS:
				getSignOffs().clear();
				getSignOffs().addAll((Collection<? extends SignOff>)newValue);
				return;
			case QaPackage.CASEWORK_SUPERVISION__AMENDMENTS:
				getAmendments().clear();
				getAmendments().addAll((Collection<? extends Amendment>)newValue);
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
			case QaPackage.CASEWORK_SUPERVISION__CASE_STATUS:
				setCaseStatus(CASE_STATUS_EDEFAULT);
				return;
			case QaPackage.CASEWORK_SUPERVISION__SUPPORT_PLAN_UP_TO_DATE:
				setSupportPlanUpToDate(SUPPORT_PLAN_UP_TO_DATE_EDEFAULT);
				return;
			case QaPackage.CASEWORK_SUPERVISION__ACTIONS:
				getActions().clear();
				return;
			case QaPackage.CASEWORK_SUPERVISION__DEFINITION_ID:
				setDefinitionId(DEFINITION_ID_EDEFAULT);
				return;
			case QaPackage.CASEWORK_SUPERVISION__DEFINITION_VERSION:
				setDefinitionVersion(DEFINITION_VERSION_EDEFAULT);
				return;
			case QaPackage.CASEWORK_SUPERVISION__DEFINITION_HASH:
				setDefinitionHash(DEFINITION_HASH_EDEFAULT);
				return;
			case QaPackage.CASEWORK_SUPERVISION__STATE:
				setState(STATE_EDEFAULT);
				return;
			case QaPackage.CASEWORK_SUPERVISION__SIGN_OFFS:
				getSignOffs().clear();
				return;
			case QaPackage.CASEWORK_SUPERVISION__AMENDMENTS:
				getAmendments().clear();
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
			case QaPackage.CASEWORK_SUPERVISION__CASE_STATUS:
				return caseStatus != CASE_STATUS_EDEFAULT;
			case QaPackage.CASEWORK_SUPERVISION__SUPPORT_PLAN_UP_TO_DATE:
				return supportPlanUpToDate != SUPPORT_PLAN_UP_TO_DATE_EDEFAULT;
			case QaPackage.CASEWORK_SUPERVISION__ACTIONS:
				return actions != null && !actions.isEmpty();
			case QaPackage.CASEWORK_SUPERVISION__DEFINITION_ID:
				return DEFINITION_ID_EDEFAULT == null ? definitionId != null : !DEFINITION_ID_EDEFAULT.equals(definitionId);
			case QaPackage.CASEWORK_SUPERVISION__DEFINITION_VERSION:
				return DEFINITION_VERSION_EDEFAULT == null ? definitionVersion != null : !DEFINITION_VERSION_EDEFAULT.equals(definitionVersion);
			case QaPackage.CASEWORK_SUPERVISION__DEFINITION_HASH:
				return DEFINITION_HASH_EDEFAULT == null ? definitionHash != null : !DEFINITION_HASH_EDEFAULT.equals(definitionHash);
			case QaPackage.CASEWORK_SUPERVISION__STATE:
				return state != STATE_EDEFAULT;
			case QaPackage.CASEWORK_SUPERVISION__SIGN_OFFS:
				return signOffs != null && !signOffs.isEmpty();
			case QaPackage.CASEWORK_SUPERVISION__AMENDMENTS:
				return amendments != null && !amendments.isEmpty();
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
		result.append(", caseStatus: ");
		result.append(caseStatus);
		result.append(", supportPlanUpToDate: ");
		result.append(supportPlanUpToDate);
		result.append(", definitionId: ");
		result.append(definitionId);
		result.append(", definitionVersion: ");
		result.append(definitionVersion);
		result.append(", definitionHash: ");
		result.append(definitionHash);
		result.append(", state: ");
		result.append(state);
		result.append(')');
		return result.toString();
	}

} //CaseworkSupervisionImpl
