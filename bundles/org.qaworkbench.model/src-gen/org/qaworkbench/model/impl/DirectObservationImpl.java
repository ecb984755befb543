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

import org.qaworkbench.model.AssessmentState;
import org.qaworkbench.model.Consent;
import org.qaworkbench.model.DirectObservation;
import org.qaworkbench.model.Narrative;
import org.qaworkbench.model.QaPackage;
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
	protected static final AssessmentState STATE_EDEFAULT = AssessmentState.DRAFT;

	/**
	 * The cached value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected AssessmentState state = STATE_EDEFAULT;

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
	public AssessmentState getState() {
		return state;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setState(AssessmentState newState) {
		AssessmentState oldState = state;
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
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case QaPackage.DIRECT_OBSERVATION__CONSENT:
				return basicSetConsent(null, msgs);
			case QaPackage.DIRECT_OBSERVATION__NARRATIVES:
				return ((InternalEList<?>)getNarratives()).basicRemove(otherEnd, msgs);
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
				setState((AssessmentState)newValue);
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
		result.append(')');
		return result.toString();
	}

} //DirectObservationImpl
