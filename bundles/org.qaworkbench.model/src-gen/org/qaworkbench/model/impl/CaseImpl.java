/**
 */
package org.qaworkbench.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.qaworkbench.model.Allocation;
import org.qaworkbench.model.Case;
import org.qaworkbench.model.CaseStatus;
import org.qaworkbench.model.Child;
import org.qaworkbench.model.KeyDate;
import org.qaworkbench.model.Locality;
import org.qaworkbench.model.QaPackage;
import org.qaworkbench.model.StaffMember;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Case</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.qaworkbench.model.impl.CaseImpl#getCaseNumber <em>Case Number</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.CaseImpl#getChild <em>Child</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.CaseImpl#getFamilyNames <em>Family Names</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.CaseImpl#getLocality <em>Locality</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.CaseImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.CaseImpl#getReferralRoute <em>Referral Route</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.CaseImpl#getAllocations <em>Allocations</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.CaseImpl#getLineManager <em>Line Manager</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.CaseImpl#getKeyDates <em>Key Dates</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CaseImpl extends IdentifiedImpl implements Case {
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
	 * The cached value of the '{@link #getChild() <em>Child</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChild()
	 * @generated
	 * @ordered
	 */
	protected Child child;

	/**
	 * The default value of the '{@link #getFamilyNames() <em>Family Names</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFamilyNames()
	 * @generated
	 * @ordered
	 */
	protected static final String FAMILY_NAMES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFamilyNames() <em>Family Names</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFamilyNames()
	 * @generated
	 * @ordered
	 */
	protected String familyNames = FAMILY_NAMES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLocality() <em>Locality</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocality()
	 * @generated
	 * @ordered
	 */
	protected Locality locality;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final CaseStatus STATUS_EDEFAULT = CaseStatus.CHILD_PROTECTION;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected CaseStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getReferralRoute() <em>Referral Route</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferralRoute()
	 * @generated
	 * @ordered
	 */
	protected static final String REFERRAL_ROUTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReferralRoute() <em>Referral Route</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferralRoute()
	 * @generated
	 * @ordered
	 */
	protected String referralRoute = REFERRAL_ROUTE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAllocations() <em>Allocations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAllocations()
	 * @generated
	 * @ordered
	 */
	protected EList<Allocation> allocations;

	/**
	 * The cached value of the '{@link #getLineManager() <em>Line Manager</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLineManager()
	 * @generated
	 * @ordered
	 */
	protected StaffMember lineManager;

	/**
	 * The cached value of the '{@link #getKeyDates() <em>Key Dates</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeyDates()
	 * @generated
	 * @ordered
	 */
	protected EList<KeyDate> keyDates;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CaseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return QaPackage.Literals.CASE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.CASE__CASE_NUMBER, oldCaseNumber, caseNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Child getChild() {
		return child;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetChild(Child newChild, NotificationChain msgs) {
		Child oldChild = child;
		child = newChild;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, QaPackage.CASE__CHILD, oldChild, newChild);
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
	public void setChild(Child newChild) {
		if (newChild != child) {
			NotificationChain msgs = null;
			if (child != null)
				msgs = ((InternalEObject)child).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - QaPackage.CASE__CHILD, null, msgs);
			if (newChild != null)
				msgs = ((InternalEObject)newChild).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - QaPackage.CASE__CHILD, null, msgs);
			msgs = basicSetChild(newChild, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.CASE__CHILD, newChild, newChild));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFamilyNames() {
		return familyNames;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFamilyNames(String newFamilyNames) {
		String oldFamilyNames = familyNames;
		familyNames = newFamilyNames;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.CASE__FAMILY_NAMES, oldFamilyNames, familyNames));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Locality getLocality() {
		if (locality != null && locality.eIsProxy()) {
			InternalEObject oldLocality = (InternalEObject)locality;
			locality = (Locality)eResolveProxy(oldLocality);
			if (locality != oldLocality) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, QaPackage.CASE__LOCALITY, oldLocality, locality));
			}
		}
		return locality;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Locality basicGetLocality() {
		return locality;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocality(Locality newLocality) {
		Locality oldLocality = locality;
		locality = newLocality;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.CASE__LOCALITY, oldLocality, locality));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CaseStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(CaseStatus newStatus) {
		CaseStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.CASE__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReferralRoute() {
		return referralRoute;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReferralRoute(String newReferralRoute) {
		String oldReferralRoute = referralRoute;
		referralRoute = newReferralRoute;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.CASE__REFERRAL_ROUTE, oldReferralRoute, referralRoute));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Allocation> getAllocations() {
		if (allocations == null) {
			allocations = new EObjectContainmentEList<Allocation>(Allocation.class, this, QaPackage.CASE__ALLOCATIONS);
		}
		return allocations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StaffMember getLineManager() {
		if (lineManager != null && lineManager.eIsProxy()) {
			InternalEObject oldLineManager = (InternalEObject)lineManager;
			lineManager = (StaffMember)eResolveProxy(oldLineManager);
			if (lineManager != oldLineManager) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, QaPackage.CASE__LINE_MANAGER, oldLineManager, lineManager));
			}
		}
		return lineManager;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StaffMember basicGetLineManager() {
		return lineManager;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLineManager(StaffMember newLineManager) {
		StaffMember oldLineManager = lineManager;
		lineManager = newLineManager;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.CASE__LINE_MANAGER, oldLineManager, lineManager));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<KeyDate> getKeyDates() {
		if (keyDates == null) {
			keyDates = new EObjectContainmentEList<KeyDate>(KeyDate.class, this, QaPackage.CASE__KEY_DATES);
		}
		return keyDates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case QaPackage.CASE__CHILD:
				return basicSetChild(null, msgs);
			case QaPackage.CASE__ALLOCATIONS:
				return ((InternalEList<?>)getAllocations()).basicRemove(otherEnd, msgs);
			case QaPackage.CASE__KEY_DATES:
				return ((InternalEList<?>)getKeyDates()).basicRemove(otherEnd, msgs);
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
			case QaPackage.CASE__CASE_NUMBER:
				return getCaseNumber();
			case QaPackage.CASE__CHILD:
				return getChild();
			case QaPackage.CASE__FAMILY_NAMES:
				return getFamilyNames();
			case QaPackage.CASE__LOCALITY:
				if (resolve) return getLocality();
				return basicGetLocality();
			case QaPackage.CASE__STATUS:
				return getStatus();
			case QaPackage.CASE__REFERRAL_ROUTE:
				return getReferralRoute();
			case QaPackage.CASE__ALLOCATIONS:
				return getAllocations();
			case QaPackage.CASE__LINE_MANAGER:
				if (resolve) return getLineManager();
				return basicGetLineManager();
			case QaPackage.CASE__KEY_DATES:
				return getKeyDates();
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
			case QaPackage.CASE__CASE_NUMBER:
				setCaseNumber((String)newValue);
				return;
			case QaPackage.CASE__CHILD:
				setChild((Child)newValue);
				return;
			case QaPackage.CASE__FAMILY_NAMES:
				setFamilyNames((String)newValue);
				return;
			case QaPackage.CASE__LOCALITY:
				setLocality((Locality)newValue);
				return;
			case QaPackage.CASE__STATUS:
				setStatus((CaseStatus)newValue);
				return;
			case QaPackage.CASE__REFERRAL_ROUTE:
				setReferralRoute((String)newValue);
				return;
			case QaPackage.CASE__ALLOCATIONS:
				getAllocations().clear();
				getAllocations().addAll((Collection<? extends Allocation>)newValue);
				return;
			case QaPackage.CASE__LINE_MANAGER:
				setLineManager((StaffMember)newValue);
				return;
			case QaPackage.CASE__KEY_DATES:
				getKeyDates().clear();
				getKeyDates().addAll((Collection<? extends KeyDate>)newValue);
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
			case QaPackage.CASE__CASE_NUMBER:
				setCaseNumber(CASE_NUMBER_EDEFAULT);
				return;
			case QaPackage.CASE__CHILD:
				setChild((Child)null);
				return;
			case QaPackage.CASE__FAMILY_NAMES:
				setFamilyNames(FAMILY_NAMES_EDEFAULT);
				return;
			case QaPackage.CASE__LOCALITY:
				setLocality((Locality)null);
				return;
			case QaPackage.CASE__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case QaPackage.CASE__REFERRAL_ROUTE:
				setReferralRoute(REFERRAL_ROUTE_EDEFAULT);
				return;
			case QaPackage.CASE__ALLOCATIONS:
				getAllocations().clear();
				return;
			case QaPackage.CASE__LINE_MANAGER:
				setLineManager((StaffMember)null);
				return;
			case QaPackage.CASE__KEY_DATES:
				getKeyDates().clear();
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
			case QaPackage.CASE__CASE_NUMBER:
				return CASE_NUMBER_EDEFAULT == null ? caseNumber != null : !CASE_NUMBER_EDEFAULT.equals(caseNumber);
			case QaPackage.CASE__CHILD:
				return child != null;
			case QaPackage.CASE__FAMILY_NAMES:
				return FAMILY_NAMES_EDEFAULT == null ? familyNames != null : !FAMILY_NAMES_EDEFAULT.equals(familyNames);
			case QaPackage.CASE__LOCALITY:
				return locality != null;
			case QaPackage.CASE__STATUS:
				return status != STATUS_EDEFAULT;
			case QaPackage.CASE__REFERRAL_ROUTE:
				return REFERRAL_ROUTE_EDEFAULT == null ? referralRoute != null : !REFERRAL_ROUTE_EDEFAULT.equals(referralRoute);
			case QaPackage.CASE__ALLOCATIONS:
				return allocations != null && !allocations.isEmpty();
			case QaPackage.CASE__LINE_MANAGER:
				return lineManager != null;
			case QaPackage.CASE__KEY_DATES:
				return keyDates != null && !keyDates.isEmpty();
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
		result.append(", familyNames: ");
		result.append(familyNames);
		result.append(", status: ");
		result.append(status);
		result.append(", referralRoute: ");
		result.append(referralRoute);
		result.append(')');
		return result.toString();
	}

} //CaseImpl
