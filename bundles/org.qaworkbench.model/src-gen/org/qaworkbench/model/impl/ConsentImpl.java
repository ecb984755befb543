/**
 */
package org.qaworkbench.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.qaworkbench.model.Consent;
import org.qaworkbench.model.QaPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Consent</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.qaworkbench.model.impl.ConsentImpl#getGivenBy <em>Given By</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.ConsentImpl#getGivenTo <em>Given To</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.ConsentImpl#getGivenOn <em>Given On</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ConsentImpl extends MinimalEObjectImpl.Container implements Consent {
	/**
	 * The default value of the '{@link #getGivenBy() <em>Given By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGivenBy()
	 * @generated
	 * @ordered
	 */
	protected static final String GIVEN_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGivenBy() <em>Given By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGivenBy()
	 * @generated
	 * @ordered
	 */
	protected String givenBy = GIVEN_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getGivenTo() <em>Given To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGivenTo()
	 * @generated
	 * @ordered
	 */
	protected static final String GIVEN_TO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGivenTo() <em>Given To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGivenTo()
	 * @generated
	 * @ordered
	 */
	protected String givenTo = GIVEN_TO_EDEFAULT;

	/**
	 * The default value of the '{@link #getGivenOn() <em>Given On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGivenOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate GIVEN_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGivenOn() <em>Given On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGivenOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate givenOn = GIVEN_ON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ConsentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return QaPackage.Literals.CONSENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGivenBy() {
		return givenBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGivenBy(String newGivenBy) {
		String oldGivenBy = givenBy;
		givenBy = newGivenBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.CONSENT__GIVEN_BY, oldGivenBy, givenBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGivenTo() {
		return givenTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGivenTo(String newGivenTo) {
		String oldGivenTo = givenTo;
		givenTo = newGivenTo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.CONSENT__GIVEN_TO, oldGivenTo, givenTo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getGivenOn() {
		return givenOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGivenOn(LocalDate newGivenOn) {
		LocalDate oldGivenOn = givenOn;
		givenOn = newGivenOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.CONSENT__GIVEN_ON, oldGivenOn, givenOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case QaPackage.CONSENT__GIVEN_BY:
				return getGivenBy();
			case QaPackage.CONSENT__GIVEN_TO:
				return getGivenTo();
			case QaPackage.CONSENT__GIVEN_ON:
				return getGivenOn();
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
			case QaPackage.CONSENT__GIVEN_BY:
				setGivenBy((String)newValue);
				return;
			case QaPackage.CONSENT__GIVEN_TO:
				setGivenTo((String)newValue);
				return;
			case QaPackage.CONSENT__GIVEN_ON:
				setGivenOn((LocalDate)newValue);
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
			case QaPackage.CONSENT__GIVEN_BY:
				setGivenBy(GIVEN_BY_EDEFAULT);
				return;
			case QaPackage.CONSENT__GIVEN_TO:
				setGivenTo(GIVEN_TO_EDEFAULT);
				return;
			case QaPackage.CONSENT__GIVEN_ON:
				setGivenOn(GIVEN_ON_EDEFAULT);
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
			case QaPackage.CONSENT__GIVEN_BY:
				return GIVEN_BY_EDEFAULT == null ? givenBy != null : !GIVEN_BY_EDEFAULT.equals(givenBy);
			case QaPackage.CONSENT__GIVEN_TO:
				return GIVEN_TO_EDEFAULT == null ? givenTo != null : !GIVEN_TO_EDEFAULT.equals(givenTo);
			case QaPackage.CONSENT__GIVEN_ON:
				return GIVEN_ON_EDEFAULT == null ? givenOn != null : !GIVEN_ON_EDEFAULT.equals(givenOn);
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
		result.append(" (givenBy: ");
		result.append(givenBy);
		result.append(", givenTo: ");
		result.append(givenTo);
		result.append(", givenOn: ");
		result.append(givenOn);
		result.append(')');
		return result.toString();
	}

} //ConsentImpl
