/**
 */
package org.qaworkbench.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.qaworkbench.model.QaPackage;
import org.qaworkbench.model.Rounding;
import org.qaworkbench.model.ScoringMethod;
import org.qaworkbench.model.ScoringRule;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Scoring Rule</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.qaworkbench.model.impl.ScoringRuleImpl#getMethod <em>Method</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.ScoringRuleImpl#getRounding <em>Rounding</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.ScoringRuleImpl#getDecimals <em>Decimals</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.ScoringRuleImpl#getScorerId <em>Scorer Id</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScoringRuleImpl extends MinimalEObjectImpl.Container implements ScoringRule {
	/**
	 * The default value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected static final ScoringMethod METHOD_EDEFAULT = ScoringMethod.NONE;

	/**
	 * The cached value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected ScoringMethod method = METHOD_EDEFAULT;

	/**
	 * The default value of the '{@link #getRounding() <em>Rounding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRounding()
	 * @generated
	 * @ordered
	 */
	protected static final Rounding ROUNDING_EDEFAULT = Rounding.HALF_UP;

	/**
	 * The cached value of the '{@link #getRounding() <em>Rounding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRounding()
	 * @generated
	 * @ordered
	 */
	protected Rounding rounding = ROUNDING_EDEFAULT;

	/**
	 * The default value of the '{@link #getDecimals() <em>Decimals</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecimals()
	 * @generated
	 * @ordered
	 */
	protected static final int DECIMALS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDecimals() <em>Decimals</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecimals()
	 * @generated
	 * @ordered
	 */
	protected int decimals = DECIMALS_EDEFAULT;

	/**
	 * The default value of the '{@link #getScorerId() <em>Scorer Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScorerId()
	 * @generated
	 * @ordered
	 */
	protected static final String SCORER_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScorerId() <em>Scorer Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScorerId()
	 * @generated
	 * @ordered
	 */
	protected String scorerId = SCORER_ID_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScoringRuleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return QaPackage.Literals.SCORING_RULE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScoringMethod getMethod() {
		return method;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMethod(ScoringMethod newMethod) {
		ScoringMethod oldMethod = method;
		method = newMethod == null ? METHOD_EDEFAULT : newMethod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.SCORING_RULE__METHOD, oldMethod, method));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Rounding getRounding() {
		return rounding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRounding(Rounding newRounding) {
		Rounding oldRounding = rounding;
		rounding = newRounding == null ? ROUNDING_EDEFAULT : newRounding;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.SCORING_RULE__ROUNDING, oldRounding, rounding));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDecimals() {
		return decimals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecimals(int newDecimals) {
		int oldDecimals = decimals;
		decimals = newDecimals;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.SCORING_RULE__DECIMALS, oldDecimals, decimals));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getScorerId() {
		return scorerId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScorerId(String newScorerId) {
		String oldScorerId = scorerId;
		scorerId = newScorerId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.SCORING_RULE__SCORER_ID, oldScorerId, scorerId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case QaPackage.SCORING_RULE__METHOD:
				return getMethod();
			case QaPackage.SCORING_RULE__ROUNDING:
				return getRounding();
			case QaPackage.SCORING_RULE__DECIMALS:
				return getDecimals();
			case QaPackage.SCORING_RULE__SCORER_ID:
				return getScorerId();
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
			case QaPackage.SCORING_RULE__METHOD:
				setMethod((ScoringMethod)newValue);
				return;
			case QaPackage.SCORING_RULE__ROUNDING:
				setRounding((Rounding)newValue);
				return;
			case QaPackage.SCORING_RULE__DECIMALS:
				setDecimals((Integer)newValue);
				return;
			case QaPackage.SCORING_RULE__SCORER_ID:
				setScorerId((String)newValue);
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
			case QaPackage.SCORING_RULE__METHOD:
				setMethod(METHOD_EDEFAULT);
				return;
			case QaPackage.SCORING_RULE__ROUNDING:
				setRounding(ROUNDING_EDEFAULT);
				return;
			case QaPackage.SCORING_RULE__DECIMALS:
				setDecimals(DECIMALS_EDEFAULT);
				return;
			case QaPackage.SCORING_RULE__SCORER_ID:
				setScorerId(SCORER_ID_EDEFAULT);
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
			case QaPackage.SCORING_RULE__METHOD:
				return method != METHOD_EDEFAULT;
			case QaPackage.SCORING_RULE__ROUNDING:
				return rounding != ROUNDING_EDEFAULT;
			case QaPackage.SCORING_RULE__DECIMALS:
				return decimals != DECIMALS_EDEFAULT;
			case QaPackage.SCORING_RULE__SCORER_ID:
				return SCORER_ID_EDEFAULT == null ? scorerId != null : !SCORER_ID_EDEFAULT.equals(scorerId);
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
		result.append(" (method: ");
		result.append(method);
		result.append(", rounding: ");
		result.append(rounding);
		result.append(", decimals: ");
		result.append(decimals);
		result.append(", scorerId: ");
		result.append(scorerId);
		result.append(')');
		return result.toString();
	}

} //ScoringRuleImpl
