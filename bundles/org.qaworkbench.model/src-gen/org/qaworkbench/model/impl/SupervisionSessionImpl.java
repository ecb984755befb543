/**
 */
package org.qaworkbench.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.qaworkbench.model.QaPackage;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.model.SupervisionRecord;
import org.qaworkbench.model.SupervisionSession;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Supervision Session</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.qaworkbench.model.impl.SupervisionSessionImpl#getSupervisor <em>Supervisor</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.SupervisionSessionImpl#getSupervisee <em>Supervisee</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.SupervisionSessionImpl#getSessionOn <em>Session On</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.SupervisionSessionImpl#isHeld <em>Held</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.SupervisionSessionImpl#getMissedReason <em>Missed Reason</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.SupervisionSessionImpl#getNextOn <em>Next On</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.SupervisionSessionImpl#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.SupervisionSessionImpl#getInitials <em>Initials</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.SupervisionSessionImpl#getRecord <em>Record</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SupervisionSessionImpl extends IdentifiedImpl implements SupervisionSession {
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
	 * The default value of the '{@link #getSessionOn() <em>Session On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSessionOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate SESSION_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSessionOn() <em>Session On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSessionOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate sessionOn = SESSION_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #isHeld() <em>Held</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHeld()
	 * @generated
	 * @ordered
	 */
	protected static final boolean HELD_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isHeld() <em>Held</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHeld()
	 * @generated
	 * @ordered
	 */
	protected boolean held = HELD_EDEFAULT;

	/**
	 * The default value of the '{@link #getMissedReason() <em>Missed Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMissedReason()
	 * @generated
	 * @ordered
	 */
	protected static final String MISSED_REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMissedReason() <em>Missed Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMissedReason()
	 * @generated
	 * @ordered
	 */
	protected String missedReason = MISSED_REASON_EDEFAULT;

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
	 * The default value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected String notes = NOTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getInitials() <em>Initials</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitials()
	 * @generated
	 * @ordered
	 */
	protected static final String INITIALS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInitials() <em>Initials</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitials()
	 * @generated
	 * @ordered
	 */
	protected String initials = INITIALS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRecord() <em>Record</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecord()
	 * @generated
	 * @ordered
	 */
	protected SupervisionRecord record;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SupervisionSessionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return QaPackage.Literals.SUPERVISION_SESSION;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, QaPackage.SUPERVISION_SESSION__SUPERVISOR, oldSupervisor, supervisor));
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
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.SUPERVISION_SESSION__SUPERVISOR, oldSupervisor, supervisor));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, QaPackage.SUPERVISION_SESSION__SUPERVISEE, oldSupervisee, supervisee));
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
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.SUPERVISION_SESSION__SUPERVISEE, oldSupervisee, supervisee));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getSessionOn() {
		return sessionOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSessionOn(LocalDate newSessionOn) {
		LocalDate oldSessionOn = sessionOn;
		sessionOn = newSessionOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.SUPERVISION_SESSION__SESSION_ON, oldSessionOn, sessionOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isHeld() {
		return held;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeld(boolean newHeld) {
		boolean oldHeld = held;
		held = newHeld;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.SUPERVISION_SESSION__HELD, oldHeld, held));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMissedReason() {
		return missedReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMissedReason(String newMissedReason) {
		String oldMissedReason = missedReason;
		missedReason = newMissedReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.SUPERVISION_SESSION__MISSED_REASON, oldMissedReason, missedReason));
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
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.SUPERVISION_SESSION__NEXT_ON, oldNextOn, nextOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNotes() {
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotes(String newNotes) {
		String oldNotes = notes;
		notes = newNotes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.SUPERVISION_SESSION__NOTES, oldNotes, notes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInitials() {
		return initials;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInitials(String newInitials) {
		String oldInitials = initials;
		initials = newInitials;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.SUPERVISION_SESSION__INITIALS, oldInitials, initials));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SupervisionRecord getRecord() {
		if (record != null && record.eIsProxy()) {
			InternalEObject oldRecord = (InternalEObject)record;
			record = (SupervisionRecord)eResolveProxy(oldRecord);
			if (record != oldRecord) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, QaPackage.SUPERVISION_SESSION__RECORD, oldRecord, record));
			}
		}
		return record;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SupervisionRecord basicGetRecord() {
		return record;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecord(SupervisionRecord newRecord) {
		SupervisionRecord oldRecord = record;
		record = newRecord;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.SUPERVISION_SESSION__RECORD, oldRecord, record));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case QaPackage.SUPERVISION_SESSION__SUPERVISOR:
				if (resolve) return getSupervisor();
				return basicGetSupervisor();
			case QaPackage.SUPERVISION_SESSION__SUPERVISEE:
				if (resolve) return getSupervisee();
				return basicGetSupervisee();
			case QaPackage.SUPERVISION_SESSION__SESSION_ON:
				return getSessionOn();
			case QaPackage.SUPERVISION_SESSION__HELD:
				return isHeld();
			case QaPackage.SUPERVISION_SESSION__MISSED_REASON:
				return getMissedReason();
			case QaPackage.SUPERVISION_SESSION__NEXT_ON:
				return getNextOn();
			case QaPackage.SUPERVISION_SESSION__NOTES:
				return getNotes();
			case QaPackage.SUPERVISION_SESSION__INITIALS:
				return getInitials();
			case QaPackage.SUPERVISION_SESSION__RECORD:
				if (resolve) return getRecord();
				return basicGetRecord();
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
			case QaPackage.SUPERVISION_SESSION__SUPERVISOR:
				setSupervisor((StaffMember)newValue);
				return;
			case QaPackage.SUPERVISION_SESSION__SUPERVISEE:
				setSupervisee((StaffMember)newValue);
				return;
			case QaPackage.SUPERVISION_SESSION__SESSION_ON:
				setSessionOn((LocalDate)newValue);
				return;
			case QaPackage.SUPERVISION_SESSION__HELD:
				setHeld((Boolean)newValue);
				return;
			case QaPackage.SUPERVISION_SESSION__MISSED_REASON:
				setMissedReason((String)newValue);
				return;
			case QaPackage.SUPERVISION_SESSION__NEXT_ON:
				setNextOn((LocalDate)newValue);
				return;
			case QaPackage.SUPERVISION_SESSION__NOTES:
				setNotes((String)newValue);
				return;
			case QaPackage.SUPERVISION_SESSION__INITIALS:
				setInitials((String)newValue);
				return;
			case QaPackage.SUPERVISION_SESSION__RECORD:
				setRecord((SupervisionRecord)newValue);
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
			case QaPackage.SUPERVISION_SESSION__SUPERVISOR:
				setSupervisor((StaffMember)null);
				return;
			case QaPackage.SUPERVISION_SESSION__SUPERVISEE:
				setSupervisee((StaffMember)null);
				return;
			case QaPackage.SUPERVISION_SESSION__SESSION_ON:
				setSessionOn(SESSION_ON_EDEFAULT);
				return;
			case QaPackage.SUPERVISION_SESSION__HELD:
				setHeld(HELD_EDEFAULT);
				return;
			case QaPackage.SUPERVISION_SESSION__MISSED_REASON:
				setMissedReason(MISSED_REASON_EDEFAULT);
				return;
			case QaPackage.SUPERVISION_SESSION__NEXT_ON:
				setNextOn(NEXT_ON_EDEFAULT);
				return;
			case QaPackage.SUPERVISION_SESSION__NOTES:
				setNotes(NOTES_EDEFAULT);
				return;
			case QaPackage.SUPERVISION_SESSION__INITIALS:
				setInitials(INITIALS_EDEFAULT);
				return;
			case QaPackage.SUPERVISION_SESSION__RECORD:
				setRecord((SupervisionRecord)null);
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
			case QaPackage.SUPERVISION_SESSION__SUPERVISOR:
				return supervisor != null;
			case QaPackage.SUPERVISION_SESSION__SUPERVISEE:
				return supervisee != null;
			case QaPackage.SUPERVISION_SESSION__SESSION_ON:
				return SESSION_ON_EDEFAULT == null ? sessionOn != null : !SESSION_ON_EDEFAULT.equals(sessionOn);
			case QaPackage.SUPERVISION_SESSION__HELD:
				return held != HELD_EDEFAULT;
			case QaPackage.SUPERVISION_SESSION__MISSED_REASON:
				return MISSED_REASON_EDEFAULT == null ? missedReason != null : !MISSED_REASON_EDEFAULT.equals(missedReason);
			case QaPackage.SUPERVISION_SESSION__NEXT_ON:
				return NEXT_ON_EDEFAULT == null ? nextOn != null : !NEXT_ON_EDEFAULT.equals(nextOn);
			case QaPackage.SUPERVISION_SESSION__NOTES:
				return NOTES_EDEFAULT == null ? notes != null : !NOTES_EDEFAULT.equals(notes);
			case QaPackage.SUPERVISION_SESSION__INITIALS:
				return INITIALS_EDEFAULT == null ? initials != null : !INITIALS_EDEFAULT.equals(initials);
			case QaPackage.SUPERVISION_SESSION__RECORD:
				return record != null;
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
		result.append(" (sessionOn: ");
		result.append(sessionOn);
		result.append(", held: ");
		result.append(held);
		result.append(", missedReason: ");
		result.append(missedReason);
		result.append(", nextOn: ");
		result.append(nextOn);
		result.append(", notes: ");
		result.append(notes);
		result.append(", initials: ");
		result.append(initials);
		result.append(')');
		return result.toString();
	}

} //SupervisionSessionImpl
