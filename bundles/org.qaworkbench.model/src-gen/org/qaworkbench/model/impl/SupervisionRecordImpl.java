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

import org.qaworkbench.model.AgendaItem;
import org.qaworkbench.model.QaPackage;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.model.SupervisionRecord;

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
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case QaPackage.SUPERVISION_RECORD__AGENDA_ITEMS:
				return ((InternalEList<?>)getAgendaItems()).basicRemove(otherEnd, msgs);
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
		result.append(')');
		return result.toString();
	}

} //SupervisionRecordImpl
