/**
 */
package org.qaworkbench.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.qaworkbench.model.Allocation;
import org.qaworkbench.model.QaPackage;
import org.qaworkbench.model.StaffMember;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Allocation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.qaworkbench.model.impl.AllocationImpl#getWorker <em>Worker</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.AllocationImpl#getAllocatedOn <em>Allocated On</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.AllocationImpl#getClosedOn <em>Closed On</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AllocationImpl extends MinimalEObjectImpl.Container implements Allocation {
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
	 * The default value of the '{@link #getAllocatedOn() <em>Allocated On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAllocatedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate ALLOCATED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAllocatedOn() <em>Allocated On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAllocatedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate allocatedOn = ALLOCATED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getClosedOn() <em>Closed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClosedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate CLOSED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClosedOn() <em>Closed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClosedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate closedOn = CLOSED_ON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AllocationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return QaPackage.Literals.ALLOCATION;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, QaPackage.ALLOCATION__WORKER, oldWorker, worker));
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
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.ALLOCATION__WORKER, oldWorker, worker));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getAllocatedOn() {
		return allocatedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAllocatedOn(LocalDate newAllocatedOn) {
		LocalDate oldAllocatedOn = allocatedOn;
		allocatedOn = newAllocatedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.ALLOCATION__ALLOCATED_ON, oldAllocatedOn, allocatedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getClosedOn() {
		return closedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClosedOn(LocalDate newClosedOn) {
		LocalDate oldClosedOn = closedOn;
		closedOn = newClosedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.ALLOCATION__CLOSED_ON, oldClosedOn, closedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case QaPackage.ALLOCATION__WORKER:
				if (resolve) return getWorker();
				return basicGetWorker();
			case QaPackage.ALLOCATION__ALLOCATED_ON:
				return getAllocatedOn();
			case QaPackage.ALLOCATION__CLOSED_ON:
				return getClosedOn();
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
			case QaPackage.ALLOCATION__WORKER:
				setWorker((StaffMember)newValue);
				return;
			case QaPackage.ALLOCATION__ALLOCATED_ON:
				setAllocatedOn((LocalDate)newValue);
				return;
			case QaPackage.ALLOCATION__CLOSED_ON:
				setClosedOn((LocalDate)newValue);
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
			case QaPackage.ALLOCATION__WORKER:
				setWorker((StaffMember)null);
				return;
			case QaPackage.ALLOCATION__ALLOCATED_ON:
				setAllocatedOn(ALLOCATED_ON_EDEFAULT);
				return;
			case QaPackage.ALLOCATION__CLOSED_ON:
				setClosedOn(CLOSED_ON_EDEFAULT);
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
			case QaPackage.ALLOCATION__WORKER:
				return worker != null;
			case QaPackage.ALLOCATION__ALLOCATED_ON:
				return ALLOCATED_ON_EDEFAULT == null ? allocatedOn != null : !ALLOCATED_ON_EDEFAULT.equals(allocatedOn);
			case QaPackage.ALLOCATION__CLOSED_ON:
				return CLOSED_ON_EDEFAULT == null ? closedOn != null : !CLOSED_ON_EDEFAULT.equals(closedOn);
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
		result.append(" (allocatedOn: ");
		result.append(allocatedOn);
		result.append(", closedOn: ");
		result.append(closedOn);
		result.append(')');
		return result.toString();
	}

} //AllocationImpl
