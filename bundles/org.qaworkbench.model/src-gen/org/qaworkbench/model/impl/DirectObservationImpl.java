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

import org.qaworkbench.model.Amendment;
import org.qaworkbench.model.Consent;
import org.qaworkbench.model.DirectObservation;
import org.qaworkbench.model.Narrative;
import org.qaworkbench.model.ObservationState;
import org.qaworkbench.model.QaPackage;
import org.qaworkbench.model.SignOff;
import org.qaworkbench.model.StaffMember;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Direct Observation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.qaworkbench.model.impl.DirectObservationImpl#getObservedOn <em>Observed On</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.DirectObservationImpl#getPractitioner <em>Practitioner</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.DirectObservationImpl#getObserver <em>Observer</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.DirectObservationImpl#getCaseNumber <em>Case Number</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.DirectObservationImpl#getSetting <em>Setting</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.DirectObservationImpl#getConsent <em>Consent</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.DirectObservationImpl#getAgreedObjectives <em>Agreed Objectives</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.DirectObservationImpl#getNarratives <em>Narratives</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.DirectObservationImpl#getGrade <em>Grade</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.DirectObservationImpl#getRecommendations <em>Recommendations</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.DirectObservationImpl#getPractitionerComment <em>Practitioner Comment</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.DirectObservationImpl#getServiceUserComment <em>Service User Comment</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.DirectObservationImpl#getState <em>State</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.DirectObservationImpl#getLearningFocus <em>Learning Focus</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.DirectObservationImpl#getObserverRole <em>Observer Role</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.DirectObservationImpl#getFeedbackPlan <em>Feedback Plan</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.DirectObservationImpl#getPractitionerReflection <em>Practitioner Reflection</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.DirectObservationImpl#getActionsDueOn <em>Actions Due On</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.DirectObservationImpl#getDefinitionId <em>Definition Id</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.DirectObservationImpl#getDefinitionVersion <em>Definition Version</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.DirectObservationImpl#getDefinitionHash <em>Definition Hash</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.DirectObservationImpl#getSignOffs <em>Sign Offs</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.DirectObservationImpl#getAmendments <em>Amendments</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DirectObservationImpl extends IdentifiedImpl implements DirectObservation {
	/**
	 * The default value of the '{@link #getObservedOn() <em>Observed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObservedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate OBSERVED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getObservedOn() <em>Observed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObservedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate observedOn = OBSERVED_ON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPractitioner() <em>Practitioner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPractitioner()
	 * @generated
	 * @ordered
	 */
	protected StaffMember practitioner;

	/**
	 * The cached value of the '{@link #getObserver() <em>Observer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObserver()
	 * @generated
	 * @ordered
	 */
	protected StaffMember observer;

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
	 * The default value of the '{@link #getSetting() <em>Setting</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSetting()
	 * @generated
	 * @ordered
	 */
	protected static final String SETTING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSetting() <em>Setting</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSetting()
	 * @generated
	 * @ordered
	 */
	protected String setting = SETTING_EDEFAULT;

	/**
	 * The cached value of the '{@link #getConsent() <em>Consent</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsent()
	 * @generated
	 * @ordered
	 */
	protected Consent consent;

	/**
	 * The default value of the '{@link #getAgreedObjectives() <em>Agreed Objectives</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgreedObjectives()
	 * @generated
	 * @ordered
	 */
	protected static final String AGREED_OBJECTIVES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAgreedObjectives() <em>Agreed Objectives</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgreedObjectives()
	 * @generated
	 * @ordered
	 */
	protected String agreedObjectives = AGREED_OBJECTIVES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getNarratives() <em>Narratives</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNarratives()
	 * @generated
	 * @ordered
	 */
	protected EList<Narrative> narratives;

	/**
	 * The default value of the '{@link #getGrade() <em>Grade</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGrade()
	 * @generated
	 * @ordered
	 */
	protected static final int GRADE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getGrade() <em>Grade</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGrade()
	 * @generated
	 * @ordered
	 */
	protected int grade = GRADE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRecommendations() <em>Recommendations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecommendations()
	 * @generated
	 * @ordered
	 */
	protected static final String RECOMMENDATIONS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRecommendations() <em>Recommendations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecommendations()
	 * @generated
	 * @ordered
	 */
	protected String recommendations = RECOMMENDATIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPractitionerComment() <em>Practitioner Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPractitionerComment()
	 * @generated
	 * @ordered
	 */
	protected static final String PRACTITIONER_COMMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPractitionerComment() <em>Practitioner Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPractitionerComment()
	 * @generated
	 * @ordered
	 */
	protected String practitionerComment = PRACTITIONER_COMMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getServiceUserComment() <em>Service User Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceUserComment()
	 * @generated
	 * @ordered
	 */
	protected static final String SERVICE_USER_COMMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getServiceUserComment() <em>Service User Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceUserComment()
	 * @generated
	 * @ordered
	 */
	protected String serviceUserComment = SERVICE_USER_COMMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected static final ObservationState STATE_EDEFAULT = ObservationState.PLANNED;

	/**
	 * The cached value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected ObservationState state = STATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLearningFocus() <em>Learning Focus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLearningFocus()
	 * @generated
	 * @ordered
	 */
	protected static final String LEARNING_FOCUS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLearningFocus() <em>Learning Focus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLearningFocus()
	 * @generated
	 * @ordered
	 */
	protected String learningFocus = LEARNING_FOCUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getObserverRole() <em>Observer Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObserverRole()
	 * @generated
	 * @ordered
	 */
	protected static final String OBSERVER_ROLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getObserverRole() <em>Observer Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObserverRole()
	 * @generated
	 * @ordered
	 */
	protected String observerRole = OBSERVER_ROLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFeedbackPlan() <em>Feedback Plan</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeedbackPlan()
	 * @generated
	 * @ordered
	 */
	protected static final String FEEDBACK_PLAN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFeedbackPlan() <em>Feedback Plan</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeedbackPlan()
	 * @generated
	 * @ordered
	 */
	protected String feedbackPlan = FEEDBACK_PLAN_EDEFAULT;

	/**
	 * The default value of the '{@link #getPractitionerReflection() <em>Practitioner Reflection</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPractitionerReflection()
	 * @generated
	 * @ordered
	 */
	protected static final String PRACTITIONER_REFLECTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPractitionerReflection() <em>Practitioner Reflection</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPractitionerReflection()
	 * @generated
	 * @ordered
	 */
	protected String practitionerReflection = PRACTITIONER_REFLECTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getActionsDueOn() <em>Actions Due On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActionsDueOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate ACTIONS_DUE_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getActionsDueOn() <em>Actions Due On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActionsDueOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate actionsDueOn = ACTIONS_DUE_ON_EDEFAULT;

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
	protected DirectObservationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return QaPackage.Literals.DIRECT_OBSERVATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getObservedOn() {
		return observedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setObservedOn(LocalDate newObservedOn) {
		LocalDate oldObservedOn = observedOn;
		observedOn = newObservedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.DIRECT_OBSERVATION__OBSERVED_ON, oldObservedOn, observedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StaffMember getPractitioner() {
		if (practitioner != null && practitioner.eIsProxy()) {
			InternalEObject oldPractitioner = (InternalEObject)practitioner;
			practitioner = (StaffMember)eResolveProxy(oldPractitioner);
			if (practitioner != oldPractitioner) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, QaPackage.DIRECT_OBSERVATION__PRACTITIONER, oldPractitioner, practitioner));
			}
		}
		return practitioner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StaffMember basicGetPractitioner() {
		return practitioner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPractitioner(StaffMember newPractitioner) {
		StaffMember oldPractitioner = practitioner;
		practitioner = newPractitioner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.DIRECT_OBSERVATION__PRACTITIONER, oldPractitioner, practitioner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StaffMember getObserver() {
		if (observer != null && observer.eIsProxy()) {
			InternalEObject oldObserver = (InternalEObject)observer;
			observer = (StaffMember)eResolveProxy(oldObserver);
			if (observer != oldObserver) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, QaPackage.DIRECT_OBSERVATION__OBSERVER, oldObserver, observer));
			}
		}
		return observer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StaffMember basicGetObserver() {
		return observer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setObserver(StaffMember newObserver) {
		StaffMember oldObserver = observer;
		observer = newObserver;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.DIRECT_OBSERVATION__OBSERVER, oldObserver, observer));
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
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.DIRECT_OBSERVATION__CASE_NUMBER, oldCaseNumber, caseNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSetting() {
		return setting;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSetting(String newSetting) {
		String oldSetting = setting;
		setting = newSetting;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.DIRECT_OBSERVATION__SETTING, oldSetting, setting));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Consent getConsent() {
		return consent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetConsent(Consent newConsent, NotificationChain msgs) {
		Consent oldConsent = consent;
		consent = newConsent;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, QaPackage.DIRECT_OBSERVATION__CONSENT, oldConsent, newConsent);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConsent(Consent newConsent) {
		if (newConsent != consent) {
			NotificationChain msgs = null;
			if (consent != null)
				msgs = ((InternalEObject)consent).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - QaPackage.DIRECT_OBSERVATION__CONSENT, null, msgs);
			if (newConsent != null)
				msgs = ((InternalEObject)newConsent).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - QaPackage.DIRECT_OBSERVATION__CONSENT, null, msgs);
			msgs = basicSetConsent(newConsent, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.DIRECT_OBSERVATION__CONSENT, newConsent, newConsent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAgreedObjectives() {
		return agreedObjectives;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAgreedObjectives(String newAgreedObjectives) {
		String oldAgreedObjectives = agreedObjectives;
		agreedObjectives = newAgreedObjectives;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.DIRECT_OBSERVATION__AGREED_OBJECTIVES, oldAgreedObjectives, agreedObjectives));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Narrative> getNarratives() {
		if (narratives == null) {
			narratives = new EObjectContainmentEList<Narrative>(Narrative.class, this, QaPackage.DIRECT_OBSERVATION__NARRATIVES);
		}
		return narratives;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getGrade() {
		return grade;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGrade(int newGrade) {
		int oldGrade = grade;
		grade = newGrade;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.DIRECT_OBSERVATION__GRADE, oldGrade, grade));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRecommendations() {
		return recommendations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecommendations(String newRecommendations) {
		String oldRecommendations = recommendations;
		recommendations = newRecommendations;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.DIRECT_OBSERVATION__RECOMMENDATIONS, oldRecommendations, recommendations));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPractitionerComment() {
		return practitionerComment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPractitionerComment(String newPractitionerComment) {
		String oldPractitionerComment = practitionerComment;
		practitionerComment = newPractitionerComment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.DIRECT_OBSERVATION__PRACTITIONER_COMMENT, oldPractitionerComment, practitionerComment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getServiceUserComment() {
		return serviceUserComment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setServiceUserComment(String newServiceUserComment) {
		String oldServiceUserComment = serviceUserComment;
		serviceUserComment = newServiceUserComment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.DIRECT_OBSERVATION__SERVICE_USER_COMMENT, oldServiceUserComment, serviceUserComment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ObservationState getState() {
		return state;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setState(ObservationState newState) {
		ObservationState oldState = state;
		state = newState == null ? STATE_EDEFAULT : newState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.DIRECT_OBSERVATION__STATE, oldState, state));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLearningFocus() {
		return learningFocus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLearningFocus(String newLearningFocus) {
		String oldLearningFocus = learningFocus;
		learningFocus = newLearningFocus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.DIRECT_OBSERVATION__LEARNING_FOCUS, oldLearningFocus, learningFocus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getObserverRole() {
		return observerRole;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setObserverRole(String newObserverRole) {
		String oldObserverRole = observerRole;
		observerRole = newObserverRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.DIRECT_OBSERVATION__OBSERVER_ROLE, oldObserverRole, observerRole));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFeedbackPlan() {
		return feedbackPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFeedbackPlan(String newFeedbackPlan) {
		String oldFeedbackPlan = feedbackPlan;
		feedbackPlan = newFeedbackPlan;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.DIRECT_OBSERVATION__FEEDBACK_PLAN, oldFeedbackPlan, feedbackPlan));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPractitionerReflection() {
		return practitionerReflection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPractitionerReflection(String newPractitionerReflection) {
		String oldPractitionerReflection = practitionerReflection;
		practitionerReflection = newPractitionerReflection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.DIRECT_OBSERVATION__PRACTITIONER_REFLECTION, oldPractitionerReflection, practitionerReflection));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getActionsDueOn() {
		return actionsDueOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActionsDueOn(LocalDate newActionsDueOn) {
		LocalDate oldActionsDueOn = actionsDueOn;
		actionsDueOn = newActionsDueOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.DIRECT_OBSERVATION__ACTIONS_DUE_ON, oldActionsDueOn, actionsDueOn));
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
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.DIRECT_OBSERVATION__DEFINITION_ID, oldDefinitionId, definitionId));
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
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.DIRECT_OBSERVATION__DEFINITION_VERSION, oldDefinitionVersion, definitionVersion));
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
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.DIRECT_OBSERVATION__DEFINITION_HASH, oldDefinitionHash, definitionHash));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SignOff> getSignOffs() {
		if (signOffs == null) {
			signOffs = new EObjectContainmentEList<SignOff>(SignOff.class, this, QaPackage.DIRECT_OBSERVATION__SIGN_OFFS);
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
			amendments = new EObjectContainmentEList<Amendment>(Amendment.class, this, QaPackage.DIRECT_OBSERVATION__AMENDMENTS);
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
			case QaPackage.DIRECT_OBSERVATION__CONSENT:
				return basicSetConsent(null, msgs);
			case QaPackage.DIRECT_OBSERVATION__NARRATIVES:
				return ((InternalEList<?>)getNarratives()).basicRemove(otherEnd, msgs);
			case QaPackage.DIRECT_OBSERVATION__SIGN_OFFS:
				return ((InternalEList<?>)getSignOffs()).basicRemove(otherEnd, msgs);
			case QaPackage.DIRECT_OBSERVATION__AMENDMENTS:
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
			case QaPackage.DIRECT_OBSERVATION__OBSERVED_ON:
				return getObservedOn();
			case QaPackage.DIRECT_OBSERVATION__PRACTITIONER:
				if (resolve) return getPractitioner();
				return basicGetPractitioner();
			case QaPackage.DIRECT_OBSERVATION__OBSERVER:
				if (resolve) return getObserver();
				return basicGetObserver();
			case QaPackage.DIRECT_OBSERVATION__CASE_NUMBER:
				return getCaseNumber();
			case QaPackage.DIRECT_OBSERVATION__SETTING:
				return getSetting();
			case QaPackage.DIRECT_OBSERVATION__CONSENT:
				return getConsent();
			case QaPackage.DIRECT_OBSERVATION__AGREED_OBJECTIVES:
				return getAgreedObjectives();
			case QaPackage.DIRECT_OBSERVATION__NARRATIVES:
				return getNarratives();
			case QaPackage.DIRECT_OBSERVATION__GRADE:
				return getGrade();
			case QaPackage.DIRECT_OBSERVATION__RECOMMENDATIONS:
				return getRecommendations();
			case QaPackage.DIRECT_OBSERVATION__PRACTITIONER_COMMENT:
				return getPractitionerComment();
			case QaPackage.DIRECT_OBSERVATION__SERVICE_USER_COMMENT:
				return getServiceUserComment();
			case QaPackage.DIRECT_OBSERVATION__STATE:
				return getState();
			case QaPackage.DIRECT_OBSERVATION__LEARNING_FOCUS:
				return getLearningFocus();
			case QaPackage.DIRECT_OBSERVATION__OBSERVER_ROLE:
				return getObserverRole();
			case QaPackage.DIRECT_OBSERVATION__FEEDBACK_PLAN:
				return getFeedbackPlan();
			case QaPackage.DIRECT_OBSERVATION__PRACTITIONER_REFLECTION:
				return getPractitionerReflection();
			case QaPackage.DIRECT_OBSERVATION__ACTIONS_DUE_ON:
				return getActionsDueOn();
			case QaPackage.DIRECT_OBSERVATION__DEFINITION_ID:
				return getDefinitionId();
			case QaPackage.DIRECT_OBSERVATION__DEFINITION_VERSION:
				return getDefinitionVersion();
			case QaPackage.DIRECT_OBSERVATION__DEFINITION_HASH:
				return getDefinitionHash();
			case QaPackage.DIRECT_OBSERVATION__SIGN_OFFS:
				return getSignOffs();
			case QaPackage.DIRECT_OBSERVATION__AMENDMENTS:
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
			case QaPackage.DIRECT_OBSERVATION__OBSERVED_ON:
				setObservedOn((LocalDate)newValue);
				return;
			case QaPackage.DIRECT_OBSERVATION__PRACTITIONER:
				setPractitioner((StaffMember)newValue);
				return;
			case QaPackage.DIRECT_OBSERVATION__OBSERVER:
				setObserver((StaffMember)newValue);
				return;
			case QaPackage.DIRECT_OBSERVATION__CASE_NUMBER:
				setCaseNumber((String)newValue);
				return;
			case QaPackage.DIRECT_OBSERVATION__SETTING:
				setSetting((String)newValue);
				return;
			case QaPackage.DIRECT_OBSERVATION__CONSENT:
				setConsent((Consent)newValue);
				return;
			case QaPackage.DIRECT_OBSERVATION__AGREED_OBJECTIVES:
				setAgreedObjectives((String)newValue);
				return;
			case QaPackage.DIRECT_OBSERVATION__NARRATIVES:
				getNarratives().clear();
				getNarratives().addAll((Collection<? extends Narrative>)newValue);
				return;
			case QaPackage.DIRECT_OBSERVATION__GRADE:
				setGrade((Integer)newValue);
				return;
			case QaPackage.DIRECT_OBSERVATION__RECOMMENDATIONS:
				setRecommendations((String)newValue);
				return;
			case QaPackage.DIRECT_OBSERVATION__PRACTITIONER_COMMENT:
				setPractitionerComment((String)newValue);
				return;
			case QaPackage.DIRECT_OBSERVATION__SERVICE_USER_COMMENT:
				setServiceUserComment((String)newValue);
				return;
			case QaPackage.DIRECT_OBSERVATION__STATE:
				setState((ObservationState)newValue);
				return;
			case QaPackage.DIRECT_OBSERVATION__LEARNING_FOCUS:
				setLearningFocus((String)newValue);
				return;
			case QaPackage.DIRECT_OBSERVATION__OBSERVER_ROLE:
				setObserverRole((String)newValue);
				return;
			case QaPackage.DIRECT_OBSERVATION__FEEDBACK_PLAN:
				setFeedbackPlan((String)newValue);
				return;
			case QaPackage.DIRECT_OBSERVATION__PRACTITIONER_REFLECTION:
				setPractitionerReflection((String)newValue);
				return;
			case QaPackage.DIRECT_OBSERVATION__ACTIONS_DUE_ON:
				setActionsDueOn((LocalDate)newValue);
				return;
			case QaPackage.DIRECT_OBSERVATION__DEFINITION_ID:
				setDefinitionId((String)newValue);
				return;
			case QaPackage.DIRECT_OBSERVATION__DEFINITION_VERSION:
				setDefinitionVersion((String)newValue);
				return;
			case QaPackage.DIRECT_OBSERVATION__DEFINITION_HASH:
				setDefinitionHash((String)newValue);
				return;
			case QaPackage.DIRECT_OBSERVATION__SIGN_OFFS:
				getSignOffs().clear();
				getSignOffs().addAll((Collection<? extends SignOff>)newValue);
				return;
			case QaPackage.DIRECT_OBSERVATION__AMENDMENTS:
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
			case QaPackage.DIRECT_OBSERVATION__OBSERVED_ON:
				setObservedOn(OBSERVED_ON_EDEFAULT);
				return;
			case QaPackage.DIRECT_OBSERVATION__PRACTITIONER:
				setPractitioner((StaffMember)null);
				return;
			case QaPackage.DIRECT_OBSERVATION__OBSERVER:
				setObserver((StaffMember)null);
				return;
			case QaPackage.DIRECT_OBSERVATION__CASE_NUMBER:
				setCaseNumber(CASE_NUMBER_EDEFAULT);
				return;
			case QaPackage.DIRECT_OBSERVATION__SETTING:
				setSetting(SETTING_EDEFAULT);
				return;
			case QaPackage.DIRECT_OBSERVATION__CONSENT:
				setConsent((Consent)null);
				return;
			case QaPackage.DIRECT_OBSERVATION__AGREED_OBJECTIVES:
				setAgreedObjectives(AGREED_OBJECTIVES_EDEFAULT);
				return;
			case QaPackage.DIRECT_OBSERVATION__NARRATIVES:
				getNarratives().clear();
				return;
			case QaPackage.DIRECT_OBSERVATION__GRADE:
				setGrade(GRADE_EDEFAULT);
				return;
			case QaPackage.DIRECT_OBSERVATION__RECOMMENDATIONS:
				setRecommendations(RECOMMENDATIONS_EDEFAULT);
				return;
			case QaPackage.DIRECT_OBSERVATION__PRACTITIONER_COMMENT:
				setPractitionerComment(PRACTITIONER_COMMENT_EDEFAULT);
				return;
			case QaPackage.DIRECT_OBSERVATION__SERVICE_USER_COMMENT:
				setServiceUserComment(SERVICE_USER_COMMENT_EDEFAULT);
				return;
			case QaPackage.DIRECT_OBSERVATION__STATE:
				setState(STATE_EDEFAULT);
				return;
			case QaPackage.DIRECT_OBSERVATION__LEARNING_FOCUS:
				setLearningFocus(LEARNING_FOCUS_EDEFAULT);
				return;
			case QaPackage.DIRECT_OBSERVATION__OBSERVER_ROLE:
				setObserverRole(OBSERVER_ROLE_EDEFAULT);
				return;
			case QaPackage.DIRECT_OBSERVATION__FEEDBACK_PLAN:
				setFeedbackPlan(FEEDBACK_PLAN_EDEFAULT);
				return;
			case QaPackage.DIRECT_OBSERVATION__PRACTITIONER_REFLECTION:
				setPractitionerReflection(PRACTITIONER_REFLECTION_EDEFAULT);
				return;
			case QaPackage.DIRECT_OBSERVATION__ACTIONS_DUE_ON:
				setActionsDueOn(ACTIONS_DUE_ON_EDEFAULT);
				return;
			case QaPackage.DIRECT_OBSERVATION__DEFINITION_ID:
				setDefinitionId(DEFINITION_ID_EDEFAULT);
				return;
			case QaPackage.DIRECT_OBSERVATION__DEFINITION_VERSION:
				setDefinitionVersion(DEFINITION_VERSION_EDEFAULT);
				return;
			case QaPackage.DIRECT_OBSERVATION__DEFINITION_HASH:
				setDefinitionHash(DEFINITION_HASH_EDEFAULT);
				return;
			case QaPackage.DIRECT_OBSERVATION__SIGN_OFFS:
				getSignOffs().clear();
				return;
			case QaPackage.DIRECT_OBSERVATION__AMENDMENTS:
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
			case QaPackage.DIRECT_OBSERVATION__OBSERVED_ON:
				return OBSERVED_ON_EDEFAULT == null ? observedOn != null : !OBSERVED_ON_EDEFAULT.equals(observedOn);
			case QaPackage.DIRECT_OBSERVATION__PRACTITIONER:
				return practitioner != null;
			case QaPackage.DIRECT_OBSERVATION__OBSERVER:
				return observer != null;
			case QaPackage.DIRECT_OBSERVATION__CASE_NUMBER:
				return CASE_NUMBER_EDEFAULT == null ? caseNumber != null : !CASE_NUMBER_EDEFAULT.equals(caseNumber);
			case QaPackage.DIRECT_OBSERVATION__SETTING:
				return SETTING_EDEFAULT == null ? setting != null : !SETTING_EDEFAULT.equals(setting);
			case QaPackage.DIRECT_OBSERVATION__CONSENT:
				return consent != null;
			case QaPackage.DIRECT_OBSERVATION__AGREED_OBJECTIVES:
				return AGREED_OBJECTIVES_EDEFAULT == null ? agreedObjectives != null : !AGREED_OBJECTIVES_EDEFAULT.equals(agreedObjectives);
			case QaPackage.DIRECT_OBSERVATION__NARRATIVES:
				return narratives != null && !narratives.isEmpty();
			case QaPackage.DIRECT_OBSERVATION__GRADE:
				return grade != GRADE_EDEFAULT;
			case QaPackage.DIRECT_OBSERVATION__RECOMMENDATIONS:
				return RECOMMENDATIONS_EDEFAULT == null ? recommendations != null : !RECOMMENDATIONS_EDEFAULT.equals(recommendations);
			case QaPackage.DIRECT_OBSERVATION__PRACTITIONER_COMMENT:
				return PRACTITIONER_COMMENT_EDEFAULT == null ? practitionerComment != null : !PRACTITIONER_COMMENT_EDEFAULT.equals(practitionerComment);
			case QaPackage.DIRECT_OBSERVATION__SERVICE_USER_COMMENT:
				return SERVICE_USER_COMMENT_EDEFAULT == null ? serviceUserComment != null : !SERVICE_USER_COMMENT_EDEFAULT.equals(serviceUserComment);
			case QaPackage.DIRECT_OBSERVATION__STATE:
				return state != STATE_EDEFAULT;
			case QaPackage.DIRECT_OBSERVATION__LEARNING_FOCUS:
				return LEARNING_FOCUS_EDEFAULT == null ? learningFocus != null : !LEARNING_FOCUS_EDEFAULT.equals(learningFocus);
			case QaPackage.DIRECT_OBSERVATION__OBSERVER_ROLE:
				return OBSERVER_ROLE_EDEFAULT == null ? observerRole != null : !OBSERVER_ROLE_EDEFAULT.equals(observerRole);
			case QaPackage.DIRECT_OBSERVATION__FEEDBACK_PLAN:
				return FEEDBACK_PLAN_EDEFAULT == null ? feedbackPlan != null : !FEEDBACK_PLAN_EDEFAULT.equals(feedbackPlan);
			case QaPackage.DIRECT_OBSERVATION__PRACTITIONER_REFLECTION:
				return PRACTITIONER_REFLECTION_EDEFAULT == null ? practitionerReflection != null : !PRACTITIONER_REFLECTION_EDEFAULT.equals(practitionerReflection);
			case QaPackage.DIRECT_OBSERVATION__ACTIONS_DUE_ON:
				return ACTIONS_DUE_ON_EDEFAULT == null ? actionsDueOn != null : !ACTIONS_DUE_ON_EDEFAULT.equals(actionsDueOn);
			case QaPackage.DIRECT_OBSERVATION__DEFINITION_ID:
				return DEFINITION_ID_EDEFAULT == null ? definitionId != null : !DEFINITION_ID_EDEFAULT.equals(definitionId);
			case QaPackage.DIRECT_OBSERVATION__DEFINITION_VERSION:
				return DEFINITION_VERSION_EDEFAULT == null ? definitionVersion != null : !DEFINITION_VERSION_EDEFAULT.equals(definitionVersion);
			case QaPackage.DIRECT_OBSERVATION__DEFINITION_HASH:
				return DEFINITION_HASH_EDEFAULT == null ? definitionHash != null : !DEFINITION_HASH_EDEFAULT.equals(definitionHash);
			case QaPackage.DIRECT_OBSERVATION__SIGN_OFFS:
				return signOffs != null && !signOffs.isEmpty();
			case QaPackage.DIRECT_OBSERVATION__AMENDMENTS:
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
		result.append(" (observedOn: ");
		result.append(observedOn);
		result.append(", caseNumber: ");
		result.append(caseNumber);
		result.append(", setting: ");
		result.append(setting);
		result.append(", agreedObjectives: ");
		result.append(agreedObjectives);
		result.append(", grade: ");
		result.append(grade);
		result.append(", recommendations: ");
		result.append(recommendations);
		result.append(", practitionerComment: ");
		result.append(practitionerComment);
		result.append(", serviceUserComment: ");
		result.append(serviceUserComment);
		result.append(", state: ");
		result.append(state);
		result.append(", learningFocus: ");
		result.append(learningFocus);
		result.append(", observerRole: ");
		result.append(observerRole);
		result.append(", feedbackPlan: ");
		result.append(feedbackPlan);
		result.append(", practitionerReflection: ");
		result.append(practitionerReflection);
		result.append(", actionsDueOn: ");
		result.append(actionsDueOn);
		result.append(", definitionId: ");
		result.append(definitionId);
		result.append(", definitionVersion: ");
		result.append(definitionVersion);
		result.append(", definitionHash: ");
		result.append(definitionHash);
		result.append(')');
		return result.toString();
	}

} //DirectObservationImpl
