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

import org.qaworkbench.model.ActionReview;
import org.qaworkbench.model.AgendaItem;
import org.qaworkbench.model.Amendment;
import org.qaworkbench.model.QaPackage;
import org.qaworkbench.model.SignOff;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.model.SupervisionRecord;
import org.qaworkbench.model.SupervisionState;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Supervision Record</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.qaworkbench.model.impl.SupervisionRecordImpl#getSupervisor <em>Supervisor</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.SupervisionRecordImpl#getSupervisee <em>Supervisee</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.SupervisionRecordImpl#getHeldOn <em>Held On</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.SupervisionRecordImpl#getAgendaItems <em>Agenda Items</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.SupervisionRecordImpl#getSignedBySupervisorOn <em>Signed By Supervisor On</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.SupervisionRecordImpl#getSignedBySuperviseeOn <em>Signed By Supervisee On</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.SupervisionRecordImpl#getNextOn <em>Next On</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.SupervisionRecordImpl#getNextTime <em>Next Time</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.SupervisionRecordImpl#getReviews <em>Reviews</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.SupervisionRecordImpl#getDefinitionId <em>Definition Id</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.SupervisionRecordImpl#getDefinitionVersion <em>Definition Version</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.SupervisionRecordImpl#getDefinitionHash <em>Definition Hash</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.SupervisionRecordImpl#getState <em>State</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.SupervisionRecordImpl#getSignOffs <em>Sign Offs</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.SupervisionRecordImpl#getAmendments <em>Amendments</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SupervisionRecordImpl extends IdentifiedImpl implements SupervisionRecord {
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
	 * The cached value of the '{@link #getSupervisee() <em>Supervisee</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupervisee()
	 * @generated
	 * @ordered
	 */
	protected StaffMember supervisee;

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
	 * The cached value of the '{@link #getAgendaItems() <em>Agenda Items</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgendaItems()
	 * @generated
	 * @ordered
	 */
	protected EList<AgendaItem> agendaItems;

	/**
	 * The default value of the '{@link #getSignedBySupervisorOn() <em>Signed By Supervisor On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignedBySupervisorOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate SIGNED_BY_SUPERVISOR_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSignedBySupervisorOn() <em>Signed By Supervisor On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignedBySupervisorOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate signedBySupervisorOn = SIGNED_BY_SUPERVISOR_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getSignedBySuperviseeOn() <em>Signed By Supervisee On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignedBySuperviseeOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate SIGNED_BY_SUPERVISEE_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSignedBySuperviseeOn() <em>Signed By Supervisee On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignedBySuperviseeOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate signedBySuperviseeOn = SIGNED_BY_SUPERVISEE_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getNextOn() <em>Next On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNextOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate NEXT_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNextOn() <em>Next On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNextOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate nextOn = NEXT_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getNextTime() <em>Next Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNextTime()
	 * @generated
	 * @ordered
	 */
	protected static final String NEXT_TIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNextTime() <em>Next Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNextTime()
	 * @generated
	 * @ordered
	 */
	protected String nextTime = NEXT_TIME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getReviews() <em>Reviews</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviews()
	 * @generated
	 * @ordered
	 */
	protected EList<ActionReview> reviews;

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
	protected SupervisionRecordImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return QaPackage.Literals.SUPERVISION_RECORD;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, QaPackage.SUPERVISION_RECORD__SUPERVISOR, oldSupervisor, supervisor));
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
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.SUPERVISION_RECORD__SUPERVISOR, oldSupervisor, supervisor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StaffMember getSupervisee() {
		if (supervisee != null && supervisee.eIsProxy()) {
			InternalEObject oldSupervisee = (InternalEObject)supervisee;
			supervisee = (StaffMember)eResolveProxy(oldSupervisee);
			if (supervisee != oldSupervisee) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, QaPackage.SUPERVISION_RECORD__SUPERVISEE, oldSupervisee, supervisee));
			}
		}
		return supervisee;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StaffMember basicGetSupervisee() {
		return supervisee;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSupervisee(StaffMember newSupervisee) {
		StaffMember oldSupervisee = supervisee;
		supervisee = newSupervisee;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.SUPERVISION_RECORD__SUPERVISEE, oldSupervisee, supervisee));
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
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.SUPERVISION_RECORD__HELD_ON, oldHeldOn, heldOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AgendaItem> getAgendaItems() {
		if (agendaItems == null) {
			agendaItems = new EObjectContainmentEList<AgendaItem>(AgendaItem.class, this, QaPackage.SUPERVISION_RECORD__AGENDA_ITEMS);
		}
		return agendaItems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getSignedBySupervisorOn() {
		return signedBySupervisorOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSignedBySupervisorOn(LocalDate newSignedBySupervisorOn) {
		LocalDate oldSignedBySupervisorOn = signedBySupervisorOn;
		signedBySupervisorOn = newSignedBySupervisorOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.SUPERVISION_RECORD__SIGNED_BY_SUPERVISOR_ON, oldSignedBySupervisorOn, signedBySupervisorOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getSignedBySuperviseeOn() {
		return signedBySuperviseeOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSignedBySuperviseeOn(LocalDate newSignedBySuperviseeOn) {
		LocalDate oldSignedBySuperviseeOn = signedBySuperviseeOn;
		signedBySuperviseeOn = newSignedBySuperviseeOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.SUPERVISION_RECORD__SIGNED_BY_SUPERVISEE_ON, oldSignedBySuperviseeOn, signedBySuperviseeOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getNextOn() {
		return nextOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNextOn(LocalDate newNextOn) {
		LocalDate oldNextOn = nextOn;
		nextOn = newNextOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.SUPERVISION_RECORD__NEXT_ON, oldNextOn, nextOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNextTime() {
		return nextTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNextTime(String newNextTime) {
		String oldNextTime = nextTime;
		nextTime = newNextTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.SUPERVISION_RECORD__NEXT_TIME, oldNextTime, nextTime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ActionReview> getReviews() {
		if (reviews == null) {
			reviews = new EObjectContainmentEList<ActionReview>(ActionReview.class, this, QaPackage.SUPERVISION_RECORD__REVIEWS);
		}
		return reviews;
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
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.SUPERVISION_RECORD__DEFINITION_ID, oldDefinitionId, definitionId));
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
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.SUPERVISION_RECORD__DEFINITION_VERSION, oldDefinitionVersion, definitionVersion));
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
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.SUPERVISION_RECORD__DEFINITION_HASH, oldDefinitionHash, definitionHash));
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
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.SUPERVISION_RECORD__STATE, oldState, state));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SignOff> getSignOffs() {
		if (signOffs == null) {
			signOffs = new EObjectContainmentEList<SignOff>(SignOff.class, this, QaPackage.SUPERVISION_RECORD__SIGN_OFFS);
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
			amendments = new EObjectContainmentEList<Amendment>(Amendment.class, this, QaPackage.SUPERVISION_RECORD__AMENDMENTS);
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
			case QaPackage.SUPERVISION_RECORD__AGENDA_ITEMS:
				return ((InternalEList<?>)getAgendaItems()).basicRemove(otherEnd, msgs);
			case QaPackage.SUPERVISION_RECORD__REVIEWS:
				return ((InternalEList<?>)getReviews()).basicRemove(otherEnd, msgs);
			case QaPackage.SUPERVISION_RECORD__SIGN_OFFS:
				return ((InternalEList<?>)getSignOffs()).basicRemove(otherEnd, msgs);
			case QaPackage.SUPERVISION_RECORD__AMENDMENTS:
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
			case QaPackage.SUPERVISION_RECORD__SUPERVISOR:
				if (resolve) return getSupervisor();
				return basicGetSupervisor();
			case QaPackage.SUPERVISION_RECORD__SUPERVISEE:
				if (resolve) return getSupervisee();
				return basicGetSupervisee();
			case QaPackage.SUPERVISION_RECORD__HELD_ON:
				return getHeldOn();
			case QaPackage.SUPERVISION_RECORD__AGENDA_ITEMS:
				return getAgendaItems();
			case QaPackage.SUPERVISION_RECORD__SIGNED_BY_SUPERVISOR_ON:
				return getSignedBySupervisorOn();
			case QaPackage.SUPERVISION_RECORD__SIGNED_BY_SUPERVISEE_ON:
				return getSignedBySuperviseeOn();
			case QaPackage.SUPERVISION_RECORD__NEXT_ON:
				return getNextOn();
			case QaPackage.SUPERVISION_RECORD__NEXT_TIME:
				return getNextTime();
			case QaPackage.SUPERVISION_RECORD__REVIEWS:
				return getReviews();
			case QaPackage.SUPERVISION_RECORD__DEFINITION_ID:
				return getDefinitionId();
			case QaPackage.SUPERVISION_RECORD__DEFINITION_VERSION:
				return getDefinitionVersion();
			case QaPackage.SUPERVISION_RECORD__DEFINITION_HASH:
				return getDefinitionHash();
			case QaPackage.SUPERVISION_RECORD__STATE:
				return getState();
			case QaPackage.SUPERVISION_RECORD__SIGN_OFFS:
				return getSignOffs();
			case QaPackage.SUPERVISION_RECORD__AMENDMENTS:
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
			case QaPackage.SUPERVISION_RECORD__SUPERVISOR:
				setSupervisor((StaffMember)newValue);
				return;
			case QaPackage.SUPERVISION_RECORD__SUPERVISEE:
				setSupervisee((StaffMember)newValue);
				return;
			case QaPackage.SUPERVISION_RECORD__HELD_ON:
				setHeldOn((LocalDate)newValue);
				return;
			case QaPackage.SUPERVISION_RECORD__AGENDA_ITEMS:
				getAgendaItems().clear();
				getAgendaItems().addAll((Collection<? extends AgendaItem>)newValue);
				return;
			case QaPackage.SUPERVISION_RECORD__SIGNED_BY_SUPERVISOR_ON:
				setSignedBySupervisorOn((LocalDate)newValue);
				return;
			case QaPackage.SUPERVISION_RECORD__SIGNED_BY_SUPERVISEE_ON:
				setSignedBySuperviseeOn((LocalDate)newValue);
				return;
			case QaPackage.SUPERVISION_RECORD__NEXT_ON:
				setNextOn((LocalDate)newValue);
				return;
			case QaPackage.SUPERVISION_RECORD__NEXT_TIME:
				setNextTime((String)newValue);
				return;
			case QaPackage.SUPERVISION_RECORD__REVIEWS:
				getReviews().clear();
				getReviews().addAll((Collection<? extends ActionReview>)newValue);
				return;
			case QaPackage.SUPERVISION_RECORD__DEFINITION_ID:
				setDefinitionId((String)newValue);
				return;
			case QaPackage.SUPERVISION_RECORD__DEFINITION_VERSION:
				setDefinitionVersion((String)newValue);
				return;
			case QaPackage.SUPERVISION_RECORD__DEFINITION_HASH:
				setDefinitionHash((String)newValue);
				return;
			case QaPackage.SUPERVISION_RECORD__STATE:
				setState((SupervisionState)newValue);
				return;
			case QaPackage.SUPERVISION_RECORD__SIGN_OFFS:
				getSignOffs().clear();
				getSignOffs().addAll((Collection<? extends SignOff>)newValue);
				return;
			case QaPackage.SUPERVISION_RECORD__AMENDMENTS:
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
			case QaPackage.SUPERVISION_RECORD__SUPERVISOR:
				setSupervisor((StaffMember)null);
				return;
			case QaPackage.SUPERVISION_RECORD__SUPERVISEE:
				setSupervisee((StaffMember)null);
				return;
			case QaPackage.SUPERVISION_RECORD__HELD_ON:
				setHeldOn(HELD_ON_EDEFAULT);
				return;
			case QaPackage.SUPERVISION_RECORD__AGENDA_ITEMS:
				getAgendaItems().clear();
				return;
			case QaPackage.SUPERVISION_RECORD__SIGNED_BY_SUPERVISOR_ON:
				setSignedBySupervisorOn(SIGNED_BY_SUPERVISOR_ON_EDEFAULT);
				return;
			case QaPackage.SUPERVISION_RECORD__SIGNED_BY_SUPERVISEE_ON:
				setSignedBySuperviseeOn(SIGNED_BY_SUPERVISEE_ON_EDEFAULT);
				return;
			case QaPackage.SUPERVISION_RECORD__NEXT_ON:
				setNextOn(NEXT_ON_EDEFAULT);
				return;
			case QaPackage.SUPERVISION_RECORD__NEXT_TIME:
				setNextTime(NEXT_TIME_EDEFAULT);
				return;
			case QaPackage.SUPERVISION_RECORD__REVIEWS:
				getReviews().clear();
				return;
			case QaPackage.SUPERVISION_RECORD__DEFINITION_ID:
				setDefinitionId(DEFINITION_ID_EDEFAULT);
				return;
			case QaPackage.SUPERVISION_RECORD__DEFINITION_VERSION:
				setDefinitionVersion(DEFINITION_VERSION_EDEFAULT);
				return;
			case QaPackage.SUPERVISION_RECORD__DEFINITION_HASH:
				setDefinitionHash(DEFINITION_HASH_EDEFAULT);
				return;
			case QaPackage.SUPERVISION_RECORD__STATE:
				setState(STATE_EDEFAULT);
				return;
			case QaPackage.SUPERVISION_RECORD__SIGN_OFFS:
				getSignOffs().clear();
				return;
			case QaPackage.SUPERVISION_RECORD__AMENDMENTS:
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
			case QaPackage.SUPERVISION_RECORD__SUPERVISOR:
				return supervisor != null;
			case QaPackage.SUPERVISION_RECORD__SUPERVISEE:
				return supervisee != null;
			case QaPackage.SUPERVISION_RECORD__HELD_ON:
				return HELD_ON_EDEFAULT == null ? heldOn != null : !HELD_ON_EDEFAULT.equals(heldOn);
			case QaPackage.SUPERVISION_RECORD__AGENDA_ITEMS:
				return agendaItems != null && !agendaItems.isEmpty();
			case QaPackage.SUPERVISION_RECORD__SIGNED_BY_SUPERVISOR_ON:
				return SIGNED_BY_SUPERVISOR_ON_EDEFAULT == null ? signedBySupervisorOn != null : !SIGNED_BY_SUPERVISOR_ON_EDEFAULT.equals(signedBySupervisorOn);
			case QaPackage.SUPERVISION_RECORD__SIGNED_BY_SUPERVISEE_ON:
				return SIGNED_BY_SUPERVISEE_ON_EDEFAULT == null ? signedBySuperviseeOn != null : !SIGNED_BY_SUPERVISEE_ON_EDEFAULT.equals(signedBySuperviseeOn);
			case QaPackage.SUPERVISION_RECORD__NEXT_ON:
				return NEXT_ON_EDEFAULT == null ? nextOn != null : !NEXT_ON_EDEFAULT.equals(nextOn);
			case QaPackage.SUPERVISION_RECORD__NEXT_TIME:
				return NEXT_TIME_EDEFAULT == null ? nextTime != null : !NEXT_TIME_EDEFAULT.equals(nextTime);
			case QaPackage.SUPERVISION_RECORD__REVIEWS:
				return reviews != null && !reviews.isEmpty();
			case QaPackage.SUPERVISION_RECORD__DEFINITION_ID:
				return DEFINITION_ID_EDEFAULT == null ? definitionId != null : !DEFINITION_ID_EDEFAULT.equals(definitionId);
			case QaPackage.SUPERVISION_RECORD__DEFINITION_VERSION:
				return DEFINITION_VERSION_EDEFAULT == null ? definitionVersion != null : !DEFINITION_VERSION_EDEFAULT.equals(definitionVersion);
			case QaPackage.SUPERVISION_RECORD__DEFINITION_HASH:
				return DEFINITION_HASH_EDEFAULT == null ? definitionHash != null : !DEFINITION_HASH_EDEFAULT.equals(definitionHash);
			case QaPackage.SUPERVISION_RECORD__STATE:
				return state != STATE_EDEFAULT;
			case QaPackage.SUPERVISION_RECORD__SIGN_OFFS:
				return signOffs != null && !signOffs.isEmpty();
			case QaPackage.SUPERVISION_RECORD__AMENDMENTS:
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
		result.append(" (heldOn: ");
		result.append(heldOn);
		result.append(", signedBySupervisorOn: ");
		result.append(signedBySupervisorOn);
		result.append(", signedBySuperviseeOn: ");
		result.append(signedBySuperviseeOn);
		result.append(", nextOn: ");
		result.append(nextOn);
		result.append(", nextTime: ");
		result.append(nextTime);
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

} //SupervisionRecordImpl
